// The bench's growth mode builds from synthetic copies of data/ (bench/growth-data.ts): they must
// pass the build's validation, and no row of them may pass for research data.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_MARK, writeSyntheticData } from '../../bench/growth-data';
import { checkFigures } from '$lib/charts/flow/derived';
import { checkDataDir } from '$lib/data/load';
import { FILE_NAMES } from '$lib/data/schema';

describe('synthetic growth data', () => {
	const real = checkDataDir('data').dataset!;
	const dir = mkdtempSync(join(tmpdir(), 'ogp-growth-test-'));
	writeSyntheticData('data', dir, 3);
	const synthetic = checkDataDir(dir).dataset!;
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('holds 3× the commitments and events and passes the same validation as data/', () => {
		expect(synthetic.commitments).toHaveLength(real.commitments.length * 3);
		expect(synthetic.events).toHaveLength(real.events.length * 3);
	});

	it('states counts of commitments that agree with its rows, as the build checks', () => {
		expect(() => checkFigures(synthetic)).not.toThrow();
		const count = synthetic.figures.find((f) => f.figure_id === 'pa15_commitments')!;
		expect(count.value).toBe(
			3 * real.figures.find((f) => f.figure_id === 'pa15_commitments')!.value!
		);
	});

	it.each(FILE_NAMES)('marks every row of %s synthetic', (name) => {
		const rows = csvParse(readFileSync(join(dir, name), 'utf8'));
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(row.notes).toContain(SYNTHETIC_MARK);
	});

	it('leaves data/ alone', () => {
		for (const name of FILE_NAMES)
			expect(readFileSync(join('data', name), 'utf8')).not.toContain(SYNTHETIC_MARK);
	});
});
