/**
 * `npm run dev` as a new contributor meets it: the story, its Spanish edition, the slides and an
 * embed answer 200 and hydrate with no console error and no hydration warning.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_STARTUP_MS, startDevServer, type DevServer } from './dev-server';
import { launchBrowser } from './harness';

/** A cold dev server compiles each page's modules on its first visit. */
const PAGE_MS = 120_000;

describe('the dev server', () => {
	let server: DevServer | undefined;
	let browser: Browser | undefined;

	beforeAll(async () => {
		[server, browser] = await Promise.all([startDevServer(), launchBrowser()]);
	}, DEV_STARTUP_MS + 30_000);

	afterAll(async () => {
		await Promise.allSettled([browser?.close(), server?.close()]);
	});

	it.each(['', 'es/', 'present/', 'present/speaker/', 'embed/flow/'])(
		'serves /%s with no error or hydration warning',
		async (path) => {
			const context = await browser!.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			const problems: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error' || /hydrat/i.test(m.text()))
					problems.push(`${m.type()}: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
			try {
				const res = await page.goto(server!.url + path, { timeout: PAGE_MS });
				expect(res?.status(), server!.output()).toBe(200);
				// SvelteKit adds its route announcer only once the page has hydrated.
				await page.waitForSelector('#svelte-announcer', { state: 'attached', timeout: PAGE_MS });
				await page.waitForLoadState('networkidle', { timeout: PAGE_MS });
				expect(problems).toEqual([]);
			} finally {
				await context.close();
			}
		},
		PAGE_MS * 2
	);
});
