/**
 * All-or-nothing replacement of files in data/ (build scripts only). The new data set is built
 * complete in a staging folder beside data/ (same file system, so renames are atomic), validated
 * there, and only then moved in:
 *
 * 1. stage: copy every file of data/ into `.data.import/`, with the changed ones replaced, each
 *    written and fsynced; validate the staged folder as a whole. Any failure: remove it.
 * 2. commit point: hard-link each old file as `<name>.old` (for rollback) and write `COMMIT.json`
 *    (atomically: temp file, fsync, rename). From here on the import counts as done.
 * 3. move: rename each staged file over its old one (atomic per file); fsync data/; remove the
 *    staging folder.
 *
 * A failure in step 3 renames the journal to `ROLLBACK.json`, then the `.old` links back over data/
 * (no disk space needed). A kill in step 3 leaves `COMMIT.json` and `recoverImport` finishes the
 * moves; a kill during a rollback leaves `ROLLBACK.json` and it finishes the rollback; a kill
 * before the commit point leaves data/ untouched.
 * So data/ ends up entirely old or entirely new, never mixed, and never holds a half-written file.
 * The file system is injectable so tests can fail or "kill" at every single write.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file operations used here; tests pass a wrapper that fails on demand. */
export type FsLayer = Pick<
	typeof nodeFs,
	| 'mkdirSync'
	| 'openSync'
	| 'writeSync'
	| 'fsyncSync'
	| 'closeSync'
	| 'renameSync'
	| 'linkSync'
	| 'rmSync'
	| 'readFileSync'
	| 'existsSync'
>;

const JOURNAL = 'COMMIT.json';
const ROLLBACK = 'ROLLBACK.json';
const OLD = '.old';

/** The staging folder for `dir`: a hidden sibling, so it is on the same file system. */
export function stagingDir(dir: string): string {
	const abs = resolve(dir);
	return join(dirname(abs), `.${basename(abs)}.import`);
}

/** Is an interrupted import waiting to be finished (`recoverImport`)? */
export function hasPendingImport(dir: string, fs: FsLayer = nodeFs): boolean {
	const stage = stagingDir(dir);
	return fs.existsSync(join(stage, JOURNAL)) || fs.existsSync(join(stage, ROLLBACK));
}

function writeDurable(fs: FsLayer, path: string, data: string | Uint8Array) {
	const fd = fs.openSync(path, 'wx');
	try {
		fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}

function syncDir(fs: FsLayer, dir: string) {
	const fd = fs.openSync(dir, 'r');
	try {
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}

export type Recovery = 'none' | 'finished' | 'discarded';

/**
 * Bring `dir` back to a whole state after an interrupted import: finish it when it had passed its
 * commit point, otherwise throw its staging folder away (data/ was not touched yet).
 */
export function recoverImport(dir: string, fs: FsLayer = nodeFs): Recovery {
	const stage = stagingDir(dir);
	if (!fs.existsSync(stage)) return 'none';
	const journal = join(stage, JOURNAL);
	if (fs.existsSync(join(stage, ROLLBACK))) {
		rollBack(fs, dir, stage, readNames(fs, join(stage, ROLLBACK)));
		return 'discarded';
	}
	if (!fs.existsSync(journal)) {
		fs.rmSync(stage, { recursive: true, force: true });
		return 'discarded';
	}
	for (const name of readNames(fs, journal)) {
		if (fs.existsSync(join(stage, name))) fs.renameSync(join(stage, name), join(dir, name));
	}
	syncDir(fs, dir);
	fs.rmSync(stage, { recursive: true, force: true });
	return 'finished';
}

const readNames = (fs: FsLayer, path: string) =>
	JSON.parse(String(fs.readFileSync(path, 'utf8'))) as string[];

/**
 * Put the old files back from their `.old` links. For a file not yet replaced, the link and the
 * file are the same inode and the rename changes nothing, so this is safe to repeat.
 */
function rollBack(fs: FsLayer, dir: string, stage: string, names: readonly string[]) {
	for (const name of names)
		if (fs.existsSync(join(stage, name + OLD)))
			fs.renameSync(join(stage, name + OLD), join(dir, name));
	syncDir(fs, dir);
	fs.rmSync(stage, { recursive: true, force: true });
}

export interface CommitOptions {
	/** Every file name of the data set (all are staged, so the whole set is validated). */
	allNames: readonly string[];
	/** Validate the staged folder; any message stops the import before data/ is touched. */
	validate: (stagedDir: string) => string[];
	fs?: FsLayer;
}

/**
 * Replace the files in `changed` (name → new text) inside `dir`, all or nothing. Returns the
 * validation messages if the staged set is invalid (nothing is changed then).
 */
export function commitFiles(
	dir: string,
	changed: Record<string, string>,
	{ allNames, validate, fs = nodeFs }: CommitOptions
): string[] {
	const stage = stagingDir(dir);
	const names = Object.keys(changed);
	fs.mkdirSync(stage);
	try {
		for (const name of allNames)
			writeDurable(fs, join(stage, name), changed[name] ?? fs.readFileSync(join(dir, name)));
		const problems = validate(stage);
		if (problems.length > 0) {
			fs.rmSync(stage, { recursive: true, force: true });
			return problems;
		}
		for (const name of names) fs.linkSync(join(dir, name), join(stage, name + OLD));
		writeDurable(fs, join(stage, JOURNAL + '.tmp'), JSON.stringify(names));
		fs.renameSync(join(stage, JOURNAL + '.tmp'), join(stage, JOURNAL));
		syncDir(fs, stage);
	} catch (e) {
		fs.rmSync(stage, { recursive: true, force: true });
		throw e;
	}
	try {
		for (const name of names) fs.renameSync(join(stage, name), join(dir, name));
		syncDir(fs, dir);
	} catch (e) {
		fs.renameSync(join(stage, JOURNAL), join(stage, ROLLBACK));
		rollBack(fs, dir, stage, names);
		throw e;
	}
	try {
		fs.rmSync(stage, { recursive: true, force: true });
	} catch {
		// data/ is complete and new; a leftover staging folder is cleared by the next recoverImport.
	}
	return [];
}
