/** The Spanish edition: equal to the English one, in Spanish only, with es-MX formatting. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { UI } from '../../src/lib/i18n/ui';
import { STEPS } from '../../src/lib/story/steps';
import { buildStory } from '../../src/lib/story/build';
import { CHART_STRINGS } from '../unit/charts/chart-strings';
import { formatViolations, runAxe, screenshot, useSite, waitForStill } from './harness';

const site = useSite();

/** Every string value in a strings object (functions called with a sample number). */
function values(o: unknown): string[] {
	if (typeof o === 'string') return [o];
	if (typeof o === 'function') {
		// A function of numbers or names; one that takes something else gives no sample.
		try {
			const out = (o as (...a: string[]) => unknown)('7', '7', '7');
			return typeof out === 'string' ? [out] : [];
		} catch {
			return [];
		}
	}
	if (o && typeof o === 'object') return Object.values(o).flatMap(values);
	return [];
}

/** Interface strings of one language that the other language never uses. */
function onlyIn(lang: 'en' | 'es'): string[] {
	const other = lang === 'en' ? 'es' : 'en';
	const mine = [...values(UI[lang]), ...values(CHART_STRINGS[lang])];
	const theirs = new Set([...values(UI[other]), ...values(CHART_STRINGS[other])]);
	return [...new Set(mine)].filter((s) => s.length > 3 && !theirs.has(s) && !/^\W*$/.test(s));
}

/**
 * What a reader sees or hears: text, SVG text, titles, labels. Not the list of sources (their
 * titles are in their own language) and not <em> glosses, where the copy quotes a term in the
 * original language, e.g. «importante» (*Major*).
 */
const readerText = (page: Page) =>
	page.evaluate(() => {
		const sources = new Set(document.querySelectorAll('.sources'));
		const parts: string[] = [];
		const walk = (n: Node) => {
			if (sources.has(n as Element)) return;
			if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
			if (n instanceof Element) {
				// <noscript> is source text to a reader with JavaScript; the no-JS pass reads it as page.
				if (['SCRIPT', 'STYLE', 'EM'].includes(n.tagName)) return;
				if (n.tagName === 'NOSCRIPT' && n.childElementCount === 0) return;
				for (const a of ['aria-label', 'title', 'alt']) {
					const v = n.getAttribute(a);
					if (v && !n.closest('a[href^="#source-"], a.datum')) parts.push(v);
				}
			}
			n.childNodes.forEach(walk);
		};
		walk(document.body);
		parts.push(document.title);
		return parts.join('\n');
	});

describe('the Spanish edition', () => {
	it('is served at /es/ in Spanish, with es-MX numbers and dates', async () => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.goto(`${site.url}es/`);
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			const text = await readerText(page);
			expect(text).toContain('20 de septiembre de 2011');
			expect(text).toContain('diciembre de 2011');
			expect(text).toContain('más de 2,000');
			const hreflangs = await page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
				ls.map((l) => l.getAttribute('hreflang'))
			);
			expect(hreflangs.sort()).toEqual(['en', 'es', 'x-default']);
			await screenshot(page, 'es-390-top');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	for (const [lang, path] of [
		['es', 'es/'],
		['en', '']
	] as const) {
		it(`leaks no interface string of the other language into /${path}`, async () => {
			// With JavaScript, and without it (each step's own figure is then on the page).
			for (const javaScriptEnabled of [true, false]) {
				const { page, close } = await site.newPage({ width: 1280, height: 800, javaScriptEnabled });
				try {
					await page.goto(site.url + path);
					const text = await readerText(page);
					const word = (s: string) =>
						new RegExp(`(?<!\\p{L})${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
					const leaks = onlyIn(lang === 'es' ? 'en' : 'es').filter((s) => word(s).test(text));
					expect({ javaScriptEnabled, leaks }).toEqual({ javaScriptEnabled, leaks: [] });
				} finally {
					await close();
				}
			}
		});
	}

	it('switches language without losing the reader’s step', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 800 });
		try {
			await page.goto(`${site.url}#sectors`);
			await page.waitForSelector('[data-step="sectors"][aria-current="step"]');
			await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click();
			await page.waitForURL(/\/es\/#sectors$/);
			await page.waitForSelector('[data-step="sectors"][aria-current="step"]');
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link').click();
			await page.waitForURL(/\/#sectors$/);
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('has no axe violations and reads at both sizes', async () => {
		for (const [width, height] of [
			[390, 844],
			[1280, 800]
		] as const) {
			const { page, close } = await site.newPage({ width, height });
			try {
				await page.goto(`${site.url}es/#independent-review`);
				await page.waitForSelector('[data-step="independent-review"][aria-current="step"]');
				await waitForStill(page);
				expect(formatViolations(await runAxe(page))).toBe('');
				await screenshot(page, `es-${width}-independent-review`);
			} finally {
				await close();
			}
		}
	});
});

describe('the Spanish presentation', () => {
	it('opens from the Spanish story at the reader’s step, in Spanish, and moves with a clicker', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await page.goto(`${site.url}es/#sectors`);
			await page.waitForSelector('[data-step="sectors"][aria-current="step"]');
			await page.keyboard.press('p');
			await page.waitForURL(/\/es\/present\/#sectors$/);
			await page.waitForSelector('main.ready');
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			// The slide on screen (not the printable copy's first chart).
			const slideChart = page.locator('main [data-slide="sectors"] figure[data-chart]');
			expect(await slideChart.getAttribute('data-state')).toBe('by-cluster');
			await page.keyboard.press('PageDown');
			await page.waitForURL(/#hundred-percent$/);
			const text = await page.evaluate(() => document.body.innerText);
			expect(text).toContain('tablero');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('has a Spanish speaker view and handout', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 800 });
		try {
			await page.goto(`${site.url}es/present/speaker/#founder`);
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			await page.goto(`${site.url}es/handout/`);
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			expect(await page.locator('figure[data-chart]').count()).toBe(STEPS.length);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('Spanish embeds', () => {
	it('honour lang=es, keeping the step', async () => {
		const { page, errors, close } = await site.newPage({ width: 600, height: 700 });
		try {
			await page.goto(`${site.url}embed/flow/?step=sectors&lang=es`);
			await page.waitForURL(/\/es\/embed\/flow\/\?step=sectors/);
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			const figure = page.locator('figure[data-chart="flow"]');
			await expect.poll(() => figure.getAttribute('data-state')).toBe('by-cluster');
			// The same takeaway title as the Spanish story's step.
			const title = buildStory('es').steps.find((s) => s.id === 'sectors')!.title;
			expect(await figure.innerText()).toContain(title);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('language switches beyond the story', () => {
	it('move a presentation and a handout to the other language at the same place', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			// An old link (#dashboard) lands on its replacement, in the other language too.
			await page.goto(`${site.url}present/#dashboard`);
			await page.waitForURL(/#hundred-percent$/);
			await page.getByRole('link', { name: 'Language: Español' }).click();
			await page.waitForURL(/\/es\/present\/#hundred-percent$/);
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			await page.goto(`${site.url}es/handout/`);
			await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link').click();
			await page.waitForURL(/\/handout\/$/);
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
