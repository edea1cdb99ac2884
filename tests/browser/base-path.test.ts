import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.js';
import { launchBrowser } from './harness';
import type { Browser } from 'playwright-core';

const BASE = '/graphics/2026/ogp-mexico';
const DIR = 'build-subpath';
/** A full build takes about 25 s on an idle two-core machine; a busy one may take several times that. */
const BUILD_MS = 300_000;

describe(`a build under ${BASE}`, () => {
	let server: Awaited<ReturnType<typeof startServer>>;
	let browser: Browser;
	beforeAll(async () => {
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: DIR },
			stdio: 'pipe',
			timeout: BUILD_MS
		});
		server = await startServer({ root: DIR, base: BASE, port: 0 });
		browser = await launchBrowser();
	}, BUILD_MS + 60_000);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		rmSync(DIR, { recursive: true, force: true });
	});

	it('loads every asset from under the base path', async () => {
		const page = await browser.newPage();
		const failed: string[] = [];
		const outside: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
			const { pathname } = new URL(r.url());
			if (r.url().startsWith(server.origin) && !pathname.startsWith(BASE)) outside.push(pathname);
		});
		await page.goto(server.url);
		await page.waitForLoadState('networkidle');
		expect((await page.locator('h1').textContent())?.length).toBeGreaterThan(10);
		expect(await page.locator('figure[data-chart] svg').count()).toBeGreaterThan(5);
		await page.goto(new URL('data/', server.url).href);
		expect(await page.locator('h1').textContent()).toContain('the data');
		expect(failed).toEqual([]);
		expect(outside).toEqual([]);
		await page.close();
	});
});
