/**
 * The importer's all-or-nothing commit, with a fault injected at every single file operation:
 * either the operation fails (full disk: the importer sees the error) or the process dies there
 * (kill: nothing after it runs). Afterwards data/ must hold exactly the old bytes or exactly the
 * new ones, in every file, once any interrupted import has been recovered.
 */
import * as fs from 'node:fs';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	commitFiles,
	hasPendingImport,
	recoverImport,
	stagingDir,
	type FsLayer
} from '../../src/lib/data/commit';
import { checkDataDir } from '../../src/lib/data/load';
import { formatProblem } from '../../src/lib/data/problems';
import { FILE_NAMES } from '../../src/lib/data/schema';
import { VALID_DIR } from './fixtures';

const MUTATING = [
	'mkdirSync',
	'openSync',
	'writeSync',
	'fsyncSync',
	'renameSync',
	'linkSync',
	'rmSync'
] as const;

/** A file system that fails at operation number `at`, once (`fail`) or for good (`kill`). */
function faulty(at: number, mode: 'fail' | 'kill') {
	let count = 0;
	let dead = false;
	const layer: Record<string, unknown> = { ...fs };
	for (const name of MUTATING) {
		const real = fs[name] as (...a: unknown[]) => unknown;
		layer[name] = (...args: unknown[]) => {
			if (dead) throw new Error('process is dead');
			count += 1;
			if (count === at) {
				if (mode === 'kill') dead = true;
				throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
			}
			return real(...args);
		};
	}
	return { layer: layer as unknown as FsLayer, ops: () => count };
}

const snapshot = (dir: string) =>
	Object.fromEntries(FILE_NAMES.map((n) => [n, readFileSync(join(dir, n), 'latin1')]));

function freshData() {
	const root = mkdtempSync(join(tmpdir(), 'ogp-commit-'));
	const dir = join(root, 'data');
	cpSync(VALID_DIR, dir, { recursive: true });
	return dir;
}

/** A real change to two files that still validates: the export becomes a cited source. */
function change(dir: string) {
	const sources = readFileSync(join(dir, 'sources.csv'), 'utf8');
	const commitments = readFileSync(join(dir, 'commitments.csv'), 'utf8');
	return {
		'sources.csv': `${sources}src-new,SYNTHETIC new source,Example,,,https://example.org/new,en,,,\n`,
		'commitments.csv': commitments.replace('pa15-c03,commitment,,', 'pa15-c03,commitment,MX0040,')
	};
}

const commit = (dir: string, fsLayer?: FsLayer) =>
	commitFiles(dir, change(dir), {
		allNames: FILE_NAMES,
		validate: (staged) => checkDataDir(staged, dir).problems.map(formatProblem),
		fs: fsLayer
	});

describe('all-or-nothing commit of data/', () => {
	let probe = '';
	let oldBytes: Record<string, string> = {};
	let newBytes: Record<string, string> = {};
	let total = 0;
	beforeAll(() => {
		probe = freshData();
		oldBytes = snapshot(probe);
		const counter = faulty(Infinity, 'fail');
		expect(commit(probe, counter.layer)).toEqual([]);
		newBytes = snapshot(probe);
		total = counter.ops();
	});

	it('replaces the two changed files, validated, and leaves no staging folder', () => {
		expect(total).toBeGreaterThan(20);
		expect(newBytes['sources.csv']).not.toBe(oldBytes['sources.csv']);
		expect(newBytes['commitments.csv']).toContain('MX0040');
		expect(newBytes['events.csv']).toBe(oldBytes['events.csv']);
		expect(fs.existsSync(stagingDir(probe))).toBe(false);
		expect(checkDataDir(probe).problems).toEqual([]);
	});

	it.each(['fail', 'kill'] as const)(
		'leaves all old or all new bytes when it must %s at any file operation',
		(mode) => {
			const outcomes = new Set<string>();
			for (let at = 1; at <= total; at++) {
				const dir = freshData();
				const { layer } = faulty(at, mode);
				let threw = false;
				try {
					commit(dir, layer);
				} catch {
					threw = true;
				}
				if (mode === 'fail' && threw) {
					// The importer saw the error: data/ must already be old, with nothing to recover.
					expect(hasPendingImport(dir), `operation ${at}`).toBe(false);
					expect(snapshot(dir), `operation ${at}`).toEqual(oldBytes);
				}
				recoverImport(dir);
				const after = snapshot(dir);
				const whole =
					JSON.stringify(after) === JSON.stringify(oldBytes)
						? 'old'
						: JSON.stringify(after) === JSON.stringify(newBytes)
							? 'new'
							: `mixed at operation ${at}`;
				outcomes.add(whole);
				expect(fs.existsSync(stagingDir(dir)), `operation ${at}`).toBe(false);
			}
			expect([...outcomes].sort()).toEqual(['new', 'old']);
		}
	);

	it('refuses an invalid staged set without touching data/', () => {
		const dir = freshData();
		const before = snapshot(dir);
		const problems = commitFiles(
			dir,
			{ 'events.csv': 'event_id,date\n' },
			{ allNames: FILE_NAMES, validate: (s) => checkDataDir(s, dir).problems.map(formatProblem) }
		);
		expect(problems[0]).toMatch(/^.*data\/events\.csv:1:/);
		expect(snapshot(dir)).toEqual(before);
		expect(fs.existsSync(stagingDir(dir))).toBe(false);
	});
});
