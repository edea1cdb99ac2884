// Helpers for the browser tests: they drive the system Chromium through playwright-core (no
// downloaded browsers) against the prerendered site served by scripts/serve.js.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result as AxeResult } from 'axe-core';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer } from '../../scripts/serve.js';
import { launchBrowser } from '../../bench/browser';

/** The one Chromium launcher, shared with the bench. */
export { chromiumPath, launchBrowser } from '../../bench/browser';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = path.join(REPO, 'tests/browser/screenshots');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Site = Awaited<ReturnType<typeof startServer>>;
export type SiteOptions = { root?: string; base?: string };
export type PageOptions = {
	width?: number;
	height?: number;
	javaScriptEnabled?: boolean;
	reducedMotion?: 'reduce' | 'no-preference';
};
export type OpenedPage = {
	page: Page;
	/** Console errors and uncaught exceptions, in order; assert `toEqual([])`. */
	errors: string[];
	close: () => Promise<void>;
};

/** Serves `root` (default: SITE_DIR or the built site in build/) on a free port. */
export async function startSite({ root, base }: SiteOptions = {}): Promise<Site> {
	const dir = path.resolve(REPO, root ?? process.env.SITE_DIR ?? 'build');
	if (!existsSync(path.join(dir, 'index.html'))) {
		throw new Error(`No built site at ${dir}/index.html: run npm run build first`);
	}
	return startServer({ root: dir, base, port: 0 });
}

/**
 * Registers beforeAll/afterAll hooks for one test file: a server and a browser shared by its tests.
 * Use `site.url` (origin + base + '/') and `site.newPage()` inside tests, not at module level.
 */
export function useSite(options: SiteOptions = {}) {
	let site: Site | undefined;
	let browser: Browser | undefined;

	beforeAll(async () => {
		site = await startSite(options);
		browser = await launchBrowser();
	});

	// Runs even when beforeAll or the tests fail, so no Chromium or port outlives the file.
	afterAll(async () => {
		await Promise.allSettled([browser?.close(), site?.close()]);
	});

	function started() {
		if (!site || !browser) throw new Error('useSite(): use the site inside tests, not at load');
		return { site, browser };
	}

	return {
		get url(): string {
			return started().site.url;
		},
		get origin(): string {
			return started().site.origin;
		},
		get browser(): Browser {
			return started().browser;
		},
		/** A page in its own context, so options and storage do not leak between tests. */
		async newPage({
			width = 1280,
			height = 800,
			javaScriptEnabled = true,
			reducedMotion = 'no-preference'
		}: PageOptions = {}): Promise<OpenedPage> {
			const context: BrowserContext = await started().browser.newContext({
				viewport: { width, height },
				javaScriptEnabled,
				reducedMotion
			});
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
			return { page, errors, close: () => context.close() };
		}
	};
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core on the page for WCAG 2.2 AA and returns the violations (empty = pass).
 * The page must have JavaScript enabled.
 */
export async function runAxe(page: Page): Promise<AxeResult[]> {
	axeSource ??= readFile(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
	await page.addScriptTag({ content: await axeSource });
	// Injecting via evaluate() would work with scripting off, but axe.run() then hangs forever
	// because the page's timers never fire, so fail fast instead.
	if (!(await page.evaluate(() => 'axe' in window))) {
		throw new Error('runAxe() needs a page opened with javaScriptEnabled: true');
	}
	return page.evaluate(async (tags) => {
		const { axe } = window as unknown as { axe: typeof import('axe-core') };
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return results.violations;
	}, AXE_TAGS);
}

/** One line per violation and node, for readable assertion messages. */
export function formatViolations(violations: AxeResult[]): string {
	return violations
		.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} – ${v.help}`))
		.join('\n');
}

/** Saves a full-page PNG to tests/browser/screenshots/<name>.png and returns its path. */
export async function screenshot(
	page: Page,
	name: string,
	{ fullPage = false }: { fullPage?: boolean } = {}
): Promise<string> {
	await mkdir(SCREENSHOTS, { recursive: true });
	const file = path.join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '-')}.png`);
	await page.screenshot({ path: file, fullPage });
	return file;
}

/** Resolves once the page has rendered `count` more frames. */
export async function frames(page: Page | Frame, count = 2): Promise<void> {
	await page.evaluate(
		(n) =>
			new Promise<void>((done) => {
				const next = (left: number) =>
					left === 0 ? done() : requestAnimationFrame(() => next(left - 1));
				next(n);
			}),
		count
	);
}

/** How long a page may take to come to rest: transitions last well under a second. */
const STILL_MS = 30_000;

/**
 * Waits until nothing on the page moves: no CSS animation or transition running, and every
 * drawing the same two frames apart (the charts' tweens run on animation frames). For screenshots
 * and contrast checks, which must not catch a chart mid-change.
 */
export async function waitForStill(page: Page): Promise<void> {
	const snapshot = () =>
		page.evaluate(() => {
			const running = document.getAnimations().filter((a) => a.playState === 'running').length;
			let hash = 0;
			for (const svg of document.querySelectorAll('svg')) {
				const text = svg.outerHTML;
				for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
			}
			return { running, hash };
		});
	await expect
		.poll(
			async () => {
				const before = await snapshot();
				await frames(page);
				const after = await snapshot();
				return before.running === 0 && after.running === 0 && before.hash === after.hash;
			},
			{ timeout: STILL_MS }
		)
		.toBe(true);
}
