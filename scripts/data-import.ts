/**
 * `npm run data:import -- <export.csv> [options]`: merge Mexico's rows of OGP's commitment export
 * into data/commitments.csv (see import-ogp.ts for the rules). All or nothing: the new data set is
 * built and validated in a staging folder, then moved in by atomic renames (commit.ts).
 */
import { basename, join } from 'node:path';
import { mergeOgpExport } from '../src/lib/data/import-ogp.ts';
import { FILE_NAMES } from '../src/lib/data/schema.ts';
import { DataError, formatProblem, sortProblems } from '../src/lib/data/problems.ts';
import { checkDataDir, readBytes } from '../src/lib/data/load.ts';
import { commitFiles, hasPendingImport, recoverImport } from '../src/lib/data/commit.ts';
import { acquireImportLock, importLockPath } from '../src/lib/data/lock.ts';
import { decodeText, ENCODINGS, type Encoding } from '../src/lib/data/encoding.ts';
import { escapeText, showValue } from '../src/lib/data/hostile.ts';
import { MAX_EXPORT_BYTES } from '../src/lib/data/limits.ts';
import { EXIT_USAGE, fail, parseCommandLine, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run data:import -- <ogp-export.csv> [options]

Merges Mexico's rows of OGP's commitment export into data/commitments.csv: fills blanks, never
overwrites a sourced value, records the export in data/sources.csv. All or nothing.

Options:
  --url URL             where the export was downloaded (recorded as its source)
  --date YYYY-MM-DD     download date (default: today)
  --encoding NAME       convert an export that is not UTF-8: latin1 or windows-1252
  --dry-run             report what would change; write nothing
  --data DIR            the data folder (default: data)
  --recover             only finish or undo an interrupted import, then stop
  -h, --help            this help
Exit code 0: done; 1: refused (nothing changed); 2: wrong usage.`;

const printProblems = (problems: readonly Parameters<typeof formatProblem>[0][]) => {
	for (const p of sortProblems(problems)) console.error(formatProblem(p));
};

runCommand(() => {
	const { values, positionals } = parseCommandLine(
		{
			url: { type: 'string', default: 'https://www.opengovpartnership.org/' },
			date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
			encoding: { type: 'string', default: 'utf-8' },
			'dry-run': { type: 'boolean', default: false },
			data: { type: 'string', default: 'data' },
			recover: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false }
		},
		USAGE
	);
	if (values.help) return void console.log(USAGE);
	const dir = values.data;
	const usage = (message: string) => fail(`${message}\n\n${USAGE}`, EXIT_USAGE);
	if (dir === '') usage('--data needs a folder name.');
	// One import at a time: held until this process exits, however it exits short of a kill.
	const lock = acquireImportLock(dir);
	if (lock.heldBy) {
		const { pid, started } = lock.heldBy;
		fail(
			`Another import into ${dir}/ is running (process ${pid ?? 'unknown'}, started ${started ?? 'just now'}); wait for it to end. Nothing was changed.\nIf no import is running, delete ${importLockPath(dir)}.`
		);
	}
	process.on('exit', lock.release);
	try {
		const recovered = recoverImport(dir);
		if (recovered === 'finished') console.log(`Finished an interrupted import into ${dir}/.`);
		if (recovered === 'discarded')
			console.log(`Undid an interrupted import; ${dir}/ is as before it.`);
		if (values.recover) return void (recovered === 'none' && console.log('No interrupted import.'));

		if (positionals.length === 0) usage('Missing argument: the OGP export file.');
		if (positionals.length > 1) usage(`Give one export file, not ${positionals.length}.`);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date))
			usage(`--date must be YYYY-MM-DD (got ${showValue(values.date)})`);
		if (!(ENCODINGS as readonly string[]).includes(values.encoding))
			usage(
				`--encoding must be one of ${ENCODINGS.join(', ')} (got ${showValue(values.encoding)})`
			);
		const exportPath = positionals[0]!;

		const current = checkDataDir(dir);
		if (!current.dataset) {
			printProblems(current.problems);
			fail(`${dir}/ does not pass data:check; fix it before importing. Nothing was changed.`);
		}
		const read = readBytes(exportPath, exportPath, MAX_EXPORT_BYTES);
		if (read.problem) {
			const missing = read.problem.message === 'file is missing';
			fail(missing ? `No such file: ${exportPath}` : formatProblem(read.problem));
		}
		const decoded = decodeText(read.bytes, exportPath, values.encoding as Encoding);
		if (decoded.problem) {
			const hint = decoded.problem.message.startsWith('not valid UTF-8')
				? '\nOr, if you are sure of the encoding, pass --encoding latin1 (or windows-1252).'
				: '';
			fail(`${formatProblem(decoded.problem)}${hint}\nNothing was changed.`);
		}
		const text = (name: string) =>
			new TextDecoder().decode(readBytes(join(dir, name), name, Infinity).bytes!);
		let result;
		try {
			result = mergeOgpExport(text('commitments.csv'), text('sources.csv'), decoded.text, {
				sourceId: `ogp-export-${values.date}`,
				url: values.url,
				fileName: basename(exportPath),
				exportPath,
				dataDir: dir,
				date: values.date
			});
		} catch (e) {
			if (!(e instanceof DataError)) throw e;
			printProblems(e.problems);
			fail(`The export could not be read; nothing was changed.`);
		}
		if (result.problems.length > 0) {
			printProblems(result.problems);
			fail(`${result.problems.length} unsafe cell(s) in the export; nothing was changed.`);
		}

		const say = (s: string) => console.log(escapeText(s));
		say(`Read ${result.read.rows} export rows, ${result.read.mexico} for Mexico.`);
		for (const c of result.changes) say(`  filled ${c.rowId}.${c.column} = ${c.value}`);
		for (const c of result.conflicts)
			say(
				`  CONFLICT ${c.rowId}.${c.column} (${c.ogpId}): ours ${showValue(c.ours)}, export ${showValue(c.theirs)}: ${c.reason}`
			);
		for (const u of result.unmatched)
			say(`  UNMATCHED ${u.ogpId} (export line ${u.line}): ${u.reason}`);
		say(
			`${result.changes.length} cell(s) filled, ${result.conflicts.length} conflict(s), ${result.unmatched.length} unmatched.`
		);
		if (values['dry-run'] || result.changes.length === 0) {
			console.log(values['dry-run'] ? 'Dry run: nothing was written.' : 'Nothing to write.');
			return;
		}
		let problems: string[];
		try {
			problems = commitFiles(
				dir,
				{ 'commitments.csv': result.commitmentsCsv, 'sources.csv': result.sourcesCsv },
				{
					allNames: FILE_NAMES,
					validate: (staged) => checkDataDir(staged, dir).problems.map(formatProblem)
				}
			);
		} catch (e) {
			if (!hasPendingImport(dir)) throw e;
			fail(
				`Error: ${(e as Error).message}. The import stopped half-way; run npm run data:import -- --recover --data ${dir} to finish or undo it.`
			);
		}
		if (problems.length > 0) {
			for (const p of problems) console.error(p);
			fail('The merged data would not pass the checks; nothing was written.');
		}
		say(`Wrote ${dir}/commitments.csv and ${dir}/sources.csv.`);
	} finally {
		lock.release();
	}
});
