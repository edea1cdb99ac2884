/** Reads data/ from disk (build time and scripts only) and validates it. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_NAMES } from './schema';
import { DataError, type Problem } from './problems';
import { validateData, type RawFiles, type ValidationResult } from './validate';
import { hasPendingImport } from './commit';
import { MAX_DATA_FILE_BYTES, tooLargeMessage } from './limits';
import type { Dataset } from './types';

/**
 * The data folder the site is built from: `$DATA_DIR` when set (e.g. a synthetic complete export
 * in a test's temporary folder), else `data/`.
 */
export function dataDir(): string {
	return process.env.DATA_DIR || 'data';
}

/**
 * Read one file's bytes, or say why not, without reading anything too large into memory:
 * folders, missing or unreadable paths and oversized files are refused from their metadata.
 */
export function readBytes(
	path: string,
	shown: string,
	limit: number
): { bytes: Uint8Array; problem: null } | { bytes: null; problem: Problem } {
	const refuse = (message: string) => ({
		bytes: null,
		problem: { file: shown, line: 1, column: 1, message }
	});
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) return refuse('this is a folder, not a file');
		if (!stat.isFile()) return refuse('not a regular file');
		if (stat.size > limit) return refuse(tooLargeMessage(stat.size, limit));
		const bytes = new Uint8Array(readFileSync(path));
		if (bytes.length > limit) return refuse(tooLargeMessage(bytes.length, limit));
		return { bytes, problem: null };
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return refuse('file is missing');
		if (code === 'EACCES' || code === 'EPERM') return refuse('cannot read this file (permission denied)');
		return refuse(`cannot read this file (${code ?? 'unknown error'})`);
	}
}

/**
 * Validate the CSV files in `dir`; problems name files by `shownAs` (default `dir` as given), so
 * a staged copy can report the paths an editor knows.
 */
export function checkDataDir(dir = dataDir(), shownAs = dir): ValidationResult {
	const shownDir = shownAs.replace(/\/+$/, '') || '.';
	const folderProblem = (message: string): ValidationResult => ({
		dataset: null,
		problems: [{ file: shownDir, line: 1, column: 1, message }]
	});
	try {
		if (!statSync(dir).isDirectory()) return folderProblem('not a folder: give the data folder');
	} catch {
		return folderProblem('no such folder');
	}
	if (hasPendingImport(dir))
		return folderProblem(
			'an import into this folder was interrupted: run `npm run data:import -- --recover` to finish it'
		);
	const files: RawFiles = {};
	const problems: Problem[] = [];
	for (const name of FILE_NAMES) {
		const read = readBytes(join(dir, name), `${shownDir}/${name}`, MAX_DATA_FILE_BYTES);
		if (read.bytes) files[name] = read.bytes;
		else if (read.problem.message !== 'file is missing') problems.push(read.problem);
	}
	const result = validateData(files, shownDir);
	if (problems.length === 0) return result;
	const unread = new Set(problems.map((p) => p.file));
	const rest = result.problems.filter((p) => !(unread.has(p.file) && p.message === 'file is missing'));
	return { dataset: null, problems: [...problems, ...rest] };
}

const cached = new Map<string, Dataset>();

/** The validated dataset; throws a DataError listing every problem so the build fails clearly. */
export function loadDataset(dir = dataDir()): Dataset {
	const hit = cached.get(dir);
	if (hit) return hit;
	const { dataset, problems } = checkDataDir(dir);
	if (!dataset) throw new DataError(problems);
	cached.set(dir, dataset);
	return dataset;
}
