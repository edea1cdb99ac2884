/**
 * A real data:import process, killed with SIGKILL just before each of its writes. Afterwards
 * data/ holds the old bytes or (once the interrupted import is recovered) the new ones, in every
 * file; while an import is half-done, data:check refuses to pass it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPendingImport, recoverImport, stagingDir } from '../../src/lib/data/commit';
import { checkDataDir } from '../../src/lib/data/load';
import { FILE_NAMES } from '../../src/lib/data/schema';
import { FIXTURES, VALID_DIR } from './fixtures';
import { runWith, SPAWN_TIMEOUT } from './spawn';

/** Writes of a successful import: the import lock, staging folder, 6 staged files, 2 rollback
 * links, journal write and rename, 2 renames into data/, removal of the staging folder, removal
 * of the lock. */
const WRITES = 16;
const PRELOAD = join(import.meta.dirname, 'kill-at-write.mjs');
const EXPORT = join(FIXTURES, 'ogp-export-synthetic.csv');

const snapshot = (dir: string) =>
	JSON.stringify(FILE_NAMES.map((n) => readFileSync(join(dir, n), 'latin1')));

function importKilledAt(at: number) {
	const root = mkdtempSync(join(tmpdir(), 'ogp-kill-'));
	const dir = join(root, 'data');
	mkdirSync(dir);
	cpSync(VALID_DIR, dir, { recursive: true });
	const out = runWith(
		{
			env: { ...process.env, KILL_ROOT: root, KILL_AT: String(at) },
			nodeArgs: ['--import', PRELOAD]
		},
		'data-import.ts',
		EXPORT,
		'--data',
		dir,
		'--date',
		'2026-11-26'
	);
	return { dir, out };
}

describe('data:import killed at each write', { timeout: SPAWN_TIMEOUT }, () => {
	const oldBytes = snapshot(VALID_DIR);
	let newBytes = '';

	it(`makes ${WRITES} writes when left alone`, () => {
		const { dir, out } = importKilledAt(Infinity);
		expect(out.status).toBe(0);
		expect(out.stderr).toContain(`writes under root: ${WRITES}`);
		newBytes = snapshot(dir);
		expect(newBytes).not.toBe(oldBytes);
	});

	it.each(Array.from({ length: WRITES }, (_, i) => i + 1))(
		'leaves data/ all old or all new when killed before write %i',
		(at) => {
			const { dir, out } = importKilledAt(at);
			expect(String(out.signal ?? out.status)).toMatch(/^(SIGKILL|137)$/);
			const pending = hasPendingImport(dir);
			if (pending)
				expect(checkDataDir(dir).problems[0]!.message).toContain(
					'import into this folder was interrupted'
				);
			else expect([oldBytes, newBytes]).toContain(snapshot(dir));
			recoverImport(dir);
			const after = snapshot(dir);
			expect([oldBytes, newBytes]).toContain(after);
			expect(existsSync(stagingDir(dir))).toBe(false);
			expect(checkDataDir(dir).problems).toEqual([]);
		}
	);
});
