import { describe, expect, it } from 'vitest';
import { BOOT_FUNCTION, deferBoot } from '$lib/boot';

// The shape of a page as SvelteKit 2 prerenders it (head preloads, inline boot script).
const PAGE = `<!doctype html><html><head>
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
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
						kit.start(app, element, { node_ids: [0, 2], data: [] });
					});
				}
			</script>
		</div></body></html>`;

describe('deferBoot', () => {
	const out = deferBoot(PAGE, '/');

	it('takes the module preloads out of the head', () => {
		expect(out).not.toContain('rel="modulepreload"');
	});

	it('hands them, and the imports as functions, to the after-paint loader', () => {
		expect(out).toContain(
			`${BOOT_FUNCTION}(["./_app/immutable/entry/start.A.js","./_app/immutable/chunks/B.js"], [`
		);
		expect(out).toContain('() => import("./_app/immutable/entry/start.A.js")');
		expect(out).toContain('() => import("./_app/immutable/entry/app.C.js")');
		expect(out).not.toContain('Promise.all([');
		// Nothing else changes: the text, the other script, the start call.
		expect(out).toContain('<p>Text</p>');
		expect(out).toContain("classList.replace('no-js', 'js')");
		expect(out).toContain('kit.start(app, element');
	});

	it('leaves a script that still parses', () => {
		const script = out.slice(out.lastIndexOf('<script>') + 8, out.lastIndexOf('</script>'));
		expect(() => new Function(script)).not.toThrow();
	});

	it.each([
		['no preloads', PAGE.replace(/<link[^>]*>/g, '')],
		['no boot script', PAGE.replace(/Promise\.all\(\[[\s\S]*?\]\)/, 'Promise.resolve([])')],
		[
			'three imports',
			PAGE.replace(
				'import("./_app/immutable/entry/app.C.js")',
				'import("./a.js"), import("./b.js")'
			)
		]
	])('fails the build, naming the page, on a page with %s', (_, html) => {
		expect(() => deferBoot(html, '/es/')).toThrow(/deferBoot\(\/es\/\)/);
	});
});
