/**
 * `npm run data:check [dir]` (or DATA_DIR=dir): validate the bundled data and print every problem as
 * file:line:column: message (value). Exits 1 when anything is wrong.
 */
import { checkDataDir } from '../src/lib/data/load.ts';
import { formatProblem, sortProblems } from '../src/lib/data/problems.ts';

const dir = process.argv[2] ?? (process.env.DATA_DIR || 'data');
const { dataset, problems } = checkDataDir(dir);
if (!dataset) {
	for (const p of sortProblems(problems)) console.error(formatProblem(p));
	console.error(`\n${problems.length} problem(s) in ${dir}/. Nothing was changed.`);
	process.exit(1);
}
const counts = Object.entries(dataset)
	.map(([name, rows]) => `${rows.length} ${name}`)
	.join(', ');
console.log(`${dir}/ is valid: ${counts}.`);
