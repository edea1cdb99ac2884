/** In-page measurements of the commitment flow, shared by the real-data and complete-data tests. */
import type { Page } from 'playwright-core';

export interface FlowReading {
	state: string | null;
	/** Label texts that contain an ellipsis. */
	truncated: string[];
	/** Pairs of labels whose boxes overlap on screen. */
	collisions: string[];
	/** The smallest label text size as drawn on screen, in CSS px. */
	minFontPx: number;
	/** Visible marks by data-kind. */
	kinds: Record<string, number>;
	/** Legend swatch kinds. */
	legend: string[];
	/** Labels reaching outside the chart's box. */
	outside: string[];
}

/** Waits until the flow figure holding `step` shows `state` (the morph has run). */
export async function waitForFlowState(page: Page, state: string): Promise<void> {
	await page.waitForFunction(
		(s) =>
			[...document.querySelectorAll('g[data-chart="flow"]')].some(
				(g) => g.getAttribute('data-state') === s && g.getBoundingClientRect().height > 0
			),
		state,
		{ timeout: 20_000 }
	);
	await waitForSettled(page);
}

/** Waits until no CSS transition or animation runs on the page (marks arrived, labels faded in). */
export async function waitForSettled(page: Page): Promise<void> {
	await page.waitForFunction(
		() => document.getAnimations().every((a) => a.playState !== 'running'),
		null,
		{ timeout: 20_000, polling: 100 }
	);
}

/** Measures the visible flow drawing in the given state. */
export function readFlow(page: Page, state: string): Promise<FlowReading> {
	return page.evaluate((s) => {
		const g = [...document.querySelectorAll<SVGGElement>('g[data-chart="flow"]')].find(
			(x) => x.getAttribute('data-state') === s && x.getBoundingClientRect().height > 0
		);
		if (!g) throw new Error(`no visible flow in state ${s}`);
		const svg = g.ownerSVGElement!;
		const frame = svg.getBoundingClientRect();
		const vb = svg.viewBox.baseVal;
		const scale = vb && vb.width ? Math.min(frame.width / vb.width, frame.height / vb.height) : 1;
		const labels = [...g.querySelectorAll<SVGTextElement>('text[data-label]')];
		const boxes = labels.map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
		// A text box is the font's full ascent to descent; neighbouring lines' boxes may touch by a
		// pixel without any glyphs meeting, so boxes are compared inset by this much.
		const INSET = 1.5;
		const collisions: string[] = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]!.r;
				const b = boxes[j]!.r;
				if (
					a.left + INSET < b.right - INSET &&
					b.left + INSET < a.right - INSET &&
					a.top + INSET < b.bottom - INSET &&
					b.top + INSET < a.bottom - INSET
				)
					collisions.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
			}
		const outside = boxes
			.filter(
				(b) =>
					b.r.left < frame.left - 1 ||
					b.r.right > frame.right + 1 ||
					b.r.top < frame.top - 1 ||
					b.r.bottom > frame.bottom + 1
			)
			.map((b) => b.text);
		const kinds: Record<string, number> = {};
		for (const m of g.querySelectorAll('[data-mark][data-visible="true"]')) {
			const k = m.getAttribute('data-kind') ?? '';
			kinds[k] = (kinds[k] ?? 0) + 1;
		}
		return {
			state: g.getAttribute('data-state'),
			truncated: boxes.filter((b) => b.text.includes('…')).map((b) => b.text),
			collisions,
			minFontPx: Math.min(...labels.map((t) => Number(t.getAttribute('font-size')) * scale)),
			kinds,
			legend: [...g.querySelectorAll('[data-cell^="legend-"]')].map(
				(c) => c.getAttribute('data-kind') ?? ''
			),
			outside
		};
	}, state);
}
