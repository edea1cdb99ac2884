// `npm run bench -- --growth`: how build time, output size and the story's first load grow with
// the data. Builds the site from data/ (1×) and from synthetic copies with 3× and 10× the
// commitments and events (written to a temporary folder, never data/; see growth-data.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.js';
import { checkDataDir } from '../src/lib/data/load';
import { launchBrowser } from './browser';
import { writeSyntheticData } from './growth-data';
import { formatKB, measureBytes } from './measure-bytes';

const REPO = fileURLToPath(new URL('../', import.meta.url));
export const GROWTH_FACTORS = [1, 3, 10] as const;

function folderBytes(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		total += entry.isDirectory() ? folderBytes(p) : statSync(p).size;
	}
	return total;
}

type GrowthRow = {
	factor: number;
	commitments: number;
	events: number;
	buildSeconds: number;
	outputBytes: number;
	artboardBytes: number;
	storyJs: number;
	storyHtml: number;
	storyTotal: number;
	storyDomNodes: number;
};

export async function runGrowth(log: (m: string) => void): Promise<void> {
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'ogp-growth-'));
	const rows: GrowthRow[] = [];
	try {
		for (const factor of GROWTH_FACTORS) {
			const dataDir = factor === 1 ? path.join(REPO, 'data') : path.join(tmp, `data-${factor}`);
			if (factor !== 1) writeSyntheticData(path.join(REPO, 'data'), dataDir, factor);
			const { dataset } = checkDataDir(dataDir);
			const site = path.join(tmp, `site-${factor}`);
			log(`growth ${factor}×: building from ${path.relative(REPO, dataDir) || dataDir}`);
			const started = Date.now();
			const { status } = spawnSync('npm', ['run', 'build'], {
				cwd: REPO,
				stdio: ['ignore', 'ignore', 'inherit'],
				env: {
					...process.env,
					DATA_DIR: dataDir,
					BUILD_DIR: site,
					BASE_PATH: '',
					// Inside the repository, so the built server code finds node_modules.
					SVELTEKIT_OUT_DIR: path.join(REPO, `.svelte-kit-growth-${factor}`)
				}
			});
			const buildSeconds = (Date.now() - started) / 1000;
			if (status !== 0) throw new Error(`build at ${factor}× failed (exit ${status})`);
			const server = await startServer({ root: site, base: '', port: 0 });
			const browser = await launchBrowser();
			try {
				const context = await browser.newContext({
					viewport: { width: 390, height: 844 },
					deviceScaleFactor: 2,
					isMobile: true
				});
				const page = await context.newPage();
				const bytes = await measureBytes(page, server.url);
				const storyDomNodes = await page.evaluate(() => document.querySelectorAll('*').length);
				await context.close();
				rows.push({
					factor,
					commitments: dataset!.commitments.length,
					events: dataset!.events.length,
					buildSeconds,
					outputBytes: folderBytes(site),
					artboardBytes: folderBytes(path.join(site, 'charts')),
					storyJs: bytes.byKind.script.compressed,
					storyHtml: bytes.byKind.document.compressed,
					storyTotal: bytes.total.compressed,
					storyDomNodes
				});
			} finally {
				await browser.close();
				await server.close();
			}
		}
	} finally {
		rmSync(tmp, { recursive: true, force: true });
		for (const factor of GROWTH_FACTORS)
			rmSync(path.join(REPO, `.svelte-kit-growth-${factor}`), { recursive: true, force: true });
	}
	const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
	const header = [
		'data',
		'commitments',
		'events',
		'build',
		'output',
		'artboards',
		'story JS gz',
		'story HTML gz',
		'story total gz',
		'DOM nodes'
	];
	const body = rows.map((r) => [
		`${r.factor}×${r.factor === 1 ? ' (data/)' : ' (synthetic)'}`,
		String(r.commitments),
		String(r.events),
		`${r.buildSeconds.toFixed(0)} s`,
		mb(r.outputBytes),
		mb(r.artboardBytes),
		formatKB(r.storyJs),
		formatKB(r.storyHtml),
		formatKB(r.storyTotal),
		String(r.storyDomNodes)
	]);
	const widths = header.map((_, i) => Math.max(...[header, ...body].map((l) => l[i]!.length)));
	const line = (c: string[]) =>
		c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ');
	console.log(
		`\n${[line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n')}\n`
	);
	const results = path.join(REPO, 'bench/results');
	mkdirSync(results, { recursive: true });
	const file = path.join(results, `${new Date().toISOString().slice(0, 10)}-growth.json`);
	writeFileSync(
		file,
		`${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, rows }, null, '\t')}\n`
	);
	log(`wrote ${path.relative(REPO, file)}`);
}
