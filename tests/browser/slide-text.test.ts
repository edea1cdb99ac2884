/**
 * Slides as the room sees them at 1280×720: on every slide with a chart, in both languages, the
 * chart is that step's state drawn from its slide artboard, every chart text is at least 24 px on
 * screen, whole, inside the drawing and clear of the other labels, and every font the slide uses
 * is the site's own (no fallback font).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STEPS } from '../../src/lib/story/steps';
import { ID_TOKEN } from '../../src/lib/charts/artboards/token';
import { readChartText } from './chart-text';
import { screenshot, useSite } from './harness';

const site = useSite();
/** The smallest chart text a slide may show at 1280×720, px. */
const SLIDE_TEXT_MIN = 24;

/** Whether the slide's drawing is its artboard file's markup for `state` (the move has ended). */
function shows(page: Page, state: string): Promise<boolean> {
	return page.evaluate(
		async ({ state, token, root }) => {
			const canon = (n: Node): string =>
				n.nodeType === 3
					? JSON.stringify(n.nodeValue)
					: n.nodeType !== 1
						? ''
						: `<${(n as Element).tagName.toLowerCase()} ${Array.from((n as Element).attributes)
								.map((a) => `${a.name}=${JSON.stringify(a.value)}`)
								.sort()
								.join(' ')}>${Array.from(n.childNodes).map(canon).join('')}</>`;
			const box = document.querySelector<HTMLElement>('main .slide .live-chart');
			if (!box || box.classList.contains('moving')) return false;
			const chart = box.closest('figure')!.dataset.chart;
			const file = `charts/${document.documentElement.lang}/${chart}-${box.dataset.board}.json`;
			const json = await (await fetch(new URL(file, root))).json();
			const tpl = document.createElement('template');
			tpl.innerHTML = json.states[state].replaceAll(token, 'slide');
			return canon(box.querySelector('svg')!) === canon(tpl.content.querySelector('svg')!);
		},
		{ state, token: ID_TOKEN, root: site.url }
	);
}

/** Fonts a slide's text asks for that are not loaded (so the room would see a fallback). */
function fallbackFonts(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		await document.fonts.ready;
		const loaded = new Set(
			[...document.fonts]
				.filter((f) => f.status === 'loaded')
				.map((f) => `${f.family.replace(/["']/g, '')} ${f.weight}`)
		);
		const wanted = new Set(
			[...document.querySelectorAll('main .slide *')]
				.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue?.trim()))
				.map((el) => {
					const cs = getComputedStyle(el);
					const family = cs.fontFamily.split(',')[0]!.trim().replace(/["']/g, '');
					const weight =
						Number(cs.fontWeight) >= 600 ? (family.includes('Serif') ? 700 : 600) : 400;
					return `${family} ${weight}`;
				})
		);
		return [...wanted].filter((f) => !loaded.has(f));
	});
}

describe.each([
	['English', ''],
	['Spanish', 'es/']
])('the %s slides at 1280×720', (_, edition) => {
	it(`draw every chart's text at ≥ ${SLIDE_TEXT_MIN} px, whole, inside, no labels colliding, in the site's fonts`, async () => {
		const { page, errors, close } = await site.newPage({
			width: 1280,
			height: 720,
			reducedMotion: 'reduce'
		});
		try {
			for (const step of STEPS) {
				await page.goto(`${site.url}${edition}present/#${step.id}`);
				await page.waitForSelector('main.ready');
				await expect
					.poll(() => shows(page, step.state), { timeout: 15_000, message: step.id })
					.toBe(true);
				const r = await readChartText(page, 'main .slide .live-chart svg');
				expect({ step: step.id, ...r, smallest: Math.floor(r.smallest * 10) / 10 }).toEqual({
					step: step.id,
					smallest: expect.toSatisfy((px: number) => px >= SLIDE_TEXT_MIN),
					truncated: [],
					outside: [],
					collisions: [],
					labels: r.labels
				});
				expect(r.labels, step.id).toBeGreaterThan(0);
				expect(await fallbackFonts(page), step.id).toEqual([]);
				if (['founder', 'sectors', 'world-stage'].includes(step.id))
					await screenshot(page, `slide-text-${edition ? 'es-' : ''}${step.id}`);
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
