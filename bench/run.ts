// `npm run bench`: builds the site into a temporary folder, adds a zero-JavaScript reference page,
// serves both on 127.0.0.1 and measures bytes, Lighthouse and scrolling side by side. Writes
// bench/results/<date>.json and prints a table. `npm run bench -- --no-build` measures build/;
// `npm run bench -- --growth` builds from 1×, 3× and 10× the data instead (see growth.ts).
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.js';
import { launchBrowser } from './browser';
import { FORM_FACTORS, medianFigures, runLighthouse, type LighthouseFigures } from './lighthouse';
import { describeBytes, measureBytes } from './measure-bytes';
import { writeReference } from './reference';
import { formatTable, toRows, type PageResult } from './report';
import { CPU_SLOWDOWN, measureScroll, measureStepping, SCROLL_MS, STEP_MS } from './scroll';
import { formatKinds, measureKinds, type KindResult } from './page-kinds';
import { runGrowth } from './growth';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = path.join(REPO, 'bench/results');
const LIGHTHOUSE_RUNS = 3;
/**
 * Scrolling and desktop Lighthouse are slow, so they run on these pages only; bytes and mobile
 * Lighthouse (the score goal is on /, /es/, /present/ and a chart embed) run on all.
 */
const SLOW_PAGES = ['reference', '/'];
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true };

type PageInfo = Pick<PageResult, 'label' | 'reference' | 'story'> & { path: string };

const started = Date.now();
function log(message: string) {
	const seconds = Math.round((Date.now() - started) / 1000);
	const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	console.log(`[${clock}] ${message}`);
}

/** A port nothing listens on now, so the build can know the URL it will be served from. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createNetServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Builds into `dir` (with no base path) with SITE_URL set to where the bench serves it, as a
 * published site is built (absolute canonical, hreflang and card URLs); or copies an existing
 * build/ there with --no-build.
 */
function buildSite(dir: string, siteUrl: string) {
	if (process.argv.includes('--no-build')) {
		log('copying build/ (--no-build)');
		cpSync(path.join(REPO, 'build'), dir, { recursive: true });
		return;
	}
	log('building the site');
	const { status } = spawnSync('npm', ['run', 'build'], {
		cwd: REPO,
		stdio: 'inherit',
		env: { ...process.env, BUILD_DIR: dir, BASE_PATH: '', SITE_URL: siteUrl }
	});
	if (status !== 0) throw new Error(`npm run build failed (exit ${status})`);
}

/** A route's URL path from its prerendered file, whichever trailing-slash style was used. */
function routePath(siteDir: string, route: string): string | undefined {
	if (existsSync(path.join(siteDir, route, 'index.html'))) return `/${route}/`;
	if (existsSync(path.join(siteDir, `${route}.html`))) return `/${route}`;
	return undefined;
}

function firstEmbed(siteDir: string): string | undefined {
	const dir = path.join(siteDir, 'embed');
	if (!existsSync(dir)) return undefined;
	const file = (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html'))
		.sort()[0];
	if (!file) return undefined;
	const route = `embed/${file.replace(/\\/g, '/').replace(/(\/index)?\.html$/, '')}`;
	return routePath(siteDir, route);
}

function findPages(siteDir: string, referencePath: string): PageInfo[] {
	const pages: PageInfo[] = [
		{ label: 'reference', path: referencePath, reference: true, story: false },
		{ label: '/', path: '/', reference: false, story: true }
	];
	const es = routePath(siteDir, 'es');
	if (es) pages.push({ label: es, path: es, reference: false, story: true });
	const embed = firstEmbed(siteDir);
	if (embed) pages.push({ label: embed, path: embed, reference: false, story: false });
	const present = routePath(siteDir, 'present');
	if (present) pages.push({ label: present, path: present, reference: false, story: false });
	return pages;
}

async function measureInBrowser(pages: PageInfo[], origin: string): Promise<PageResult[]> {
	const browser = await launchBrowser();
	try {
		const results: PageResult[] = [];
		for (const page of pages) {
			const url = origin + page.path;
			log(`bytes: ${page.label}`);
			const context = await browser.newContext(PHONE);
			const bytes = await measureBytes(await context.newPage(), url).finally(() => context.close());
			if (!page.reference) console.log(describeBytes(bytes, 10));
			let scroll;
			if (SLOW_PAGES.includes(page.label)) {
				log(`scroll: ${page.label} (${SCROLL_MS / 1000} s at ${CPU_SLOWDOWN}× CPU slowdown)`);
				scroll = await measureScroll(browser, url);
			} else if (page.label === '/present/') {
				// The slides' "scroll" is a speaker stepping through them (issue: smooth while stepping).
				log(`stepping: ${page.label} (a slide per ${STEP_MS} ms at ${CPU_SLOWDOWN}× CPU slowdown)`);
				scroll = await measureStepping(browser, url);
			}
			results.push({ ...page, url, bytes, scroll });
		}
		return results;
	} finally {
		await browser.close();
	}
}

/** Runs alternate between pages and form factors, so a noisy minute hurts all of them alike. */
async function measureLighthouse(pages: PageResult[], errors: string[]) {
	const runs = new Map<string, LighthouseFigures[]>();
	const slow = pages.filter((p) => SLOW_PAGES.includes(p.label));
	const measured = (formFactor: (typeof FORM_FACTORS)[number]) =>
		formFactor === 'mobile' ? pages : slow;
	for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
		for (const formFactor of FORM_FACTORS) {
			for (const page of measured(formFactor)) {
				log(`lighthouse ${formFactor} ${i}/${LIGHTHOUSE_RUNS}: ${page.label}`);
				try {
					const figures = await runLighthouse(page.url, formFactor);
					const key = `${formFactor} ${page.label}`;
					runs.set(key, [...(runs.get(key) ?? []), figures]);
				} catch (error) {
					errors.push(String(error));
					log(`  failed: ${error}`);
				}
			}
		}
	}
	for (const page of pages) {
		page.lighthouse = {};
		for (const formFactor of FORM_FACTORS) {
			const figures = runs.get(`${formFactor} ${page.label}`) ?? [];
			if (figures.length)
				page.lighthouse[formFactor] = { median: medianFigures(figures), runs: figures };
		}
	}
}

function commit(): string | undefined {
	const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
	return git.status === 0 ? git.stdout.trim() : undefined;
}

async function main() {
	const siteDir = mkdtempSync(path.join(os.tmpdir(), 'ogp-bench-'));
	try {
		const port = await freePort();
		buildSite(siteDir, `http://127.0.0.1:${port}`);
		const pages = findPages(siteDir, writeReference(siteDir));
		const server = await startServer({ root: siteDir, base: '', port });
		log(`serving ${server.url}: ${pages.map((p) => p.label).join(', ')}`);
		const errors: string[] = [];
		let results: PageResult[];
		let kinds: KindResult[];
		try {
			results = await measureInBrowser(pages, server.origin);
			const browser = await launchBrowser();
			try {
				kinds = await measureKinds(browser, siteDir, server.origin, log);
			} finally {
				await browser.close();
			}
			await measureLighthouse(results, errors);
		} finally {
			await server.close();
		}

		const rows = toRows(results);
		const date = new Date().toISOString().slice(0, 10);
		mkdirSync(RESULTS, { recursive: true });
		const file = path.join(RESULTS, `${date}.json`);
		const machine = { cpus: os.cpus().length, node: process.version, platform: os.platform() };
		const settings = {
			lighthouseRuns: LIGHTHOUSE_RUNS,
			scrollMs: SCROLL_MS,
			cpuSlowdown: CPU_SLOWDOWN
		};
		const json = {
			date: new Date().toISOString(),
			commit: commit(),
			machine,
			settings,
			rows,
			pages: results,
			kinds,
			errors
		};
		writeFileSync(file, `${JSON.stringify(json, null, '\t')}\n`);

		console.log(`\n${formatTable(results, rows)}\n`);
		console.log(
			`Every page kind against the zero-JS reference of the same page:\n${formatKinds(kinds)}\n`
		);
		const missed = rows.filter((r) => r.met === false).map((r) => r.metric);
		console.log(missed.length ? `Goals not met: ${missed.join('; ')}` : 'All goals met.');
		if (errors.length) console.log(`${errors.length} Lighthouse run(s) failed; see ${file}`);
		log(`wrote ${path.relative(REPO, file)}`);
	} finally {
		rmSync(siteDir, { recursive: true, force: true });
	}
}

if (process.argv.includes('--growth')) await runGrowth(log);
else await main();
