/**
 * The story paints before it loads any JavaScript. SvelteKit's page asks for its scripts in the
 * <head> (module preloads) and imports them from an inline script at the end of <body>, so on a
 * slow phone network they compete with the page's own text and fonts for the first paint. This
 * rewrites a rendered page so the preloads are added, and the imports made, only after the first
 * frame has painted (or after a second, should frames not come, e.g. in a background tab).
 *
 * The page reads and works without JavaScript (every step and chart is in the HTML), and the
 * sticky layout is switched on by app.html's inline class before paint, so nothing moves when the
 * scripts arrive. A page whose markup does not look as expected is a build error, not a silent
 * no-op.
 */

const PRELOAD = /<link href="([^"]+\.js)" rel="modulepreload">\s*/g;
const BOOT_CALL = 'Promise.all([';
const IMPORT = /\bimport\("([^"]+\.js)"\)/g;

/** Defined in app.html: waits for a painted frame, adds the preloads, then runs the imports. */
export const BOOT_FUNCTION = '__ogpAfterPaint';

export function deferBoot(html: string, page: string): string {
	const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
	const start = html.lastIndexOf('<script>');
	const end = html.indexOf('</script>', start);
	const boot = start >= 0 && end > start ? html.slice(start, end) : '';
	const imports = [...boot.matchAll(IMPORT)].length;
	if (preloads.length === 0 || boot.split(BOOT_CALL).length !== 2 || imports !== 2) {
		throw new Error(
			`deferBoot(${page}): SvelteKit's boot script is not as expected ` +
				`(${preloads.length} module preloads, ${imports} imports); check src/lib/boot.ts ` +
				'against the SvelteKit version'
		);
	}
	const deferred = boot
		.replace(IMPORT, '() => import("$1")')
		.replace(BOOT_CALL, `${BOOT_FUNCTION}(${JSON.stringify(preloads)}, [`);
	return html.replace(PRELOAD, '').replace(boot, deferred);
}
