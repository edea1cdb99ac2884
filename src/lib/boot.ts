/**
 * The story paints before it loads any JavaScript. SvelteKit's page asks for its scripts in the
 * <head> (module preloads) and imports them from an inline script at the end of <body>, so on a
 * slow phone network they compete with the page's own text and fonts for the first paint. When a
 * story page is prerendered, `paintFirst` keeps the preloads out of the <head> through SvelteKit's
 * public `preload` hook and hands them, with the boot script's imports, to app.html's
 * `__ogpAfterPaint`, which adds and runs them only after the first frame has painted (or after a
 * second, should frames not come, e.g. in a background tab).
 *
 * Only the prerendered pages are rewritten (hooks.server.ts checks `building`): the dev server's
 * boot script has another shape and needs no such care. The page reads and works without
 * JavaScript (every step and chart is in the HTML), and the sticky layout is switched on by
 * app.html's inline class before paint, so nothing moves when the scripts arrive. A page whose
 * boot script does not look as expected is a build error, not a silent no-op.
 */
import type { ResolveOptions } from '@sveltejs/kit';

/** Defined in app.html: waits for a painted frame, adds the preloads, then runs the imports. */
export const BOOT_FUNCTION = '__ogpAfterPaint';

type PreloadInput = Parameters<NonNullable<ResolveOptions['preload']>>[0];

/** SvelteKit's start call, which the rewrite turns into a call of BOOT_FUNCTION. */
const BOOT_CALL = 'Promise.all([';
const IMPORT = /\bimport\("([^"]+\.js)"\)/g;
/** The boot script imports SvelteKit's start module and the app. */
const BOOT_IMPORTS = 2;

export interface PaintFirst {
	/** For `resolve(event, { preload })`: the page's scripts are noted, not preloaded. */
	preload: (input: PreloadInput) => boolean;
	/** For `transformPageChunk`: the boot script waits for the first paint. */
	defer: (html: string) => string;
}

/** One page's paint-first rewrite; `page` names it in build errors. */
export function paintFirst(page: string): PaintFirst {
	const scripts: string[] = [];
	return {
		preload: ({ type, path }) => {
			if (type === 'js') {
				scripts.push(path);
				return false;
			}
			// SvelteKit's default for everything else.
			return type === 'css';
		},
		defer: (html) => deferBoot(html, scripts, page)
	};
}

/** Makes the page's boot script load `preloads` and run its imports after the first paint. */
export function deferBoot(html: string, preloads: readonly string[], page: string): string {
	const start = html.lastIndexOf('<script>');
	const end = html.indexOf('</script>', start);
	const boot = start >= 0 && end > start ? html.slice(start, end) : '';
	const imports = [...boot.matchAll(IMPORT)].length;
	const left = html.includes('rel="modulepreload"');
	if (
		preloads.length === 0 ||
		left ||
		boot.split(BOOT_CALL).length !== 2 ||
		imports !== BOOT_IMPORTS
	) {
		throw new Error(
			`deferBoot(${page}): SvelteKit's boot script is not as expected ` +
				`(${preloads.length} scripts to preload${left ? ', module preloads left in the page' : ''}, ` +
				`${imports} imports); check src/lib/boot.ts against the SvelteKit version`
		);
	}
	const deferred = boot
		.replace(IMPORT, '() => import("$1")')
		.replace(BOOT_CALL, `${BOOT_FUNCTION}(${JSON.stringify(preloads)}, [`);
	return html.slice(0, start) + deferred + html.slice(end);
}
