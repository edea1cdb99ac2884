/**
 * Builds the site from a synthetic complete OGP export, the way an editor would: data/ copied to a
 * temporary folder, `npm run data:import` with tests/fixtures/complete-export/ogp-export.csv, the
 * counts typed in figures.csv brought in line with the rows (the build names each one that is
 * not), then a build with DATA_DIR and BUILD_DIR in that folder and SVELTEKIT_OUT_DIR in an
 * ignored `.svelte-kit-complete-*` folder of the repo (its server code must resolve node_modules),
 * so build/ and .svelte-kit/ are never touched. Nothing synthetic reaches data/.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { checkDataDir } from '../../src/lib/data/load';
import { deriveFlowCounts, FIGURES_DERIVED } from '../../src/lib/charts/flow/derived';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const EXPORT = path.join(REPO, 'tests/fixtures/complete-export/ogp-export.csv');

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...env } });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} failed:\n${out}`))
		);
	});
}

/** figures.csv with every derivable count set to what the rows give; returns what changed. */
export function reconcileFigures(dataDir: string): string[] {
	const { dataset, problems } = checkDataDir(dataDir);
	if (!dataset) throw new Error(`synthetic data is invalid:\n${JSON.stringify(problems)}`);
	const derived = deriveFlowCounts(dataset);
	const file = path.join(dataDir, 'figures.csv');
	const [header, ...rows] = csvParseRows(readFileSync(file, 'utf8'));
	const col = (name: string) => header!.indexOf(name);
	const changed: string[] = [];
	for (const row of rows) {
		const key = FIGURES_DERIVED[row[col('figure_id')]!];
		if (!key || String(derived[key]) === row[col('value')]) continue;
		changed.push(`${row[col('figure_id')]}: ${row[col('value')]} → ${derived[key]}`);
		row[col('value')] = String(derived[key]);
		row[col('notes')] = `SYNTHETIC: set from the synthetic export's rows. ${row[col('notes')]}`;
	}
	writeFileSync(file, csvFormatRows([header!, ...rows]) + '\n');
	return changed;
}

export interface CompleteBuild {
	root: string;
	data: string;
	build: string;
	importLog: string;
	reconciled: string[];
}

/** Makes the synthetic complete-data site in a new temporary folder (tens of seconds). */
export async function buildComplete(): Promise<CompleteBuild> {
	const root = mkdtempSync(path.join(tmpdir(), 'complete-export-'));
	const data = path.join(root, 'data');
	const build = path.join(root, 'build');
	const kitDir = path.join(REPO, `.svelte-kit-complete-${path.basename(root)}`);
	cpSync(path.join(REPO, 'data'), data, { recursive: true });
	const importLog = await run('npx', [
		'tsx',
		'scripts/data-import.ts',
		EXPORT,
		'--data',
		data,
		'--date',
		'2026-12-02',
		'--url',
		'https://example.org/SYNTHETIC-ogp-export.csv'
	]);
	const reconciled = reconcileFigures(data);
	try {
		await run('npx', ['vite', 'build'], {
			DATA_DIR: data,
			BUILD_DIR: build,
			SVELTEKIT_OUT_DIR: kitDir
		});
	} finally {
		rmSync(kitDir, { recursive: true, force: true });
	}
	return { root, data, build, importLog, reconciled };
}
