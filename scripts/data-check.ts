/**
 * `npm run data:check [-- DIR]` (or DATA_DIR=dir): validate the bundled data and print every problem as
 * file:line:column: message (value). Exits 1 when anything is wrong, 2 on a usage mistake.
 */
import { checkDataDir } from '../src/lib/data/load.ts';
import { formatProblem, sortProblems } from '../src/lib/data/problems.ts';
import { EXIT_USAGE, fail, parseCommandLine, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run data:check [-- <folder>]

Checks every CSV file in <folder> (default: $DATA_DIR, else data) and prints each problem as
file:line:column: message (value). Exit code 0: valid; 1: problems found; 2: wrong usage.
See data/README.md for the accepted format and limits.`;

runCommand(() => {
	const { values, positionals } = parseCommandLine(
		{ help: { type: 'boolean', short: 'h' }, data: { type: 'string' } },
		USAGE
	);
	if (values.help) {
		console.log(USAGE);
		return;
	}
	if (positionals.length > 1 || (positionals.length === 1 && values.data))
		fail(
			`Give one data folder, not ${positionals.length + (values.data ? 1 : 0)}.\n\n${USAGE}`,
			EXIT_USAGE
		);
	const dir = values.data ?? positionals[0] ?? (process.env.DATA_DIR || 'data');
	if (dir === '') fail(`The data folder name is empty.\n\n${USAGE}`, EXIT_USAGE);
	const { dataset, problems } = checkDataDir(dir);
	if (!dataset) {
		for (const p of sortProblems(problems)) console.error(formatProblem(p));
		fail(`\n${problems.length} problem(s) in ${dir}/. Nothing was changed.`);
	}
	const counts = Object.entries(dataset)
		.map(([name, rows]) => `${rows.length} ${name}`)
		.join(', ');
	console.log(`${dir}/ is valid: ${counts}.`);
});
