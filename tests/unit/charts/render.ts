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
 * screenshot of it. Returns the file path; tests/unit/charts/preview.mjs turns it into a PNG.
 */
export function writePreview(name: string, figures: { state: string; html: string }[]): string {
	const dir = join('tests', 'unit', 'charts', 'previews');
	mkdirSync(dir, { recursive: true });
	const body = figures
		.map((f) => `<section><h2>${f.state}</h2><div class="box">${f.html}</div></section>`)
		.join('\n');
	const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
body{font-family:'Source Sans 3',system-ui,sans-serif;margin:8px;display:flex;flex-wrap:wrap;gap:12px}
section{width:360px}.box{width:360px;height:420px;border:1px solid #ddd;position:relative}
h2{font-size:14px;margin:4px 0}</style></head><body>${body}</body></html>`;
	const path = join(dir, `${name}.html`);
	writeFileSync(path, page);
	return path;
}
