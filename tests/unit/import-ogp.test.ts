import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapVocab, mergeOgpExport, toActionPlan } from '../../src/lib/data/import-ogp';
import { COMPLETION, OGP_VALUES } from '../../src/lib/data/schema';
import { FIXTURES, VALID_DIR } from './fixtures';

const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const options = {
	sourceId: 'ogp-export-2026-11-26',
	url: 'https://www.opengovpartnership.org/',
	fileName: 'export.csv',
	date: '2026-11-26'
};
const merge = (exportCsv = read(FIXTURES, 'ogp-export-synthetic.csv')) =>
	mergeOgpExport(
		read(VALID_DIR, 'commitments.csv'),
		read(VALID_DIR, 'sources.csv'),
		exportCsv,
		options
	);

describe('mergeOgpExport', () => {
	it('never overwrites a sourced value', () => {
		const r = merge();
		const c2 = r.commitmentsCsv.split('\n').find((l) => l.startsWith('pa15-c02'))!;
		expect(c2).toContain(',Title two,');
		expect(c2).toContain(',Major,');
		expect(r.conflicts.map((c) => `${c.rowId}.${c.column}`)).toEqual([
			'pa15-c02.title_en',
			'pa15-c02.lead_institution',
			'pa15-c02.did_it_open_government',
			'pa15-c01.specificity'
		]);
	});

	it('fills blanks and maps OGP wording onto the IRM vocabulary', () => {
		const r = merge();
		expect(r.changes).toContainEqual({
			rowId: 'pa15-c03',
			column: 'completion_midterm',
			value: 'Complete'
		});
		expect(r.changes).toContainEqual({ rowId: 'pa15-c02', column: 'specificity', value: 'High' });
	});

	it('matches by action plan and number when the identifier is new', () => {
		const r = merge();
		expect(r.changes).toContainEqual({ rowId: 'pa15-c03', column: 'ogp_id', value: 'MX0040' });
		expect(r.unmatched).toEqual([
			{ ogpId: 'MX0099', line: 4, reason: 'no row for 2013-2015 commitment 9' }
		]);
	});

	it('ignores other countries and cites the export on changed rows only', () => {
		const r = merge();
		expect(r.read).toEqual({ rows: 5, mexico: 4 });
		const lines = r.commitmentsCsv.split('\n');
		expect(lines.find((l) => l.startsWith('pa15-c03'))).toMatch(/ogp-export-2026-11-26,$/);
		expect(lines.find((l) => l.startsWith('p1-topic'))).not.toContain('ogp-export');
		expect(r.sourcesCsv.trim().split('\n')).toHaveLength(4);
	});

	it('changes nothing when the export adds nothing', () => {
		const r = merge('Commitment Unique Identifier,Country\nBR0001,Brazil\n');
		expect(r.changes).toEqual([]);
		expect(r.sourcesCsv).toBe(read(VALID_DIR, 'sources.csv'));
	});

	it('refuses a file that is not an OGP export', () => {
		expect(() => merge('a,b\n1,2\n')).toThrow(/no "Commitment Unique Identifier" column/);
	});
});

describe('vocabulary helpers', () => {
	it.each([
		['completed', COMPLETION, 'Complete'],
		['Not started', COMPLETION, 'Not Started'],
		['SUBSTANTIAL', COMPLETION, 'Substantial'],
		['Very High', COMPLETION, null],
		['access to information', OGP_VALUES, 'Access to Information']
	] as const)('mapVocab(%s)', (input, vocab, expected) => {
		expect(mapVocab(input, vocab)).toBe(expected);
	});

	it.each([
		['Mexico Action Plan 2013-2015', '2013-2015'],
		['Mexico Action Plan 2011–2013', '2011-2013'],
		['Mexico Action Plan 2019-2021', null],
		['', null]
	])('toActionPlan(%s)', (input, expected) => {
		expect(toActionPlan(input)).toBe(expected);
	});
});
