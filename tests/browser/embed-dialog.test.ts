/**
 * The "Embed" button under each chart of the story and its dialog: keyboard only, code preset to
 * the chart's current step, copy with a visible confirmation, accessible, focus returned on close.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps';
import { formatViolations, runAxe, screenshot, useSite } from './harness';

const site = useSite();

/** The figure of the scrolly section that holds a step. */
const figureOf = (page: Page, stepId: string) =>
	page
		.locator('[data-section]', { has: page.locator(`[data-step="${stepId}"]`) })
		.locator('figure[data-chart]');

describe.each([
	[390, 844],
	[1280, 800]
])('the Embed dialog at %i×%i', (width, height) => {
	it('opens by keyboard with the current step preset, copies, and closes back to its button', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await page
				.context()
				.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
			await page.goto(`${site.url}#sectors`);
			await page.waitForSelector('[data-step="sectors"][aria-current="step"]');
			const figure = figureOf(page, 'sectors');
			expect(await figure.getAttribute('data-state')).toBe('by-cluster');
			const button = figure.getByRole('button', { name: /^Embed this chart: / });
			expect(await button.isVisible()).toBe(true);
			const box = (await button.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
			await screenshot(page, `embed-button-${width}`);

			await button.focus();
			await page.keyboard.press('Enter');
			const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
			await dialog.waitFor();
			expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

			const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
			expect(code).toContain(`src="${site.url}embed/flow/?step=sectors"`);
			expect(code).toContain('data-ogp-embed');
			expect(code).toContain(`<script src="${site.url}embed.js" async></script>`);
			expect(code).toMatch(/title="[^"]+"/);
			const pym = await dialog
				.getByRole('textbox', { name: 'If your page already loads pym.js' })
				.inputValue();
			expect(pym).toContain(
				`new pym.Parent("ogp-embed-flow", "${site.url}embed/flow/?step=sectors"`
			);
			const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
			expect(link).toBe(`${site.url}embed/flow/?step=sectors`);

			const copy = dialog.getByRole('button', { name: 'Copy: Embed code' });
			await copy.focus();
			await page.keyboard.press('Enter');
			await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

			expect(formatViolations(await runAxe(page))).toBe('');
			await screenshot(page, `embed-dialog-${width}`);

			await page.keyboard.press('Escape');
			await dialog.waitFor({ state: 'detached' });
			expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the Embed button', () => {
	it("gives a link that opens the chart's embed at that step", async () => {
		const { page, errors, close } = await site.newPage();
		try {
			await page.goto(`${site.url}#independent-review`);
			await page.waitForSelector('[data-step="independent-review"][aria-current="step"]');
			await figureOf(page, 'independent-review')
				.getByRole('button', { name: /^Embed/ })
				.click();
			const dialog = page.getByRole('dialog');
			const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
			await dialog.getByRole('button', { name: 'Close' }).click();
			await dialog.waitFor({ state: 'detached' });
			await page.goto(link);
			// The embed reads ?step= once its script runs, which may be after the load event.
			const state = STEPS.find((s) => s.id === 'independent-review')!.state;
			await expect.poll(() => page.getAttribute('figure[data-chart]', 'data-state')).toBe(state);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('speaks Spanish on the Spanish story, and asks for the Spanish embed', async () => {
		const { page, errors, close } = await site.newPage();
		try {
			await page.goto(`${site.url}es/#sectors`);
			await page.waitForSelector('[data-step="sectors"][aria-current="step"]');
			await figureOf(page, 'sectors')
				.getByRole('button', { name: /^Insertar esta gráfica: / })
				.click();
			const dialog = page.getByRole('dialog', { name: 'Insertar esta gráfica' });
			await dialog.waitFor();
			const link = await dialog.getByRole('textbox', { name: 'Enlace' }).inputValue();
			const params = new URL(link).searchParams;
			expect(params.get('step')).toBe('sectors');
			// Until the Spanish embed is published, the English one is asked for Spanish.
			expect(link.startsWith(`${site.url}es/embed/flow/`) || params.get('lang') === 'es').toBe(
				true
			);
			expect(formatViolations(await runAxe(page))).toBe('');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('is not offered without JavaScript, where it could not work', async () => {
		const { page, close } = await site.newPage({ javaScriptEnabled: false });
		try {
			await page.goto(site.url);
			expect(await page.locator('figure[data-chart]').count()).toBeGreaterThan(0);
			expect(await page.getByRole('button', { name: /^Embed/ }).count()).toBe(0);
		} finally {
			await close();
		}
	});
});
