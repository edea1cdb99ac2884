/** Server-side rendering of a chart, as readers without JavaScript get it, for markup tests. */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function renderChart<P extends Record<string, unknown>>(component: Component<P>, props: P) {
	return render(component, { props }).body;
}

/**
 * Write an HTML page holding rendered charts side by side (one per state), so a person can open a
 * screenshot of it (`<name>.html`, or `<name>.es.html` in Spanish). Returns the file path; `npx tsx tests/unit/charts/preview.ts` turns it into a PNG.
 */
export function writePreview(
	name: string,
	figures: { state: string; html: string }[],
	locale: 'en' | 'es' = 'en'
): string {
	const dir = join('tests', 'unit', 'charts', 'previews');
	mkdirSync(dir, { recursive: true });
	const body = figures
		.map((f) => `<section><h2>${f.state}</h2><div class="box">${f.html}</div></section>`)
		.join('\n');
	// The site's own chart face, so a preview wraps and fits as the page does.
	const font = (weight: number) =>
		`@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url('../../../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2')}`;
	const page = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><style>
${font(400)}${font(600)}
body{font-family:'Source Sans 3',system-ui,sans-serif;margin:8px;display:flex;flex-wrap:wrap;gap:12px}
section{width:360px}.box{width:360px;height:420px;border:1px solid #ddd;position:relative}
h2{font-size:14px;margin:4px 0}</style></head><body>${body}</body></html>`;
	const path = join(dir, locale === 'en' ? `${name}.html` : `${name}.${locale}.html`);
	writeFileSync(path, page);
	return path;
}
