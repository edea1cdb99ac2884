/**
 * Sharing and reuse on the built site: each step's share page is a social card of that step's
 * chart for crawlers and a way into the story for people; the story's tools row shares and
 * downloads the chart shown; every chart state downloads as SVG, PNG (2×) and CSV in both
 * languages, and each file opens.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, chartStates } from '../../src/lib/charts/registry';
import { readCsv } from '../../src/lib/data/csv';
import type { Problem } from '../../src/lib/data/problems';
import type { Locale } from '../../src/lib/format/dates';
import { buildStory } from '../../src/lib/story/build';
import { formatViolations, runAxe, useSite } from './harness';

const site = useSite();
const LOCALES: Locale[] = ['en', 'es'];
const prefix = (locale: Locale) => (locale === 'en' ? '' : `${locale}/`);
const stories = { en: buildStory('en'), es: buildStory('es') };
const stepTitle = (locale: Locale, id: string) =>
	stories[locale].steps.find((s) => s.id === id)!.title;

/** A PNG's size, from its header. */
function pngSize(body: Buffer): { width: number; height: number } {
	expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/**
 * What an image shows, decoded by the browser: its share of non-white pixels and how many
 * distinct colours it has (a blank or single-colour image has one or two).
 */
async function imageLook(page: Page, url: string) {
	return page.evaluate(async (src) => {
		const img = new Image();
		img.src = src;
		await img.decode();
		const canvas = document.createElement('canvas');
		[canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
		let inked = 0;
		const colours = new Set<number>();
		for (let i = 0; i < px.length; i += 4) {
			if (px[i]! < 240 || px[i + 1]! < 240 || px[i + 2]! < 240) inked++;
			colours.add(((px[i]! >> 4) << 8) | ((px[i + 1]! >> 4) << 4) | (px[i + 2]! >> 4));
		}
		return { inked: inked / (px.length / 4), colours: colours.size };
	}, url);
}

/** A same-origin page with scripts on, to decode and parse files in. */
async function workbench() {
	const opened = await site.newPage();
	await opened.page.goto(`${site.url}THIRD_PARTY_NOTICES.txt`);
	return opened;
}

describe.each(LOCALES)('the share page of a step (%s)', (locale) => {
	const pageUrl = () => `${site.url}${prefix(locale)}share/independent-review/`;

	it('is a social card of that chart: the meta tags point at a 1200×630 PNG that is not blank', async () => {
		const { page, errors, close } = await site.newPage({ javaScriptEnabled: false });
		try {
			const response = await page.goto(pageUrl());
			expect(response?.status()).toBe(200);
			const meta = (key: string) =>
				page.$eval(`meta[property="${key}"], meta[name="${key}"]`, (m) =>
					m.getAttribute('content')
				);
			expect(await meta('twitter:card')).toBe('summary_large_image');
			expect(await meta('og:image:width')).toBe('1200');
			expect(await meta('og:image:height')).toBe('630');
			const image = new URL((await meta('og:image'))!, page.url()).href;
			expect(new URL((await meta('twitter:image'))!, page.url()).href).toBe(image);
			expect(await meta('og:title')).toBe(stepTitle(locale, 'independent-review'));
			const png = await page.request.get(image);
			expect(png.status()).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
			expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
			expect(await page.getAttribute('html', 'lang')).toBe(locale);
			expect(await page.textContent('main h1')).toBe(stepTitle(locale, 'independent-review'));
			expect(errors).toEqual([]);

			const bench = await workbench();
			try {
				const look = await imageLook(bench.page, image);
				expect(look.inked).toBeGreaterThan(0.02);
				expect(look.colours).toBeGreaterThan(8);
			} finally {
				await bench.close();
			}
		} finally {
			await close();
		}
	});

	it('takes a person to the story at that step', async () => {
		const { page, errors, close } = await site.newPage();
		try {
			await page.goto(pageUrl());
			await expect.poll(() => page.url()).toBe(`${site.url}${prefix(locale)}#independent-review`);
			await page.waitForSelector('[data-step="independent-review"][aria-current="step"]');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('is accessible as a page for readers without scripts: axe-clean, the link reachable by keyboard', async () => {
		const { page, close } = await site.newPage();
		try {
			// Scripts on for axe, without the redirect that would leave the page at once.
			await page.route(pageUrl(), async (route) => {
				const res = await route.fetch();
				const html = (await res.text()).replace(/<script>location\.replace\([^<]*<\/script>/, '');
				await route.fulfill({ response: res, body: html });
			});
			await page.goto(pageUrl());
			expect(await page.title()).toContain(stepTitle(locale, 'independent-review'));
			expect(formatViolations(await runAxe(page))).toBe('');
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const a = document.activeElement as HTMLAnchorElement;
				const r = a.getBoundingClientRect();
				return { href: a.href, outline: getComputedStyle(a).outlineStyle, h: r.height };
			});
			expect(focused.href).toBe(`${site.url}${prefix(locale)}#independent-review`);
			expect(focused.outline).not.toBe('none');
			expect(focused.h).toBeGreaterThanOrEqual(24);
		} finally {
			await close();
		}
	});
});

describe('the tools row under a chart in the story', () => {
	it('copies the share link of the step being read and downloads the state shown', async () => {
		const { page, errors, close } = await site.newPage();
		try {
			await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: site.origin
			});
			await page.goto(`${site.url}es/#independent-review`);
			const tools = page.locator('figure[data-chart="flow"][data-state="verdict"] .share-tools');
			await tools.waitFor();
			const share = tools.getByRole('link', { name: /^Compartir/ });
			expect(await share.getAttribute('href')).toMatch(/(^|\/)es\/share\/independent-review\/$/);
			for (const ext of ['svg', 'png', 'csv']) {
				const link = tools.getByRole('link', { name: new RegExp(`^${ext.toUpperCase()}`) });
				const href = new URL((await link.getAttribute('href'))!, page.url()).href;
				expect(href).toBe(`${site.url}downloads/es/flow-verdict.${ext}`);
				expect((await page.request.get(href)).status()).toBe(200);
				const box = (await link.boundingBox())!;
				expect(box.width).toBeGreaterThanOrEqual(24);
				expect(box.height).toBeGreaterThanOrEqual(24);
			}
			await share.focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => tools.getByRole('status').textContent()).toBe('Enlace copiado');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				`${site.url}es/share/independent-review/`
			);
			expect(page.url()).toBe(`${site.url}es/#independent-review`);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('on a phone leaves the pinned chart to the plot and offers them under the source line', async () => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.goto(`${site.url}#third-verdict`);
			const section = page.locator('[data-section]', {
				has: page.locator('[data-step="third-verdict"]')
			});
			await section.locator('figure[data-state="third-verdict"]').waitFor();
			expect(await section.locator('.graphic .share-tools').isVisible()).toBe(false);
			const tools = section.locator('.foot .share-tools');
			await tools.scrollIntoViewIfNeeded();
			const share = tools.getByRole('link', { name: /^Share/ });
			expect(await share.getAttribute('href')).toMatch(/(^|\/)share\/third-verdict\/$/);
			for (const link of await tools.getByRole('link').all()) {
				const box = (await link.boundingBox())!;
				expect(box.width).toBeGreaterThanOrEqual(24);
				expect(box.height).toBeGreaterThanOrEqual(24);
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it("offers the embed's state for download inside the embed", async () => {
		const { page, errors, close } = await site.newPage({ width: 600, height: 800 });
		try {
			await page.goto(`${site.url}embed/flow/?step=independent-review`);
			const png = page.locator('.share-tools').getByRole('link', { name: /^PNG/ });
			await expect
				.poll(async () => new URL((await png.getAttribute('href'))!, page.url()).href)
				.toBe(`${site.url}downloads/en/flow-verdict.png`);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe.each(LOCALES)('the downloads (%s)', (locale) => {
	const states = CHART_IDS.flatMap((chart) =>
		chartStates(chart).map((state) => ({ chart, state }))
	);

	it.each(states)('$chart $state: SVG, PNG (2×) and CSV open', async ({ chart, state }) => {
		const { page, close } = await workbench();
		try {
			const base = `${site.url}downloads/${locale}/${chart}-${state}`;
			const svg = await page.request.get(`${base}.svg`);
			expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
			const parsed = await page.evaluate(
				(text) => {
					const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
					const root = doc.documentElement;
					return {
						error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
						root: root.localName,
						width: Number(root.getAttribute('width')),
						height: Number(root.getAttribute('height')),
						title: root.querySelector(':scope > title')?.textContent ?? '',
						text: root.textContent ?? ''
					};
				},
				await svg.text()
			);
			expect(parsed.error).toBeNull();
			expect(parsed.root).toBe('svg');
			const step = stories[locale].steps.find((s) => s.chart === chart && s.state === state);
			if (step) expect(parsed.title).toBe(step.title);
			expect(parsed.text).toContain(stories[locale].copy.byline);

			const png = await page.request.get(`${base}.png`);
			expect(pngSize(await png.body())).toEqual({
				width: parsed.width * 2,
				height: parsed.height * 2
			});
			const look = await imageLook(page, `${base}.png`);
			expect(look.inked).toBeGreaterThan(0.01);
			expect(look.colours).toBeGreaterThan(4);

			const csv = await (await page.request.get(`${base}.csv`)).text();
			const lines = csv.split('\n');
			expect(lines[0]).toContain(stories[locale].copy.headline);
			const body = lines.filter((l) => !l.startsWith('# ')).join('\n');
			const problems: Problem[] = [];
			const table = readCsv(body, `${chart}-${state}.csv`, problems);
			expect(problems).toEqual([]);
			expect(table!.rows.length).toBeGreaterThan(0);
			const sourceColumn = locale === 'es' ? 'ids_fuentes' : 'source_ids';
			expect(table!.header.at(-1)!.value).toBe(sourceColumn);
		} finally {
			await close();
		}
	});
});
