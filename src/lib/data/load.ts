/** Reads data/ from disk (build time and scripts only) and validates it. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_NAMES } from './schema';
import { DataError } from './problems';
import { validateData, type RawFiles, type ValidationResult } from './validate';
import type { Dataset } from './types';

/** Validate the CSV files in `dir`; problems name files by `dir` as given. */
export function checkDataDir(dir = 'data'): ValidationResult {
	const files: RawFiles = {};
	for (const name of FILE_NAMES) {
		const path = join(dir, name);
		if (existsSync(path)) files[name] = new Uint8Array(readFileSync(path));
	}
	return validateData(files, dir.replace(/\/+$/, '') || '.');
}

let cached: Dataset | undefined;

/** The validated dataset; throws a DataError listing every problem so the build fails clearly. */
export function loadDataset(dir = 'data'): Dataset {
	if (cached && dir === 'data') return cached;
	const { dataset, problems } = checkDataDir(dir);
	if (!dataset) throw new DataError(problems);
	if (dir === 'data') cached = dataset;
	return dataset;
}
