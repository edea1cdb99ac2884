/**
 * `npm run data:import -- <export.csv> [--url URL] [--date YYYY-MM-DD] [--dry-run] [--data DIR]`
 * Merge Mexico's rows of OGP's commitment export into data/commitments.csv (see import-ogp.ts for
 * the rules). Nothing is written unless the merged data still passes every check.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeOgpExport } from '../src/lib/data/import-ogp.ts';
import { validateData } from '../src/lib/data/validate.ts';
import { FILE_NAMES, type FileName } from '../src/lib/data/schema.ts';
import { formatProblem, sortProblems } from '../src/lib/data/problems.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		url: { type: 'string', default: 'https://www.opengovpartnership.org/' },
		date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
		'dry-run': { type: 'boolean', default: false },
		data: { type: 'string', default: 'data' }
	}
});

const exportPath = positionals[0];
if (!exportPath || !existsSync(exportPath)) {
	console.error(
		exportPath
			? `No such file: ${exportPath}`
			: 'Usage: npm run data:import -- <ogp-export.csv> [--url URL] [--date YYYY-MM-DD] [--dry-run]'
	);
	process.exit(1);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
	console.error(`--date must be YYYY-MM-DD (got ${values.date})`);
	process.exit(1);
}

const dir = values.data;
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const result = mergeOgpExport(
	read('commitments.csv'),
	read('sources.csv'),
	readFileSync(exportPath, 'utf8'),
	{
		sourceId: `ogp-export-${values.date}`,
		url: values.url,
		fileName: basename(exportPath),
		date: values.date
	}
);

console.log(`Read ${result.read.rows} export rows, ${result.read.mexico} for Mexico.`);
for (const c of result.changes) console.log(`  filled ${c.rowId}.${c.column} = ${c.value}`);
for (const c of result.conflicts)
	console.log(
		`  CONFLICT ${c.rowId}.${c.column} (${c.ogpId}): ours "${c.ours}", export "${c.theirs}": ${c.reason}`
	);
for (const u of result.unmatched)
	console.log(`  UNMATCHED ${u.ogpId} (export line ${u.line}): ${u.reason}`);
console.log(
	`${result.changes.length} cell(s) filled, ${result.conflicts.length} conflict(s), ${result.unmatched.length} unmatched.`
);

const files: Partial<Record<FileName, string>> = {};
for (const name of FILE_NAMES) files[name] = read(name);
files['commitments.csv'] = result.commitmentsCsv;
files['sources.csv'] = result.sourcesCsv;
const { problems } = validateData(files, dir);
if (problems.length > 0) {
	for (const p of sortProblems(problems)) console.error(formatProblem(p));
	console.error('The merged data would not pass the checks; nothing was written.');
	process.exit(1);
}
if (values['dry-run'] || result.changes.length === 0) {
	console.log(values['dry-run'] ? 'Dry run: nothing was written.' : 'Nothing to write.');
} else {
	writeFileSync(join(dir, 'commitments.csv'), result.commitmentsCsv);
	writeFileSync(join(dir, 'sources.csv'), result.sourcesCsv);
	console.log(`Wrote ${dir}/commitments.csv and ${dir}/sources.csv.`);
}
