// Every JavaScript file a prerendered page can ever load, found in the built files: its entry
// scripts, their static imports and their dynamic imports (code split off to load later counts),
// except other routes' page code, which only a navigation away from the page would load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Any quoted script path in the HTML: module preloads, SvelteKit's start script and the story's
// paint-first loader, which lists its scripts as an array (`__ogpAfterPaint([...])`).
const ENTRY = /"(\.{0,2}\/?[^"]*_app\/immutable\/[^"]+\.js)"/g;
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g;
const NODE = /\/_app\/immutable\/nodes\/(\d+)\.[^/]+\.js$/;

export type RouteScripts = { files: string[]; compressed: number; raw: number };

/** The page's own route nodes (layout and page), from SvelteKit's start script. */
function nodeIds(html: string, file: string): Set<number> {
	const m = /node_ids:\s*\[([\d,\s]+)\]/.exec(html);
	if (!m) throw new Error(`${file}: no SvelteKit start script (node_ids) found`);
	return new Set(m[1]!.split(',').map((n) => Number(n.trim())));
}

/** `htmlFile` is a built page, e.g. build/index.html. */
export function routeScripts(htmlFile: string): RouteScripts {
	const html = readFileSync(htmlFile, 'utf8');
	const own = nodeIds(html, htmlFile);
	const seen = new Set<string>();
	const queue = [...html.matchAll(ENTRY)].map((m) => path.resolve(path.dirname(htmlFile), m[1]!));
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		const node = NODE.exec(file);
		if (node && !own.has(Number(node[1]))) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(IMPORT)) queue.push(path.resolve(path.dirname(file), m[1]!));
	}
	const files = [...seen].sort();
	let compressed = 0;
	let raw = 0;
	for (const f of files) {
		const body = readFileSync(f);
		raw += body.length;
		compressed += gzipSync(body, { level: 9 }).length;
	}
	return { files, compressed, raw };
}
