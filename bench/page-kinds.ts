// The bench's side-by-side of every page kind: each page's first load against the zero-JavaScript
// reference of the same page (its own HTML with the scripts removed).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { JS_BUDGET, TOTAL_BUDGET } from './budgets';
import { formatKB, measureBytes, type BytesReport } from './measure-bytes';
import { PAGE_KINDS, type PageKind } from './pages';
import { toReferenceHtml } from './reference';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true };
const REFERENCE_FILE = '__reference.html';

export type KindResult = PageKind & { bytes: BytesReport; reference: BytesReport };

/** Writes each page's zero-JS reference next to it; returns its path on the server. */
export function writeKindReference(siteDir: string, kind: PageKind): string {
	const dir = path.join(siteDir, kind.path);
	const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
	// A share page's refresh would take its reference to another page: the reference stays put.
	const still = toReferenceHtml(html).replace(/<meta http-equiv="refresh"[^>]*>/, '');
	writeFileSync(path.join(dir, REFERENCE_FILE), still);
	return `/${kind.path}__reference`;
}

export async function measureKinds(
	browser: Browser,
	siteDir: string,
	origin: string,
	log: (m: string) => void
): Promise<KindResult[]> {
	const out: KindResult[] = [];
	for (const kind of PAGE_KINDS) {
		const ref = writeKindReference(siteDir, kind);
		const measure = async (url: string) => {
			const context = await browser.newContext(PHONE);
			try {
				return await measureBytes(await context.newPage(), url);
			} finally {
				await context.close();
			}
		};
		log(`bytes: ${kind.kind} and its reference`);
		out.push({
			...kind,
			bytes: await measure(`${origin}/${kind.path}`),
			reference: await measure(`${origin}${ref}`)
		});
	}
	return out;
}

function table(header: string[], body: string[][]): string {
	const widths = header.map((_, i) => Math.max(...[header, ...body].map((l) => l[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

export function formatKinds(results: KindResult[]): string {
	const kb = (n: number) => formatKB(n);
	return table(
		['page', 'JS gz', 'HTML gz', 'total gz', 'ref total gz', '+ vs ref', 'requests', 'budget met?'],
		results.map((r) => {
			const doc = r.bytes.resources.find((x) => x.kind === 'document')?.compressed ?? 0;
			const met =
				r.bytes.byKind.script.compressed <= JS_BUDGET &&
				r.bytes.total.compressed <= TOTAL_BUDGET &&
				r.bytes.thirdParty.length === 0;
			return [
				`${r.kind} (/${r.path})`,
				kb(r.bytes.byKind.script.compressed),
				kb(doc),
				kb(r.bytes.total.compressed),
				kb(r.reference.total.compressed),
				kb(r.bytes.total.compressed - r.reference.total.compressed),
				String(r.bytes.requests),
				met ? 'yes' : 'NO'
			];
		})
	);
}
