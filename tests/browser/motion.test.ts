/**
 * How the story's charts move from one step to the next: marks move by CSS transform (which the
 * browser can run on the compositor), not by geometry attributes rewritten frame by frame on the
 * main thread; labels jump to where they land while hidden, then fade in.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TWEENED_ATTRIBUTES } from '../../src/lib/charts/artboards/morph';
import { STEPS } from '../../src/lib/story/steps';
import { useSite, waitForStill } from './harness';
import { scrollToStep } from './steps';

const site = useSite();

type Writes = { geometry: Record<string, number>; transforms: number };

/** Starts recording attribute writes inside the story's chart drawings. */
function record(page: Page): Promise<void> {
	return page.evaluate((geometry) => {
		const w = window as unknown as { writes: Map<Element, Map<string, number>> };
		w.writes = new Map();
		new MutationObserver((records) => {
			for (const r of records) {
				const el = r.target as Element;
				if (!el.closest('.live-chart svg') || !r.attributeName) continue;
				const name = r.attributeName;
				if (name !== 'style' && !geometry.includes(name)) continue;
				if (name === 'style' && !(el as SVGElement).style.transform) continue;
				const byName = w.writes.get(el) ?? new Map<string, number>();
				byName.set(name, (byName.get(name) ?? 0) + 1);
				w.writes.set(el, byName);
			}
		}).observe(document.body, { subtree: true, attributes: true });
	}, TWEENED_ATTRIBUTES);
}

/** Since the last call: the most writes one element got per geometry attribute, and transform writes. */
function take(page: Page): Promise<Writes> {
	return page.evaluate(() => {
		const w = window as unknown as { writes: Map<Element, Map<string, number>> };
		const out: Writes = { geometry: {}, transforms: 0 };
		for (const [el, byName] of w.writes)
			for (const [name, n] of byName) {
				if (name === 'style') out.transforms += n;
				else {
					const key = `${el.tagName.toLowerCase()}.${name}`;
					out.geometry[key] = Math.max(out.geometry[key] ?? 0, n);
				}
			}
		w.writes.clear();
		return out;
	});
}

describe.each([
	[390, 844],
	[1280, 800]
])('chart moves at %i×%i', (width, height) => {
	it('move marks by transform and never rewrite geometry frame by frame', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await page.goto(site.url);
			await record(page);
			let flowTransforms = 0;
			for (const step of STEPS) {
				await scrollToStep(page, step.id);
				await waitForStill(page);
				const writes = await take(page);
				// Set once when a state lands is fine; a tween would write the same attribute every frame.
				const tweened = Object.entries(writes.geometry).filter(([, n]) => n > 1);
				expect({ step: step.id, tweened }).toEqual({ step: step.id, tweened: [] });
				if (step.chart === 'flow') flowTransforms += writes.transforms;
			}
			// The flow's marks did move, by transform.
			expect(flowTransforms).toBeGreaterThan(100);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
