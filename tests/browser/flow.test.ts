/**
 * The commitment flow as a reader scrolls it, at two phones and a laptop: each flow step shows its
 * state; labels are whole, apart and at least 12 px; and marks keep their identity from step to
 * step (the same element, moved), rather than being redrawn.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps';
import { toSections } from '../../src/lib/scroll/sections';
import { useSite } from './harness';
import { scrollToStep } from './steps';
import { showsArtboard } from './drawing';
import { readFlow, waitForFlowState } from './flow-measure';

const site = useSite();
const SIZES: [number, number][] = [
	[360, 740],
	[390, 844],
	[1280, 800]
];
const sections = toSections(STEPS).filter((s) => s.chart === 'flow');
/** Marks that persist through the first flow section and move in it. */
const TRACKED = ['pa15-c05', 'pa15-c26', 'extended-1', 'original-2011-count'];

describe.each(SIZES)('the commitment flow at %i×%i', (width, height) => {
	it('shows each step’s state with whole, separate, legible labels, moving the same marks', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await page.goto(site.url);
			for (const section of sections) {
				const [first] = section.steps;
				await scrollToStep(page, first!.id);
				await waitForFlowState(page, first!.state);
				// The HTML's first drawing is the nominal board without the marks its state fades out;
				// the chart draws its own board, every mark, once its file is here. Tag only then, so
				// that late drawing is not taken for a redraw. Only this section's chart is read: a
				// later section's first drawing holds the same marks.
				await expect
					.poll(() => showsArtboard(page, first!.id, first!.state, site.url), {
						timeout: 15_000
					})
					.toBe(true);
				const chart = `[data-section="${first!.id}"] g[data-chart="flow"]`;
				// Tag the marks' elements, so a redraw (new elements) cannot pass for a move.
				await page.evaluate(
					([ids, chart]) => {
						for (const id of ids) {
							const el = document.querySelector(`${chart} [data-mark="${id}"]`);
							if (el) (el as unknown as { __tag: string }).__tag = id;
						}
					},
					[TRACKED, chart] as const
				);
				let before = await transforms(page, chart);
				expect(Object.keys(before), first!.id).toEqual(TRACKED);
				for (const step of section.steps) {
					await scrollToStep(page, step.id);
					await waitForFlowState(page, step.state);
					const r = await readFlow(page, step.state);
					expect(r.state, step.id).toBe(step.state);
					expect(r.truncated, step.id).toEqual([]);
					expect(r.collisions, step.id).toEqual([]);
					expect(r.outside, step.id).toEqual([]);
					expect(r.minFontPx, step.id).toBeGreaterThanOrEqual(12);
					const now = await transforms(page, chart);
					for (const id of Object.keys(before))
						expect(now[id]?.same, `${step.id}: ${id} is the same element`).toBe(true);
					if (step.state === 'by-cluster')
						expect(now['pa15-c05']!.transform).not.toBe(before['pa15-c05']!.transform);
					before = now;
				}
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

/** Each tracked mark in `chart`: whether it is still the tagged element, and its transform. */
function transforms(page: Parameters<typeof readFlow>[0], chart: string) {
	return page.evaluate(
		([ids, chart]) => {
			const out: Record<string, { same: boolean; transform: string }> = {};
			for (const id of ids) {
				const el = document.querySelector<SVGGElement>(`${chart} [data-mark="${id}"]`);
				if (!el) continue;
				out[id] = {
					same: (el as unknown as { __tag?: string }).__tag === id,
					transform: el.style.transform
				};
			}
			return out;
		},
		[TRACKED, chart] as const
	);
}
