/**
 * The embed pages on their own: every chart prerendered, query parameters with safe fallbacks,
 * themes, the stepper by keyboard, head tags and oEmbed, accessibility, no third-party requests,
 * and fewer bytes than the story.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	EMBED_ALIASES,
	EMBED_CHART_IDS as CHART_IDS,
	resolveEmbedChart,
	type EmbedChartId as ChartId
} from '../../src/lib/charts/registry';
import { STEPS } from '../../src/lib/story/steps';
import { SHORT_STEPS } from '../../src/lib/embed/short';
import { buildStory } from '../../src/lib/story/build';
import { UI } from '../../src/lib/i18n/ui';
import { formatViolations, runAxe, useSite } from './harness';

const site = useSite();

/** Each chart's default step: the one the embed shows without (or with a bad) `step=`. */
const DEFAULT_STEP: Record<ChartId, string> = {
	timeline: 'opening',
	flow: 'extended-plan',
	completion: 'hundred-percent',
	cycles: 'two-year-cycles',
	membership: 'world-stage'
};
const stateOf = (stepId: string) => STEPS.find((s) => s.id === stepId)!.state;

/** Opens a page and collects its console warnings alongside the harness's errors. */
async function open(url: string, options: Parameters<typeof site.newPage>[0] = {}) {
	const opened = await site.newPage(options);
	const warnings: string[] = [];
	opened.page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	await opened.page.goto(url);
	await opened.page.waitForLoadState('networkidle');
	return { ...opened, warnings };
}

const figureState = (page: Page) => page.getAttribute('figure[data-chart]', 'data-state');

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
			const x = Number(v) / 255;
			return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(CHART_IDS)('the %s embed', (chart) => {
	it('shows the chart alone at its default step, with a way back to the story', async () => {
		const { page, errors, warnings, close } = await open(`${site.url}embed/${chart}/`);
		try {
			// A retired chart's embed (completion) draws the chart that now shows its views.
			expect(await page.getAttribute('figure[data-chart]', 'data-chart')).toBe(
				resolveEmbedChart(chart)
			);
			expect(await figureState(page)).toBe(stateOf(DEFAULT_STEP[chart]));
			expect(await page.$$eval('figure[data-chart]', (els) => els.length)).toBe(1);
			expect(await page.$$eval('[data-step]', (els) => els.length)).toBe(0);
			const back = page.getByRole('link', { name: /Read the full story/ });
			expect(await back.evaluate((a: HTMLAnchorElement) => a.href)).toBe(
				`${site.url}#${DEFAULT_STEP[chart]}`
			);
			expect(await page.getByRole('button', { name: /^Embed/ }).count()).toBe(0);
			expect(formatViolations(await runAxe(page))).toBe('');
			expect(warnings).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('can be listed by search engines, with a description, as its own canonical page, and has an oEmbed file', async () => {
		const { page, close } = await open(`${site.url}embed/${chart}/`);
		try {
			expect(await page.locator('meta[name="robots"]').count()).toBe(0);
			const description = await page.getAttribute('meta[name="description"]', 'content');
			expect(description?.length).toBeGreaterThan(40);
			const canonical = await page.$eval('link[rel="canonical"]', (l: HTMLLinkElement) => l.href);
			expect(canonical).toBe(`${site.url}embed/${chart}/`);
			const href = await page.$eval(
				'link[rel="alternate"][type="application/json+oembed"]',
				(l: HTMLLinkElement) => l.href
			);
			const response = await page.request.get(href);
			expect(response.ok()).toBe(true);
			const oembed = await response.json();
			expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
			expect(oembed.title).toBeTruthy();
			expect(oembed.width).toBeGreaterThan(0);
			expect(oembed.height).toBeGreaterThan(0);
			expect(oembed.html).toContain(`/embed/${chart}/`);
			expect(oembed.html).toContain('embed.js');
		} finally {
			await close();
		}
	});
});

describe('query parameters', () => {
	it('shows the asked-for step', async () => {
		const { page, errors, warnings, close } = await open(`${site.url}embed/timeline/?step=founder`);
		try {
			expect(await figureState(page)).toBe('founding');
			expect(
				await page
					.getByRole('link', { name: /Read the full story/ })
					.evaluate((a: HTMLAnchorElement) => a.href)
			).toBe(`${site.url}#founder`);
			expect(warnings).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('falls back to the default on an unknown step, and says so in the console only', async () => {
		const { page, errors, warnings, close } = await open(
			`${site.url}embed/completion/?step=no-such-step`
		);
		try {
			expect(await figureState(page)).toBe(stateOf(DEFAULT_STEP.completion));
			expect(warnings.join('\n')).toContain('Unknown step "no-such-step"');
			expect(await page.textContent('body')).not.toContain('no-such-step');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it("names the right chart for another chart's step, and flags unknown parameters", async () => {
		const { page, warnings, close } = await open(
			`${site.url}embed/completion/?step=sectors&theme=purple&colour=red`
		);
		try {
			expect(await figureState(page)).toBe(stateOf(DEFAULT_STEP.completion));
			const all = warnings.join('\n');
			expect(all).toContain('belongs to the flow chart');
			expect(all).toContain('theme="purple"');
			expect(all).toContain('Unknown embed parameter "colour"');
		} finally {
			await close();
		}
	});

	it('stays in English, with a console message, for a language we do not publish', async () => {
		const url = `${site.url}embed/flow/?lang=fr&step=sectors`;
		const { page, errors, warnings, close } = await open(url);
		try {
			expect(page.url()).toBe(url);
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			expect(await figureState(page)).toBe('by-cluster');
			expect(warnings.join('\n')).toContain('lang="fr" is not one of en, es');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('draws a dark theme whose text keeps its contrast', async () => {
		const { page, errors, close } = await open(`${site.url}embed/timeline/?theme=dark&step=summit`);
		try {
			const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(bg).toBe('rgb(22, 22, 22)');
			const texts = await page.$$eval('figure svg text', (els) =>
				els.map((el) => [el.textContent, getComputedStyle(el).fill])
			);
			expect(texts.length).toBeGreaterThan(10);
			const low = texts.filter(([, fill]) => contrast(fill!, bg) < 4.5);
			expect(low).toEqual([]);
			expect(formatViolations(await runAxe(page))).toBe('');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('lets the host page show through with transparent=1', async () => {
		const { page, close } = await open(`${site.url}embed/membership/?transparent=1`);
		try {
			const backgrounds = await page.evaluate(() =>
				[document.documentElement, document.body, document.querySelector('figure')!].map(
					(el) => getComputedStyle(el).backgroundColor
				)
			);
			expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
		} finally {
			await close();
		}
	});
});

describe('the stepper (controls=1)', () => {
	it('walks through the chart’s steps by keyboard, without losing focus at the ends', async () => {
		const { page, errors, close } = await open(`${site.url}embed/completion/?controls=1`, {
			width: 390,
			height: 844
		});
		try {
			// The retired completion chart's embed shows its views on the flow's marks.
			const states: readonly string[] = Object.values(EMBED_ALIASES.completion.states);
			const steps = STEPS.filter((s) => s.chart === 'flow' && states.includes(s.state));
			const next = page.getByRole('button', { name: 'Next' });
			const previous = page.getByRole('button', { name: 'Previous' });
			for (const button of [next, previous]) {
				const box = (await button.boundingBox())!;
				expect(box.width).toBeGreaterThanOrEqual(44);
				expect(box.height).toBeGreaterThanOrEqual(44);
			}
			// The default is the second step: back to the first, then forward through all of them.
			expect(await figureState(page)).toBe(steps[1]!.state);
			await previous.focus();
			await page.keyboard.press('Enter');
			await page.waitForSelector(`figure[data-state="${steps[0]!.state}"]`);
			expect(await previous.getAttribute('aria-disabled')).toBe('true');
			await page.keyboard.press('Tab');
			expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
			for (const step of steps.slice(1)) {
				await page.keyboard.press('Enter');
				await page.waitForSelector(`figure[data-state="${step.state}"]`);
			}
			expect(await next.getAttribute('aria-disabled')).toBe('true');
			await page.keyboard.press('Enter');
			expect(await figureState(page)).toBe(steps[steps.length - 1]!.state);
			expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
			expect(formatViolations(await runAxe(page))).toBe('');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('without JavaScript', () => {
	it('still shows the chart, drawn, at its default step', async () => {
		const { page, close } = await site.newPage({ javaScriptEnabled: false });
		try {
			await page.goto(`${site.url}embed/cycles/?step=dashboard`);
			expect(await figureState(page)).toBe(stateOf(DEFAULT_STEP.cycles));
			expect(await page.$$eval('figure svg *', (els) => els.length)).toBeGreaterThan(10);
		} finally {
			await close();
		}
	});
});

describe('the whole-story embed on its own', () => {
	it('lays every step out flat, each chart in its state before its caption', async () => {
		const { page, errors, warnings, close } = await open(`${site.url}embed/story/`, {
			width: 390,
			height: 844
		});
		try {
			const steps = await page.$$eval('[data-step]', (els) =>
				els.map((el) => [
					el.getAttribute('data-step'),
					el.querySelector('figure[data-chart]')?.getAttribute('data-chart'),
					el.querySelector('figure[data-chart]')?.getAttribute('data-state')
				])
			);
			expect(steps).toEqual(STEPS.map((s) => [s.id, s.chart, s.state]));
			const figureFirst = await page.$$eval('[data-step]', (els) =>
				els.every((el) => {
					const figure = el.querySelector('figure[data-chart]')!;
					const card = el.querySelector('.card')!;
					return !!(figure.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING);
				})
			);
			expect(figureFirst).toBe(true);
			const sticky = await page.$$eval('body *', (els) =>
				els.some((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
			);
			expect(sticky).toBe(false);
			expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
			expect(await page.$eval('link[rel="canonical"]', (l: HTMLLinkElement) => l.href)).toBe(
				site.url
			);
			expect(formatViolations(await runAxe(page))).toBe('');
			expect(warnings).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the short story embed', () => {
	it('shows the key states only, with their takeaway titles, and fires each step as the reader scrolls', async () => {
		const { page, errors, warnings, close } = await open(`${site.url}embed/story-short/`, {
			width: 390,
			height: 844
		});
		try {
			const steps = await page.$$eval('[data-step]', (els) =>
				els.map((el) => [
					el.getAttribute('data-step'),
					el.querySelector('figure[data-chart]')?.getAttribute('data-state'),
					el.querySelector('figure .chart-title')?.textContent?.trim()
				])
			);
			const story = buildStory('en');
			expect(steps).toEqual(
				SHORT_STEPS.map((id) => {
					const s = story.steps.find((x) => x.id === id)!;
					return [id, s.state, s.title];
				})
			);
			for (const id of SHORT_STEPS) {
				await page.locator(`[data-step="${id}"]`).scrollIntoViewIfNeeded();
				await page.evaluate((stepId) => {
					document.querySelector(`[data-step="${stepId}"]`)!.scrollIntoView({ block: 'start' });
				}, id);
				await page.waitForSelector(`[data-step="${id}"][aria-current="step"]`);
			}
			expect(await page.getByRole('link', { name: UI.en.readWhole }).getAttribute('href')).toBe(
				'/'
			);
			expect(formatViolations(await runAxe(page))).toBe('');
			expect(warnings).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('weight and hygiene', () => {
	/** Bytes of every response a first visit loads, and the URLs it asked for. */
	async function measure(url: string) {
		const { page, close } = await site.newPage({ width: 390, height: 844 });
		const sizes: Promise<number>[] = [];
		const urls: string[] = [];
		page.on('request', (r) => urls.push(r.url()));
		page.on('requestfinished', (r) =>
			sizes.push(
				r
					.response()
					.then(async (res) => (res && res.status() < 300 ? (await res.body()).length : 0))
			)
		);
		try {
			await page.goto(url, { waitUntil: 'networkidle' });
			const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
			return { bytes, urls };
		} finally {
			await close();
		}
	}

	it('loads fewer bytes for any chart embed than for the story, all from its own site', async () => {
		const story = await measure(site.url);
		for (const chart of CHART_IDS) {
			const embed = await measure(`${site.url}embed/${chart}/`);
			expect(embed.bytes, chart).toBeLessThan(story.bytes);
			expect(
				embed.urls.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'))
			).toEqual([]);
		}
		const whole = await measure(`${site.url}embed/story/`);
		expect(whole.urls.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'))).toEqual(
			[]
		);
	});
});

/**
 * An embed runs on another newsroom's page, where "our sources" would read as the host's own
 * claim: the charts say "not in the sources" (of the story the embed names) or "no independent
 * rating found". Checked in everything a chart embed ships (its HTML and page data, every state)
 * and in every figure of the story embeds.
 */
describe('the voice of the embeds', () => {
	const OWNED = /\bour (own )?(sources|data)\b|\bnuestr[oa]s (propias )?(fuentes|datos)\b/gi;

	it.each(['', 'es/'])('never says "our sources" in a chart embed of /%s', async (lang) => {
		const { page, close } = await site.newPage();
		try {
			for (const chart of CHART_IDS) {
				for (const file of ['', '__data.json']) {
					const response = await page.request.get(`${site.url}${lang}embed/${chart}/${file}`);
					expect(response.ok(), `${lang}embed/${chart}/${file}`).toBe(true);
					const text = await response.text();
					expect(text.length).toBeGreaterThan(1000);
					expect(text.match(OWNED) ?? [], `${lang}embed/${chart}/${file}`).toEqual([]);
				}
			}
		} finally {
			await close();
		}
	});

	it.each(['', 'es/'])('never says "our sources" in a figure of /%sembed/story/', async (lang) => {
		for (const edition of ['story', 'story-short']) {
			const { page, close } = await open(`${site.url}${lang}embed/${edition}/`, {
				width: 390,
				height: 844
			});
			try {
				const said = await page.$$eval('figure[data-chart]', (els) =>
					els.map((f) =>
						[
							f.textContent,
							...[...f.querySelectorAll('[aria-label]')].map((e) => e.ariaLabel)
						].join(' ')
					)
				);
				expect(said.length).toBeGreaterThan(4);
				expect(said.join(' ').match(OWNED) ?? [], edition).toEqual([]);
			} finally {
				await close();
			}
		}
	});
});
