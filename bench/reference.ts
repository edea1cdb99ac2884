// The zero-JavaScript reference page: our own built story with every script removed. Same text,
// same CSS and inline SVG, so the bench can read our figures as ratios to it on a noisy machine.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Served by scripts/serve.js from `__reference.html`, next to index.html so relative URLs hold. */
export const REFERENCE_PATH = '/__reference';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;
const PRELOADS_SCRIPT = /\brel=["']?modulepreload\b|\bas=["']?(script|fetch)\b/i;

export function toReferenceHtml(html: string): string {
	return html.replace(SCRIPT, '').replace(LINK, (tag) => (PRELOADS_SCRIPT.test(tag) ? '' : tag));
}

/** Writes the reference page into a built site and returns its path on the server. */
export function writeReference(siteDir: string): string {
	const html = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
	writeFileSync(path.join(siteDir, '__reference.html'), toReferenceHtml(html));
	return REFERENCE_PATH;
}
