/** What a reader sees of a chart's text in the page: sizes on screen, cut or stray text, overlaps. */
import type { Page } from 'playwright-core';

export type Reading = {
	smallest: number;
	truncated: string[];
	outside: string[];
	collisions: string[];
	labels: number;
};

/** Text sizes on screen, texts outside the drawing, and overlapping labels, in `selector`'s svgs. */
export function readChartText(page: Page, selector: string): Promise<Reading> {
	return page.evaluate((sel) => {
		const out: Reading = {
			smallest: Infinity,
			truncated: [],
			outside: [],
			collisions: [],
			labels: 0
		};
		for (const svg of document.querySelectorAll<SVGSVGElement>(sel)) {
			const frame = svg.getBoundingClientRect();
			if (frame.width === 0) continue;
			for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
				const scale = t.getScreenCTM()?.a ?? 1;
				const px = parseFloat(getComputedStyle(t).fontSize) * scale;
				out.smallest = Math.min(out.smallest, px);
				const text = t.textContent ?? '';
				if (text.includes('…')) out.truncated.push(text);
				const r = t.getBoundingClientRect();
				if (
					r.left < frame.left - 1 ||
					r.right > frame.right + 1 ||
					r.top < frame.top - 1 ||
					r.bottom > frame.bottom + 1
				)
					out.outside.push(text);
			}
			// Each label's text, as one box per label.
			const boxes = [...svg.querySelectorAll('[data-label]')].map((g) => {
				const rs = [...g.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
				return {
					id: g.getAttribute('data-label'),
					l: Math.min(...rs.map((r) => r.left)),
					r: Math.max(...rs.map((r) => r.right)),
					t: Math.min(...rs.map((r) => r.top)),
					b: Math.max(...rs.map((r) => r.bottom))
				};
			});
			out.labels += boxes.length;
			// Glyph boxes include the font's line gap: allow a pixel of touching.
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i]!;
					const b = boxes[j]!;
					if (a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1)
						out.collisions.push(`${a.id} × ${b.id}`);
				}
		}
		return out;
	}, selector);
}
