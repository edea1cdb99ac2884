/**
 * The probes of issue 14, run as an editor would: each bad argument, path or file gets a sentence
 * (never a stack trace), a non-zero exit code, and leaves the data folder byte for byte as it was.
 * Every probe runs against a temporary copy of the valid fixture, never against data/.
 */
import {
	cpSync,
	mkdirSync,
	rmSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, VALID_DIR } from './fixtures';
import { EXIT_PROBLEMS, EXIT_USAGE, runWith, SPAWN_TIMEOUT } from './spawn';

const EXPORTS = join(FIXTURES, 'exports');
const GOOD_EXPORT = join(FIXTURES, 'ogp-export-synthetic.csv');
/** A heap this small cannot hold a 50 MB file parsed into strings: refusing must not read it. */
const SMALL_HEAP = '--max-old-space-size=48';

/** A temporary data folder (a copy of the valid fixture) with a fingerprint of its bytes. */
function tempData(edit?: (dir: string) => void) {
	const root = mkdtempSync(join(tmpdir(), 'ogp-probe-'));
	const dir = join(root, 'data');
	cpSync(VALID_DIR, dir, { recursive: true });
	edit?.(dir);
	const bytes = () =>
		JSON.stringify(
			readdirSync(root, { recursive: true, encoding: 'utf8' })
				.sort()
				.map((f) => {
					try {
						return [
							f,
							createHash('sha256')
								.update(readFileSync(join(root, f)))
								.digest('hex')
						];
					} catch {
						return [f, 'folder'];
					}
				})
		);
	return { root, dir, before: bytes(), bytes };
}

interface Probe {
	probe: string;
	tool: 'data-check.ts' | 'data-import.ts';
	args: (dir: string, root: string) => string[];
	edit?: (dir: string, root: string) => void;
	message: string | RegExp;
	exit: number;
	env?: Record<string, string>;
}

/** Each probe of issue 14 that a command line can reproduce, with what it must answer. */
export const PROBES: Probe[] = [
	{
		probe: 'data:check with a folder where commitments.csv should be',
		tool: 'data-check.ts',
		edit: (d) => {
			rmSync(join(d, 'commitments.csv'));
			mkdirSync(join(d, 'commitments.csv'));
		},
		args: (d) => [d],
		message: 'commitments.csv:1:1: this is a folder, not a file',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:check on an empty file',
		tool: 'data-check.ts',
		edit: (d) => writeFileSync(join(d, 'events.csv'), ''),
		args: (d) => [d],
		message: 'events.csv:1:1: the file is empty: it needs a header row',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:check on a binary file',
		tool: 'data-check.ts',
		edit: (d) =>
			writeFileSync(join(d, 'events.csv'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 0, 0])),
		args: (d) => [d],
		message: 'events.csv:1:1: the file is binary (it contains NUL bytes), not CSV text',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:check on a UTF-16 file',
		tool: 'data-check.ts',
		edit: (d) =>
			writeFileSync(
				join(d, 'events.csv'),
				Buffer.from('\uFEFF' + readFileSync(join(d, 'events.csv'), 'utf8'), 'utf16le')
			),
		args: (d) => [d],
		message:
			'events.csv:1:1: the file is UTF-16 LE (it starts with a UTF-16 byte order mark), not UTF-8: convert it with: iconv -f utf-16 -t utf-8 events.csv > events-utf8.csv',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:check on a missing folder',
		tool: 'data-check.ts',
		args: (_, r) => [join(r, 'nope')],
		message: 'nope:1:1: no such folder',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:check with an unknown flag',
		tool: 'data-check.ts',
		args: () => ['--bogus'],
		message: "Unknown option '--bogus'.",
		exit: EXIT_USAGE
	},
	{
		probe: 'data:check with a 50 MB file (sparse), small heap',
		tool: 'data-check.ts',
		edit: (d) => truncateSync(join(d, 'events.csv'), 50_000_000),
		args: (d) => [d],
		message: 'events.csv:1:1: file too large: 50,000,000 bytes; the limit is 2,000,000 bytes',
		exit: EXIT_PROBLEMS,
		env: { NODE_OPTIONS: SMALL_HEAP }
	},
	{
		probe: 'data:import with a missing --data folder',
		tool: 'data-import.ts',
		args: (_, r) => [GOOD_EXPORT, '--data', join(r, 'nope')],
		message: 'nope:1:1: no such folder',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import with an unknown flag',
		tool: 'data-import.ts',
		args: (d) => [GOOD_EXPORT, '--data', d, '--force'],
		message: "Unknown option '--force'.",
		exit: EXIT_USAGE
	},
	{
		probe: 'data:import without the export argument',
		tool: 'data-import.ts',
		args: (d) => ['--data', d],
		message: 'Missing argument: the OGP export file.',
		exit: EXIT_USAGE
	},
	{
		probe: 'data:import with --data but no folder name',
		tool: 'data-import.ts',
		args: () => [GOOD_EXPORT, '--data'],
		message: "Option '--data <value>' argument missing",
		exit: EXIT_USAGE
	},
	{
		probe: 'data:import of a folder instead of a file',
		tool: 'data-import.ts',
		args: (d) => [EXPORTS, '--data', d],
		message: 'exports:1:1: this is a folder, not a file',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import of a 50 MB export (sparse), small heap',
		tool: 'data-import.ts',
		edit: (_, r) => {
			writeFileSync(join(r, 'big.csv'), '');
			truncateSync(join(r, 'big.csv'), 50_000_000);
		},
		args: (d, r) => [join(r, 'big.csv'), '--data', d],
		message: 'big.csv:1:1: file too large: 50,000,000 bytes; the limit is 25,000,000 bytes',
		exit: EXIT_PROBLEMS,
		env: { NODE_OPTIONS: SMALL_HEAP }
	},
	{
		probe: 'data:import of a stray quote (used to shift a title into lead_institution)',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'stray-quote.csv'), '--data', d],
		message:
			'stray-quote.csv:2:62: stray quote inside an unquoted field: quote the field and double the "',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import of an unclosed quote (used to swallow the following rows)',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'unclosed-quote.csv'), '--data', d],
		message: 'unclosed-quote.csv:2:46: unclosed quote: this field opens with " but never closes it',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import of a row with one column too many',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'wrong-columns.csv'), '--data', d],
		message: 'wrong-columns.csv:2:148: wrong number of columns: the header has 13, this row has 14',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import of a Latin-1 export (used to become T\uFFFDtulo)',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'latin1.csv'), '--data', d],
		message:
			'latin1.csv:2:57: not valid UTF-8; it looks like Latin-1 (ISO-8859-1): convert it with: iconv -f latin1 -t utf-8 latin1.csv > latin1-utf8.csv ("byte 0xed")',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import of a Windows-1252 export',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'windows-1252.csv'), '--data', d],
		message: 'it looks like Windows-1252: convert it with: iconv -f windows-1252 -t utf-8',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import of a UTF-16 export',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'utf16.csv'), '--data', d],
		message: 'utf16.csv:1:1: the file is UTF-16 LE',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import of =HYPERLINK(…) in a title',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'formula.csv'), '--data', d],
		message:
			'formula.csv:2:46: Commitment Title: starts with "=", so spreadsheets would run it as a formula',
		exit: EXIT_PROBLEMS
	},
	{
		probe: "data:import of =cmd|' /C calc'!A0 (DDE)",
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'dde-formula.csv'), '--data', d],
		message: 'dde-formula.csv:2:62: Lead Institution: starts with "="',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import of terminal escape codes in a title',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'escape-codes.csv'), '--data', d],
		message:
			'contains a control character (U+001B): remove it; such characters are invisible or drive terminals ("SYNTHETIC \\u{1b}]0;pwned\\u{7}Title \\u{1b}[2J three")',
		exit: EXIT_PROBLEMS
	},
	{
		probe: 'data:import with an unknown --encoding',
		tool: 'data-import.ts',
		args: (d) => [join(EXPORTS, 'latin1.csv'), '--data', d, '--encoding', 'ebcdic'],
		message: '--encoding must be one of utf-8, latin1, windows-1252 (got "ebcdic")',
		exit: EXIT_USAGE
	},
	{
		probe: 'data:import into a data folder that fails data:check',
		tool: 'data-import.ts',
		edit: (d) => writeFileSync(join(d, 'events.csv'), 'event_id\n'),
		args: (d) => [GOOD_EXPORT, '--data', d],
		message: 'does not pass data:check; fix it before importing. Nothing was changed.',
		exit: EXIT_PROBLEMS
	}
];

describe(
	'issue 14 probes: a message, an exit code, data untouched',
	{ timeout: SPAWN_TIMEOUT },
	() => {
		it.each(PROBES.map((p) => [p.probe, p] as const))('%s', (_, p) => {
			const data = tempData((d) => p.edit?.(d, join(d, '..')));
			const out = runWith(
				{ env: { ...process.env, ...p.env } },
				p.tool,
				...p.args(data.dir, data.root)
			);
			const all = out.stdout + out.stderr;
			if (typeof p.message === 'string') expect(out.stderr).toContain(p.message);
			else expect(out.stderr).toMatch(p.message);
			expect(out.status).toBe(p.exit);
			expect(all).not.toMatch(/\n\s+at |Error: .*\n\s+at|node:internal/);
			// eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
			expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
			expect(data.bytes()).toBe(data.before);
		});
	}
);

describe(
	'help, and what the import does with an explicit encoding',
	{ timeout: SPAWN_TIMEOUT },
	() => {
		it.each(['data-check.ts', 'data-import.ts'])(
			'%s --help prints the usage and exits 0',
			(tool) => {
				const out = runWith({}, tool, '--help');
				expect(out.status).toBe(0);
				expect(out.stdout).toMatch(/^Usage: npm run data:/);
				expect(out.stdout).toContain('Exit code 0');
			}
		);

		it('converts a Latin-1 export only with --encoding latin1', () => {
			const data = tempData();
			const out = runWith(
				{},
				'data-import.ts',
				join(EXPORTS, 'latin1.csv'),
				'--data',
				data.dir,
				'--encoding',
				'latin1',
				'--date',
				'2026-11-26'
			);
			expect(out.status).toBe(0);
			const commitments = readFileSync(join(data.dir, 'commitments.csv'), 'utf8');
			expect(commitments).toContain('SYNTHETIC Título tres');
			expect(commitments).not.toContain('\uFFFD');
		});

		it('imports a CRLF export like an LF one', () => {
			const data = tempData();
			const out = runWith(
				{},
				'data-import.ts',
				join(EXPORTS, 'crlf.csv'),
				'--data',
				data.dir,
				'--date',
				'2026-11-26'
			);
			expect(out.status).toBe(0);
			expect(readFileSync(join(data.dir, 'commitments.csv'), 'utf8')).toContain(
				'SYNTHETIC Título tres,,SYNTHETIC lead,'
			);
		});

		it('finishes an interrupted import with --recover, and says so', () => {
			const data = tempData();
			mkdirSync(join(data.root, '.data.import'));
			writeFileSync(join(data.root, '.data.import', 'events.csv'), 'half-written');
			const out = runWith({}, 'data-import.ts', '--recover', '--data', data.dir);
			expect(out.status).toBe(0);
			expect(out.stdout).toContain('Undid an interrupted import');
			expect(data.bytes()).toBe(data.before);
		});
	}
);
