// Helpers for the browser tests: they drive the system Chromium through playwright-core (no
// downloaded browsers) against the prerendered site served by scripts/serve.js.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result as AxeResult } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../scripts/serve.js';

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

/** The Chromium binary: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	throw new Error(
		'Chromium not found: run `apt-get install chromium`, or set CHROME_PATH to a Chrome/Chromium binary'
	);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		// No sandbox: CI runs as root in a container. The rest keep Chromium from calling home,
		// which is slow and flaky on machines without network.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

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
