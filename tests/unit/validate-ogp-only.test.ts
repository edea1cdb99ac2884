/**
 * The third plan's commitments are known only by their OGP pages (no number in the plan): such
 * rows need no commitment_number, and such a plan may list fewer rows than its count, never more.
 * A plan listed by number still has to list every commitment (see validate.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/lib/data/validate';
import { formatProblem } from '../../src/lib/data/problems';
import { readDir, VALID_DIR } from './fixtures';

const enc = new TextEncoder();
const dec = new TextDecoder();
const text = (v: string | Uint8Array | undefined) => (typeof v === 'string' ? v : dec.decode(v));
const EMPTY = 22; // commitments.csv columns after stage and commitment_number … notes

function withRows(planCount: number, rows: string[]) {
	const files = readDir(VALID_DIR);
	const plan = `plan-2016-2018,2016-2018,Plan three,Plan tres,co-created,Synthetic.,Sintético.,,,,,,,${planCount},src-a,,`;
	files['plans.csv'] = enc.encode(`${text(files['plans.csv']).trimEnd()}\n${plan}\n`);
	files['commitments.csv'] = enc.encode(
		`${text(files['commitments.csv']).trimEnd()}\n${rows.join('\n')}\n`
	);
	return validateData(files, 'data').problems.map(formatProblem);
}

const row = (id: string, ogp: string, number = '') =>
	`pa18-${id},commitment,${ogp},2016-2018,plan-2016-2018,${number}${','.repeat(EMPTY - 3)}src-a,SYNTHETIC`;

describe('commitments known only by their OGP id', () => {
	it('need no number, and their plan may list fewer than its count', () => {
		expect(withRows(11, [row('a', 'MX0066'), row('b', 'MX0068')])).toEqual([]);
	});

	it('still may not outnumber the plan’s count', () => {
		const problems = withRows(1, [row('a', 'MX0066'), row('b', 'MX0068')]);
		expect(problems.join('\n')).toMatch(
			/commitment_count: says 1, but commitments\.csv has 2 commitment rows for plan-2016-2018/
		);
	});

	it('a commitment with neither a number nor an OGP id is still an error', () => {
		const problems = withRows(11, [row('a', '')]);
		expect(problems.join('\n')).toMatch(/commitment_number: required for row_kind commitment/);
	});
});
