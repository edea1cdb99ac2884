/**
 * One import at a time: a second data:import started while another runs is refused with a
 * sentence, and touches neither data/ nor the running import's staging folder (before the lock,
 * it took that folder for an interrupted import and threw it away). A lock left by a killed import
 * is taken over.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingDir } from '../../src/lib/data/commit';
import { acquireImportLock, FRESH_LOCK_MS, importLockPath } from '../../src/lib/data/lock';
import { FILE_NAMES } from '../../src/lib/data/schema';
import { FIXTURES, VALID_DIR } from './fixtures';
import { EXIT_PROBLEMS, run, SPAWN_TIMEOUT } from './spawn';

const EXPORT = join(FIXTURES, 'ogp-export-synthetic.csv');
const snapshot = (dir: string) =>
	JSON.stringify(FILE_NAMES.map((n) => readFileSync(join(dir, n), 'latin1')));

function dataCopy() {
	const dir = join(mkdtempSync(join(tmpdir(), 'ogp-lock-')), 'data');
	mkdirSync(dir);
	cpSync(VALID_DIR, dir, { recursive: true });
	return dir;
}

/** The id of a process that has ended (a lock left by a killed import names one). */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
		encoding: 'utf8'
	});
	return Number(child.stdout);
}

const importInto = (dir: string) =>
	run('data-import.ts', EXPORT, '--data', dir, '--date', '2026-11-26');

describe('the import lock', () => {
	it('is taken once, names its holder, and is free again after release', () => {
		const dir = dataCopy();
		const first = acquireImportLock(dir);
		expect(first.heldBy).toBeNull();
		expect(JSON.parse(readFileSync(importLockPath(dir), 'utf8')).pid).toBe(process.pid);
		const second = acquireImportLock(dir);
		expect(second.release).toBeNull();
		expect(second.heldBy?.pid).toBe(process.pid);
		first.release!();
		expect(existsSync(importLockPath(dir))).toBe(false);
		const third = acquireImportLock(dir);
		expect(third.heldBy).toBeNull();
		third.release!();
	});

	it('takes over a lock whose process is gone', () => {
		const dir = dataCopy();
		writeFileSync(importLockPath(dir), JSON.stringify({ pid: deadPid(), started: 'x' }));
		const lock = acquireImportLock(dir);
		expect(lock.heldBy).toBeNull();
		expect(JSON.parse(readFileSync(importLockPath(dir), 'utf8')).pid).toBe(process.pid);
		lock.release!();
	});

	it('counts an empty lock as held while fresh (being written), and as stale once old', () => {
		const dir = dataCopy();
		writeFileSync(importLockPath(dir), '');
		expect(acquireImportLock(dir).heldBy).toEqual({ pid: null, started: null });
		const old = (Date.now() - FRESH_LOCK_MS * 2) / 1000;
		utimesSync(importLockPath(dir), old, old);
		const lock = acquireImportLock(dir);
		expect(lock.heldBy).toBeNull();
		lock.release!();
	});
});

describe('two imports at once', { timeout: SPAWN_TIMEOUT }, () => {
	it('refuses the second with a sentence, leaving data/ and the first one staging alone', () => {
		const dir = dataCopy();
		const before = snapshot(dir);
		// The first import (this test process, alive) is staging its files right now.
		writeFileSync(importLockPath(dir), JSON.stringify({ pid: process.pid, started: 'now' }));
		mkdirSync(stagingDir(dir));
		writeFileSync(join(stagingDir(dir), 'commitments.csv'), 'half-written');
		const out = importInto(dir);
		expect(out.status).toBe(EXIT_PROBLEMS);
		expect(out.stderr).toContain(`Another import into ${dir}/ is running (process ${process.pid}`);
		expect(out.stderr).toContain(`If no import is running, delete ${importLockPath(dir)}`);
		expect(out.stderr).not.toMatch(/\n\s+at /);
		expect(snapshot(dir)).toBe(before);
		expect(readFileSync(join(stagingDir(dir), 'commitments.csv'), 'utf8')).toBe('half-written');
		expect(existsSync(importLockPath(dir))).toBe(true);
	});

	it('imports after a killed one, and leaves no lock behind', () => {
		const dir = dataCopy();
		const before = snapshot(dir);
		writeFileSync(importLockPath(dir), JSON.stringify({ pid: deadPid(), started: 'then' }));
		const out = importInto(dir);
		expect(out.stderr).toBe('');
		expect(out.status).toBe(0);
		expect(snapshot(dir)).not.toBe(before);
		expect(existsSync(importLockPath(dir))).toBe(false);
	});

	it('leaves no lock behind when it refuses an export', () => {
		const dir = dataCopy();
		const out = run('data-import.ts', join(FIXTURES, 'no-such-export.csv'), '--data', dir);
		expect(out.status).toBe(EXIT_PROBLEMS);
		expect(existsSync(importLockPath(dir))).toBe(false);
	});
});
