import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BOOT_FUNCTION, deferBoot, paintFirst } from '$lib/boot';

// The shape of a page as SvelteKit 2 prerenders it once the `preload` hook has kept the module
// preloads out of the head (inline boot script at the end of the body).
const PAGE = `<!doctype html><html><head>
		<script>document.documentElement.classList.replace('no-js', 'js');</script>
	</head><body><div>
			<p>Text</p>
			<script>
				{
					const element = document.currentScript.parentElement;
					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.C.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [{ a: "$&" }] });
					});
				}
			</script>
		</div></body></html>`;
const SCRIPTS = ['./_app/immutable/entry/start.A.js', './_app/immutable/chunks/B.js'];

describe('paintFirst', () => {
	it('notes the scripts instead of preloading them, and keeps the stylesheets preloaded', () => {
		const boot = paintFirst('/');
		expect(boot.preload({ type: 'js', path: SCRIPTS[0]! })).toBe(false);
		expect(boot.preload({ type: 'js', path: SCRIPTS[1]! })).toBe(false);
		expect(boot.preload({ type: 'css', path: './_app/immutable/assets/a.css' })).toBe(true);
		expect(boot.preload({ type: 'font', path: './a.woff2' })).toBe(false);
		expect(boot.defer(PAGE)).toContain(`${BOOT_FUNCTION}(${JSON.stringify(SCRIPTS)}, [`);
	});
});

describe('deferBoot', () => {
	const out = deferBoot(PAGE, SCRIPTS, '/');

	it('hands the scripts, and the imports as functions, to the after-paint loader', () => {
		expect(out).toContain(`${BOOT_FUNCTION}(${JSON.stringify(SCRIPTS)}, [`);
		expect(out).toContain('() => import("./_app/immutable/entry/start.A.js")');
		expect(out).toContain('() => import("./_app/immutable/entry/app.C.js")');
		expect(out).not.toContain('Promise.all([');
		// Nothing else changes: the text, the other script, the start call and its data.
		expect(out).toContain('<p>Text</p>');
		expect(out).toContain("classList.replace('no-js', 'js')");
		expect(out).toContain('kit.start(app, element, { node_ids: [0, 2], data: [{ a: "$&" }] });');
	});

	it('leaves a script that still parses', () => {
		const script = out.slice(out.lastIndexOf('<script>') + 8, out.lastIndexOf('</script>'));
		expect(() => new Function(script)).not.toThrow();
	});

	it.each([
		['no scripts to preload', PAGE, []],
		[
			'a module preload left in the head',
			PAGE.replace('</head>', '<link href="./x.js" rel="modulepreload"></head>'),
			SCRIPTS
		],
		[
			'no boot script',
			PAGE.replace(/Promise\.all\(\[[\s\S]*?\]\)/, 'Promise.resolve([])'),
			SCRIPTS
		],
		[
			'three imports',
			PAGE.replace(
				'import("./_app/immutable/entry/app.C.js")',
				'import("./a.js"), import("./b.js")'
			),
			SCRIPTS
		]
	])('fails the build, naming the page, on a page with %s', (_, html, scripts) => {
		expect(() => deferBoot(html, scripts, '/es/')).toThrow(/deferBoot\(\/es\/\)/);
	});
});

describe('the page shell (src/app.html)', () => {
	const shell = readFileSync(new URL('../../src/app.html', import.meta.url), 'utf8');

	// The browser fetches the icon again on every change of the hash (each step, each slide); an
	// SVG icon is a document built on the page's thread each time, which cost frames.
	it('carries its icon inline as a small PNG, not an SVG', () => {
		const icons = [...shell.matchAll(/<link\s+rel="icon"\s+href="([^"]+)"/g)].map((m) => m[1]!);
		expect(icons).toHaveLength(1);
		const match = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(icons[0]!);
		expect(match, 'the icon is an inline PNG').not.toBeNull();
		const png = Buffer.from(match![1]!, 'base64');
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		// Width and height from the IHDR chunk.
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
		expect(png.length).toBeLessThan(1500);
	});
});
