// Byte budgets, for the story and every other page kind (bench/pages.ts). Bytes are exact and
// repeatable, so they are asserted here; the noisy figures (Lighthouse, scrolling) are reported by
// `npm run bench`. That an embed loads less than the story is checked in embed-page.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	CSS_BUDGET,
	FONT_BUDGET,
	JS_BUDGET,
	PRESENT_HTML_BUDGET,
	TOTAL_BUDGET
} from '../../bench/budgets';
import { PAGE_KINDS } from '../../bench/pages';
import { STEPS } from '../../src/lib/story/steps';
import { describeBytes, measureBytes, type BytesReport } from '../../bench/measure-bytes';
import { routeScripts } from '../../bench/route-js';
import { useSite } from './harness';

const site = useSite();
const BUILD = path.resolve(process.env.SITE_DIR ?? 'build');

async function firstVisit(url: string): Promise<BytesReport> {
	const { page, close } = await site.newPage({ width: 390, height: 844 });
	try {
		return await measureBytes(page, url);
	} finally {
		await close();
	}
}

describe.each([
	['English', ''],
	['Spanish', 'es/']
])('a first visit to the %s story on a phone', (_, edition) => {
	let story: BytesReport;

	beforeAll(async () => {
		story = await firstVisit(site.url + edition);
	});

	// Guards the budgets below against passing on an empty or broken load.
	it('loads the page, its scripts and its first chart', () => {
		expect(story.byKind.document.count).toBe(1);
		expect(story.byKind.script.count).toBeGreaterThan(0);
		expect(story.resources.some((r) => r.url.includes('/charts/'))).toBe(true);
		expect(story.failed).toEqual([]);
	});

	it.each([
		['JavaScript', 'script', JS_BUDGET],
		['CSS', 'stylesheet', CSS_BUDGET],
		['fonts', 'font', FONT_BUDGET]
	] as const)('loads at most its budget of %s, compressed', (_, kind, budget) => {
		expect(story.byKind[kind].compressed, describeBytes(story)).toBeLessThanOrEqual(budget);
	});

	it('loads at most its budget in total, compressed', () => {
		expect(story.total.compressed, describeBytes(story)).toBeLessThanOrEqual(TOTAL_BUDGET);
	});

	it('makes no third-party requests', () => {
		expect(story.thirdParty).toEqual([]);
	});
});

describe('all the JavaScript the story can load', () => {
	it.each(['index.html', 'es/index.html'])(
		'is within the budget for %s, including code loaded later',
		(page) => {
			const js = routeScripts(path.join(BUILD, page));
			const list = js.files.map((f) => path.relative(BUILD, f)).join('\n');
			expect(js.files.length, list).toBeGreaterThan(3);
			expect(js.compressed, `${js.compressed} bytes gzip in\n${list}`).toBeLessThanOrEqual(
				JS_BUDGET
			);
		}
	);
});

describe.each(PAGE_KINDS)('a first visit to the $kind (/$path) on a phone', ({ path: page }) => {
	let visit: BytesReport;

	beforeAll(async () => {
		visit = await firstVisit(site.url + page);
	});

	it('loads its page and scripts without a failed request or a third-party one', () => {
		expect(visit.byKind.document.count).toBe(1);
		expect(visit.byKind.script.count).toBeGreaterThan(0);
		expect(visit.failed).toEqual([]);
		expect(visit.thirdParty).toEqual([]);
	});

	it('loads at most its budget of JavaScript, and in total, compressed', () => {
		expect(visit.byKind.script.compressed, describeBytes(visit)).toBeLessThanOrEqual(JS_BUDGET);
		expect(visit.total.compressed, describeBytes(visit)).toBeLessThanOrEqual(TOTAL_BUDGET);
	});
});

describe('every page’s JavaScript, including code loaded later', () => {
	it.each(PAGE_KINDS.map((p) => [p.kind, p.path] as const))(
		'is within the budget on the %s',
		(_, page) => {
			const file = path.join(BUILD, page, 'index.html');
			expect(existsSync(file), file).toBe(true);
			const js = routeScripts(file);
			const list = js.files.map((f) => path.relative(BUILD, f)).join('\n');
			expect(js.files.length, list).toBeGreaterThan(3);
			expect(js.compressed, `${js.compressed} bytes gzip in\n${list}`).toBeLessThanOrEqual(
				JS_BUDGET
			);
		}
	);

	it.each(['present/index.html', 'es/present/index.html'])(
		'leaves the slides’ HTML (%s, with its printable handout) within budget',
		(page) => {
			const html = readFileSync(path.join(BUILD, page));
			expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(PRESENT_HTML_BUDGET);
		}
	);
});

describe('the order of a first visit', () => {
	it.each([
		'',
		'es/',
		'embed/flow/',
		'es/embed/timeline/',
		'embed/story/',
		'es/embed/story-short/'
	])('paints /%s before it starts loading any script', async (edition) => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.goto(site.url + edition);
			await page.waitForLoadState('networkidle');
			// SvelteKit adds its route announcer only once the page has hydrated in the browser, a
			// task or more after the last script arrives (later still on a busy machine).
			await expect
				.poll(() => page.evaluate(() => document.getElementById('svelte-announcer') !== null))
				.toBe(true);
			const { fcp, scripts } = await page.evaluate(() => ({
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				scripts: performance
					.getEntriesByType('resource')
					.filter((r) => r.name.endsWith('.js'))
					.map((r) => r.startTime)
			}));
			expect(fcp).toBeGreaterThan(0);
			expect(scripts.length).toBeGreaterThan(3);
			expect(Math.min(...scripts)).toBeGreaterThanOrEqual(fcp);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('share pages (a card and a link; a person is sent on to the story, budgeted above)', () => {
	it.each(STEPS.flatMap((s) => [`share/${s.id}/`, `es/share/${s.id}/`]))(
		'/%s ships no script file, and its page and card stay within the total budget',
		(page) => {
			const html = readFileSync(path.join(BUILD, page, 'index.html'));
			const card = readFileSync(path.join(BUILD, page, 'card.png'));
			expect(html.toString()).not.toMatch(/<script[^>]+\bsrc=|<link[^>]+modulepreload/);
			// No SvelteKit client: no start script, no chunk or route node to import.
			expect(html.toString()).not.toMatch(/node_ids|_app\/immutable\/(entry|chunks|nodes)\//);
			expect(gzipSync(html, { level: 9 }).length + card.length).toBeLessThanOrEqual(TOTAL_BUDGET);
		}
	);
});
