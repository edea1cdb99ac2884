import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe, screenshot, useSite } from './harness';

const site = useSite();

describe('the data page', () => {
	for (const [width, height] of [
		[390, 844],
		[1280, 800]
	] as const) {
		it(`reads at ${width}×${height} with no console errors and no axe violations`, async () => {
			const { page, errors, close } = await site.newPage({ width, height });
			try {
				await page.goto(`${site.url}data/`);
				await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
					'Mexico in the Open Government Partnership'
				);
				const rows = page.getByRole('region', { name: /2013–2015 plan/ }).getByRole('row');
				expect(await rows.count()).toBe(27);
				expect(await page.getByText('not rated in our sources').count()).toBeGreaterThan(20);
				const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(scrollWidth).toBeLessThanOrEqual(width);
				expect(formatViolations(await runAxe(page))).toBe('');
				await screenshot(page, `data-page-${width}`);
				expect(errors).toEqual([]);
			} finally {
				await close();
			}
		});
	}

	it('links every number to a source that exists on the page', async () => {
		const { page, close } = await site.newPage();
		try {
			await page.goto(`${site.url}data/`);
			const broken = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLAnchorElement>('a[href^="#source-"]')]
					.map((a) => a.getAttribute('href')!.slice(1))
					.filter((id) => !document.getElementById(id))
			);
			expect(broken).toEqual([]);
			expect(await page.locator('a[href^="#source-"]').count()).toBeGreaterThan(50);
		} finally {
			await close();
		}
	});

	it('is complete without JavaScript', async () => {
		const { page, close } = await site.newPage({ javaScriptEnabled: false });
		try {
			await page.goto(`${site.url}data/`);
			expect(await page.locator('tbody tr').count()).toBeGreaterThan(60);
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
		} finally {
			await close();
		}
	});
});
