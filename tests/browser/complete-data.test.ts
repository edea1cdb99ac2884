/**
 * The site built from a synthetic, complete OGP export (tests/fixtures/complete-export): the
 * import and the build succeed, the climax draws every rating category with its own shape and a
 * matching legend swatch, labels stay whole and apart at 390 and 1280 px, and the copy's data
 * tokens resolve against the filled rows. build/ and data/ are never touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { OPENED_ORDER, kindKey } from '../../src/lib/charts/flow/encoding';
import { launchBrowser, startSite, type Site } from './harness';
import { buildComplete, type CompleteBuild } from './complete-data';
import { readFlow, waitForFlowState } from './flow-measure';
import { scrollToStep } from './steps';

let built: CompleteBuild;
let site: Site;
let browser: Browser;

beforeAll(async () => {
	built = await buildComplete();
	site = await startSite({ root: built.build });
	browser = await launchBrowser();
}, 400_000);

afterAll(async () => {
	await Promise.allSettled([browser?.close(), site?.close()]);
});

const CLIMAX = 'independent-review';
const OPENED_KINDS = OPENED_ORDER.map((v) => kindKey({ kind: 'opened', value: v }));

describe('the site built from a complete synthetic export', () => {
	it('imports every 2013–2015 rating and says which counts it had to bring in line', () => {
		expect(built.importLog).toMatch(/Read 37 export rows, 37 for Mexico/);
		expect(built.importLog).not.toMatch(/CONFLICT/);
		const commitments = readFileSync(path.join(built.data, 'commitments.csv'), 'utf8');
		expect(
			commitments.match(/,Major,|,Marginal,|,Outstanding,|,Worsened,|,Did Not Change,/g)!.length
		).toBeGreaterThanOrEqual(26);
		expect(built.reconciled).toEqual(
			expect.arrayContaining([expect.stringMatching(/^pa15_irm_unrated: 23 → 0$/)])
		);
		expect(existsSync(path.join(built.build, 'index.html'))).toBe(true);
		// The real data is untouched.
		expect(readFileSync('data/commitments.csv', 'utf8')).not.toContain('ogp-export-2026-12-02');
	});

	it.each([
		[390, 844],
		[1280, 800]
	])('at %i×%i the climax draws every rating, apart and whole', async (width, height) => {
		const context = await browser.newContext({ viewport: { width, height } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		try {
			await page.goto(site.url);
			await scrollToStep(page, 'hundred-percent');
			await waitForFlowState(page, 'claim');
			await scrollToStep(page, CLIMAX);
			await waitForFlowState(page, 'verdict');
			const r = await readFlow(page, 'verdict');
			for (const k of OPENED_KINDS) expect(r.kinds[k] ?? 0, k).toBeGreaterThan(0);
			expect(r.kinds.unknown ?? 0).toBe(0);
			expect(Object.values(r.kinds).reduce((a, b) => a + b, 0)).toBe(26);
			for (const k of OPENED_KINDS) expect(r.legend, k).toContain(k);
			expect(r.truncated).toEqual([]);
			expect(r.collisions).toEqual([]);
			expect(r.outside).toEqual([]);
			expect(r.minFontPx).toBeGreaterThanOrEqual(12);
			const text = await page.evaluate(() => document.body.innerText);
			expect(text).not.toMatch(/\{(fig|date|src|derived)[:}]/);
			await page.screenshot({ path: `tests/browser/screenshots/complete-climax-${width}.png` });
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
