/** Helpers to read the synthetic fixtures and lay a bad file over the valid set. */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_NAMES, type FileName } from '../../src/lib/data/schema';
import type { RawFiles } from '../../src/lib/data/validate';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID_DIR = join(FIXTURES, 'valid');
export const BAD_DIR = join(FIXTURES, 'bad');

export function readDir(dir: string): RawFiles {
	const files: RawFiles = {};
	for (const name of FILE_NAMES) files[name] = new Uint8Array(readFileSync(join(dir, name)));
	return files;
}

/** The valid fixture with the files of bad/<name> laid over it, as bytes. */
export function badFiles(name: string): RawFiles {
	const files = readDir(VALID_DIR);
	for (const f of readdirSync(join(BAD_DIR, name)))
		files[f as FileName] = new Uint8Array(readFileSync(join(BAD_DIR, name, f)));
	return files;
}

/** Same, written to a temporary folder (for the command-line tests). */
export function badDir(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `ogp-bad-${name}-`));
	cpSync(VALID_DIR, dir, { recursive: true });
	cpSync(join(BAD_DIR, name), dir, { recursive: true });
	return dir;
}
