/**
 * The story recovers (issue 14): charts that could not fetch their views try again when the page
 * is back online or on the next step, and drop their "could not load" note once drawn; text at
 * 200 % on a 390 px phone never scrolls sideways; a burst of resizes keeps the reader's step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { UI } from '../../src/lib/i18n/ui';
import { toSections } from '../../src/lib/scroll/sections';
import { STEPS } from '../../src/lib/story/steps';
import { useSite } from './harness';
import { scrollToStep } from './steps';

const site = useSite();
const SECTIONS = toSections(STEPS);
/** After a resize burst, the step is checked on every frame for about a second (60 Hz). */
const SETTLE_FRAMES = 60;

/** Per figure: its state, whether its drawing is that state's artboard, and its note if any. */
function charts(page: Page) {
	return page.evaluate(async (root) => {
		const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
		return Promise.all(
			figures.map(async (figure) => {
				const box = figure.querySelector<HTMLElement>('.live-chart')!;
				const svg = box.querySelector('svg')!;
				const file = `charts/${document.documentElement.lang}/${figure.dataset.chart}-${box.dataset.board}.json`;
				const json = await (await fetch(new URL(file, root))).json();
				const tpl = document.createElement('template');
				tpl.innerHTML = json.states[figure.dataset.state!];
				const want = tpl.content.querySelector('svg')!;
				// The same drawing: same number of marks and the same text, whatever the ids.
				const sig = (s: Element) =>
					`${s.querySelectorAll('*').length}|${s.textContent?.replace(/\s+/g, ' ').trim()}`;
				return {
					chart: figure.dataset.chart!,
					state: figure.dataset.state!,
					drawn: sig(svg) === sig(want),
					note: box.querySelector('[role="status"]')?.textContent ?? null
				};
			})
		);
	}, site.url);
}

/** Each figure's "could not load" note, without fetching anything (the page may be offline). */
const notes = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('figure[data-chart] .live-chart')].map(
			(box) => box.querySelector('[role="status"]')?.textContent ?? null
		)
	);

/** Sections whose chart changes state as the reader moves through them. */
const MOVING = SECTIONS.filter((s) => new Set(s.steps.map((st) => st.state)).size > 1);

describe('charts recover from a lost connection', () => {
	it('retry when the page is back online, and drop their note once drawn', async () => {
		const { page, close } = await site.newPage({ width: 390, height: 844 });
		try {
			// The connection drops as the page arrives: no chart has its views yet.
			await page.route('**/charts/**', (route) => route.abort('internetdisconnected'));
			await page.goto(site.url);
			await page.waitForLoadState('networkidle');
			await page.context().setOffline(true);
			await page.unroute('**/charts/**');
			// The reader goes on offline: every chart that has more than one state moves on.
			for (const section of MOVING) await scrollToStep(page, section.steps.at(-1)!.id);
			// Every chart that needed a view it could not fetch says so (at least the moving ones; on a
			// phone whose box differs from the prerendered board, the others too), and nothing else.
			await expect
				.poll(async () => {
					const shown = (await notes(page)).filter((n) => n !== null);
					return shown.length >= MOVING.length && shown.every((n) => n === UI.en.chartStale);
				})
				.toBe(true);

			await page.context().setOffline(false);
			await expect
				.poll(async () => (await charts(page)).filter((c) => c.note !== null || !c.drawn), {
					timeout: 15_000
				})
				.toEqual([]);
		} finally {
			await close();
		}
	});

	it('retry on the next step change when the files come back', async () => {
		const { page, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.route('**/charts/**', (route) => route.abort());
			await page.goto(site.url);
			const section = MOVING.find((s) => s.steps.length >= 3)!;
			await scrollToStep(page, section.steps[1]!.id);
			const figure = page.locator(`[data-section="${section.id}"] figure`);
			await expect.poll(() => figure.getByRole('status').count()).toBe(1);
			await page.unroute('**/charts/**');
			await scrollToStep(page, section.steps[2]!.id);
			await expect
				.poll(async () => (await charts(page)).find((c) => c.chart === section.chart))
				.toMatchObject({ state: section.steps[2]!.state, drawn: true, note: null });
		} finally {
			await close();
		}
	});
});

describe('text at 200 % on a 390 px phone', () => {
	it.each(['', 'es/'])('/%s never scrolls sideways and the headline wraps', async (path) => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.goto(site.url + path);
			const before = await page.evaluate(
				() => document.querySelector('h1')!.getClientRects().length
			);
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			const stepIds = STEPS.map((s) => s.id);
			for (const id of [stepIds[0]!, stepIds[Math.floor(stepIds.length / 2)]!, stepIds.at(-1)!]) {
				await scrollToStep(page, id);
				const m = await page.evaluate(() => {
					const h1 = document.querySelector('h1')!;
					const r = h1.getBoundingClientRect();
					const lineHeight = parseFloat(getComputedStyle(h1).lineHeight);
					return {
						scrollWidth: document.documentElement.scrollWidth,
						clientWidth: document.documentElement.clientWidth,
						bodyScroll: document.body.scrollWidth,
						h1Right: r.right,
						h1Lines: Math.round(r.height / lineHeight),
						h1Clipped: h1.scrollWidth > h1.clientWidth
					};
				});
				expect(m.scrollWidth, `page width at step ${id}`).toBeLessThanOrEqual(m.clientWidth);
				expect(m.bodyScroll).toBeLessThanOrEqual(m.clientWidth);
				expect(m.h1Right).toBeLessThanOrEqual(m.clientWidth);
				expect(m.h1Clipped).toBe(false);
				expect(m.h1Lines).toBeGreaterThan(1);
			}
			expect(before).toBeGreaterThan(0);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('a burst of extreme resizes', () => {
	it.each(['founder', 'sectors', STEPS.at(-2)!.id])('keeps the reader on step %s', async (id) => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.goto(site.url);
			// Scrolled there, as a reader does (a deep link is the easy case: the hash says where).
			await scrollToStep(page, id);
			for (const [width, height] of [
				[1280, 800],
				[320, 568],
				[900, 1200],
				[390, 844],
				[1600, 500],
				[360, 740]
			] as const)
				await page.setViewportSize({ width, height });
			// Settled: the same step stays current (polling for the opposite would pass at once).
			await page.waitForFunction(() => document.fonts.status === 'loaded');
			for (let frame = 0; frame < SETTLE_FRAMES; frame++) {
				const now = await page.evaluate(() => ({
					current: document.querySelector('[aria-current="step"]')?.getAttribute('data-step'),
					hash: location.hash
				}));
				expect(now).toEqual({ current: id, hash: `#${id}` });
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('after a resize', () => {
	it('the reader reads on: scrolling to the next step makes it current at once', async () => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.goto(site.url);
			await scrollToStep(page, 'sectors');
			await page.setViewportSize({ width: 360, height: 740 });
			await page.waitForFunction(() => document.fonts.status === 'loaded');
			// The reader's wheel takes them to the next step; the resize's hold must not keep them.
			const next = STEPS[STEPS.findIndex((s) => s.id === 'sectors') + 1]!.id;
			const distance = await page.evaluate((stepId) => {
				const el = document.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
				const share = parseFloat(
					getComputedStyle(el.closest('article')!).getPropertyValue('--trigger')
				);
				return el.getBoundingClientRect().top - window.innerHeight * share + 8;
			}, next);
			await page.mouse.move(180, 600);
			await page.mouse.wheel(0, distance);
			await page.waitForSelector(`[data-step="${next}"][aria-current="step"]`);
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${next}`);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('third-party notices', () => {
	it('ship in build/, name every runtime dependency with its licence, and the methods link to them', async () => {
		const text = readFileSync('build/THIRD_PARTY_NOTICES.txt', 'utf8');
		const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
		for (const name of Object.keys(pkg.dependencies)) {
			const dep = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
			expect(text).toMatch(new RegExp(`^- ${name} ${dep.version}: \\S+`, 'm'));
		}
		expect(text).toContain('- svelte ');
		expect(text).toContain('SIL OPEN FONT LICENSE Version 1.1');
		expect(text).toMatch(/^- @fontsource\/source-serif-4 [\d.]+: OFL-1\.1$/m);
		expect(text).toMatch(/^- archieml [\d.]+: Apache-2\.0$/m);

		const { page, close } = await site.newPage({ width: 1280, height: 800 });
		try {
			await page.goto(site.url);
			// The methods section, collapsed by default: the link is inside it.
			const link = page
				.locator('section[aria-labelledby="methods"]')
				.getByRole('link', { name: UI.en.noticesLink, includeHidden: true });
			const href = await link.getAttribute('href');
			const res = await page.request.get(new URL(href!, site.url).href);
			expect(res.status()).toBe(200);
			expect(await res.text()).toBe(text);
		} finally {
			await close();
		}
	});
});
