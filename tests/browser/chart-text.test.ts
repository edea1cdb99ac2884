/**
 * The timeline, plan-windows and membership charts as a reader on a phone or a laptop sees them:
 * at every step that shows one, the drawing is that state's artboard for its box, every chart text
 * renders at 12 px or more, no text runs out of the drawing or ends in "…", and no two labels
 * overlap (bounding boxes in the page). Without JavaScript, every chart drawing in the page holds
 * the same.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toSections } from '../../src/lib/scroll/sections';
import { STEPS } from '../../src/lib/story/steps';
import { screenshot, useSite } from './harness';
import { readChartText as read } from './chart-text';
import { scrollToStep } from './steps';
import { showsArtboard } from './drawing';

const site = useSite();
const MINE = new Set(['timeline', 'cycles', 'membership']);
const steps = STEPS.filter((s) => MINE.has(s.chart));
const sectionOf = new Map(toSections(STEPS).flatMap((s) => s.steps.map((st) => [st.id, s.id])));

describe.each([
	[360, 740],
	[390, 844],
	[1280, 800]
])('timeline, plan windows and membership at %i×%i', (width, height) => {
	it('show each step’s state with every text ≥ 12 px, whole, inside, and no labels colliding', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await page.goto(site.url);
			for (const step of steps) {
				await scrollToStep(page, step.id);
				const section = sectionOf.get(step.id)!;
				await expect
					.poll(() => showsArtboard(page, section, step.state, site.url), { timeout: 15_000 })
					.toBe(true);
				const r = await read(page, `[data-section="${section}"] .live-chart svg`);
				expect({ step: step.id, ...r, smallest: r.smallest >= 12 }).toEqual({
					step: step.id,
					smallest: true,
					truncated: [],
					outside: [],
					collisions: [],
					labels: r.labels
				});
				expect(r.labels).toBeGreaterThan(0);
				await screenshot(page, `chart-text-${width}x${height}-${step.id}`);
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe.each([
	[360, 740],
	[390, 844]
])('without JavaScript at %i×%i', (width, height) => {
	it('every chart drawing in the page has text ≥ 12 px, whole, inside, no labels colliding', async () => {
		const { page, close } = await site.newPage({ width, height, javaScriptEnabled: false });
		try {
			await page.goto(site.url);
			const r = await read(page, 'figure svg');
			expect({ ...r, smallest: r.smallest >= 12 }).toEqual({
				smallest: true,
				truncated: [],
				outside: [],
				collisions: [],
				labels: r.labels
			});
			expect(r.labels).toBeGreaterThan(0);
		} finally {
			await close();
		}
	});
});

describe('labels around a move', () => {
	/** Records, in the page, whether a chart box ever hid its labels for a move. */
	const watch = (page: Page) =>
		page.evaluate(() => {
			const w = window as unknown as { hidLabels: boolean };
			w.hidLabels = false;
			new MutationObserver((records) => {
				if (records.some((r) => (r.target as Element).classList.contains('moving')))
					w.hidLabels = true;
			}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
		});
	const hid = (page: Page) =>
		page.evaluate(() => (window as unknown as { hidLabels: boolean }).hidLabels);

	it.each([
		['no-preference', true],
		['reduce', false]
	] as const)(
		'with motion %s, labels leave during the move: %s; then every label is back',
		async (reducedMotion, hides) => {
			const { page, errors, close } = await site.newPage({
				width: 390,
				height: 844,
				reducedMotion
			});
			try {
				await page.goto(`${site.url}#opening`);
				await scrollToStep(page, 'opening');
				const section = sectionOf.get('founder')!;
				await expect
					.poll(() => showsArtboard(page, section, 'overview', site.url), { timeout: 15_000 })
					.toBe(true);
				await watch(page);
				await scrollToStep(page, 'founder');
				await expect
					.poll(() => showsArtboard(page, section, 'founding', site.url), { timeout: 15_000 })
					.toBe(true);
				expect(await hid(page)).toBe(hides);
				// Once landed, every label is drawn (none left at opacity 0).
				await expect
					.poll(() =>
						page.$$eval(`[data-section="${section}"] [data-label]`, (els) =>
							els.map((e) => getComputedStyle(e).opacity)
						)
					)
					.not.toContain('0');
				expect(errors).toEqual([]);
			} finally {
				await close();
			}
		}
	);
});
