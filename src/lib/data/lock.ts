/**
 * One import at a time (build scripts only). An import holds a lock file beside the data folder
 * (`.data.import.lock`, next to the staging folder) from before it recovers or stages anything
 * until it ends, so a second import started meanwhile can neither throw the first one's staging
 * folder away as "interrupted" nor write over its result. The lock names the process holding it;
 * a lock whose process is gone (killed, machine restarted) is stale and taken over.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file operations used here; tests may pass their own. */
export type LockFs = Pick<
	typeof nodeFs,
	'openSync' | 'writeSync' | 'closeSync' | 'readFileSync' | 'rmSync' | 'statSync'
>;

/** A lock file with no process id yet is being written: it counts as held this long. */
export const FRESH_LOCK_MS = 10_000;

/** The lock file for `dir`: a hidden sibling, beside the staging folder. */
export function importLockPath(dir: string): string {
	const abs = resolve(dir);
	return join(dirname(abs), `.${basename(abs)}.import.lock`);
}

export interface LockHolder {
	pid: number | null;
	started: string | null;
}

export type LockResult = { release: () => void; heldBy: null } | { release: null; heldBy: LockHolder };

/** Is process `pid` running? (EPERM: it runs, as another user.) */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readHolder(fs: LockFs, path: string): LockHolder {
	try {
		const { pid, started } = JSON.parse(String(fs.readFileSync(path, 'utf8')));
		return {
			pid: Number.isInteger(pid) && pid > 0 ? pid : null,
			started: typeof started === 'string' ? started : null
		};
	} catch {
		return { pid: null, started: null };
	}
}

/** Is the existing lock still held by a live import? */
function isHeld(fs: LockFs, path: string, holder: LockHolder, alive: (pid: number) => boolean) {
	if (holder.pid !== null) return alive(holder.pid);
	try {
		return Date.now() - fs.statSync(path).mtimeMs < FRESH_LOCK_MS;
	} catch {
		return false;
	}
}

/**
 * Take the import lock for `dir`, or say who holds it. A stale lock (its process gone) is
 * removed and taken.
 */
export function acquireImportLock(
	dir: string,
	{ fs = nodeFs, alive = processAlive }: { fs?: LockFs; alive?: (pid: number) => boolean } = {}
): LockResult {
	const path = importLockPath(dir);
	for (let attempt = 0; attempt < 2; attempt++) {
		let fd: number;
		try {
			fd = fs.openSync(path, 'wx');
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const holder = readHolder(fs, path);
			if (isHeld(fs, path, holder, alive)) return { release: null, heldBy: holder };
			fs.rmSync(path, { force: true });
			continue;
		}
		try {
			const holder = { pid: process.pid, started: new Date().toISOString() };
			fs.writeSync(fd, Buffer.from(JSON.stringify(holder)));
		} finally {
			fs.closeSync(fd);
		}
		return { release: () => fs.rmSync(path, { force: true }), heldBy: null };
	}
	// Another import took the stale lock between our removal and our retry.
	return { release: null, heldBy: readHolder(fs, path) };
}
