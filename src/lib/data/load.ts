/** Reads data/ from disk (build time and scripts only) and validates it. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_NAMES } from './schema';
import { DataError } from './problems';
import { validateData, type RawFiles, type ValidationResult } from './validate';
import type { Dataset } from './types';

/**
 * The data folder the site is built from: `$DATA_DIR` when set (e.g. a synthetic complete export
 * in a test's temporary folder), else `data/`.
 */
export function dataDir(): string {
	return process.env.DATA_DIR || 'data';
}

/** Validate the CSV files in `dir`; problems name files by `dir` as given. */
export function checkDataDir(dir = dataDir()): ValidationResult {
	const files: RawFiles = {};
	for (const name of FILE_NAMES) {
		const path = join(dir, name);
		if (existsSync(path)) files[name] = new Uint8Array(readFileSync(path));
	}
	return validateData(files, dir.replace(/\/+$/, '') || '.');
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
