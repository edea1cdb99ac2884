import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badDir, FIXTURES, VALID_DIR } from './fixtures';
import { BAD_CASES } from './validate.test';

const TSX = join('node_modules', '.bin', 'tsx');
/** Each test spawns tsx (up to three times): tens of seconds on a busy two-core machine. */
const SPAWN_MS = 60_000;
const run = (script: string, ...args: string[]) =>
	spawnSync(TSX, [join('scripts', script), ...args], { encoding: 'utf8', timeout: SPAWN_MS });

describe('npm run data:check', { timeout: SPAWN_MS * 3 }, () => {
	it('passes on the bundled data/', () => {
		const out = run('data-check.ts');
		expect(out.stderr).toBe('');
		expect(out.status).toBe(0);
		expect(out.stdout).toMatch(
			/^data\/ is valid: \d+ sources, 4 plans, \d+ clusters, \d+ commitments/
		);
	});

	it('passes on the valid fixture', () => {
		expect(run('data-check.ts', VALID_DIR).status).toBe(0);
	});

	it.each(BAD_CASES)('fails on %s, naming file, line and column', (name, expected) => {
		const dir = badDir(name);
		const out = run('data-check.ts', dir);
		expect(out.status).toBe(1);
		expect(out.stderr).toContain(expected.replace(/^data\//, `${dir}/`));
		expect(out.stderr).toContain('1 problem(s)');
	});
});

describe('npm run data:import', { timeout: SPAWN_MS * 3 }, () => {
	const exportFile = join(FIXTURES, 'ogp-export-synthetic.csv');

	it('fills blanks, reports conflicts and records the export as a source', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ogp-import-'));
		cpSync(VALID_DIR, dir, { recursive: true });
		const out = run('data-import.ts', exportFile, '--data', dir, '--date', '2026-11-26');
		expect(out.status).toBe(0);
		expect(out.stdout).toContain('Read 5 export rows, 4 for Mexico.');
		expect(out.stdout).toContain('filled pa15-c03.ogp_id = MX0040');
		expect(out.stdout).toMatch(
			/CONFLICT pa15-c02\.did_it_open_government \(MX0039\): ours "Major", export "Marginal"/
		);
		expect(out.stdout).toContain('UNMATCHED MX0099');
		const commitments = readFileSync(join(dir, 'commitments.csv'), 'utf8');
		expect(commitments).toContain('Título dos,Title two,,Agencia');
		expect(readFileSync(join(dir, 'sources.csv'), 'utf8')).toContain('ogp-export-2026-11-26,');
		expect(run('data-check.ts', dir).status).toBe(0);
	});

	it('writes nothing on a dry run', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ogp-import-'));
		cpSync(VALID_DIR, dir, { recursive: true });
		const before = readFileSync(join(dir, 'commitments.csv'), 'utf8');
		const out = run('data-import.ts', exportFile, '--data', dir, '--dry-run');
		expect(out.stdout).toContain('Dry run: nothing was written.');
		expect(readFileSync(join(dir, 'commitments.csv'), 'utf8')).toBe(before);
	});

	it('explains a missing file or a bad date', () => {
		expect(run('data-import.ts', 'nope.csv').stderr).toContain('No such file: nope.csv');
		const bad = run('data-import.ts', exportFile, '--date', '26/11/2026');
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('--date must be YYYY-MM-DD');
	});
});
