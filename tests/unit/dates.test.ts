import { describe, expect, it } from 'vitest';
import { certainlyBefore, compareDates, monthsSpanned, toRange } from '../../src/lib/data/dates';
import { isRealDate, precisionOf, splitList } from '../../src/lib/data/cells';
import type { PartialDate } from '../../src/lib/data/types';

const d = (value: string): PartialDate => ({ value, precision: precisionOf(value)! });

describe('partial dates', () => {
	it.each([
		['2011', '2011-01-01', '2012-01-01'],
		['2012-09', '2012-09-01', '2012-10-01'],
		['2012-02', '2012-02-01', '2012-03-01'],
		['2011-09-20', '2011-09-20', '2011-09-21']
	])('%s covers [%s, %s)', (value, start, end) => {
		const r = toRange(d(value));
		expect(new Date(r.start).toISOString().slice(0, 10)).toBe(start);
		expect(new Date(r.end).toISOString().slice(0, 10)).toBe(end);
	});

	it('never puts a year-only date before the events it may contain', () => {
		const sorted = ['2011', '2011-12', '2011-09-20', '2012-06-06', '2010']
			.map(d)
			.sort(compareDates);
		expect(sorted.map((x) => x.value)).toEqual([
			'2010',
			'2011-09-20',
			'2011-12',
			'2011',
			'2012-06-06'
		]);
	});

	it('knows when an order is certain', () => {
		expect(certainlyBefore(d('2011-09-20'), d('2011-12'))).toBe(true);
		expect(certainlyBefore(d('2011'), d('2011-12'))).toBe(false);
		expect(certainlyBefore(d('2011'), d('2012-01-01'))).toBe(true);
	});

	it('counts months spanned', () => {
		expect(monthsSpanned(d('2012-06-06'), d('2012-09'))).toBe(4);
		expect(monthsSpanned(d('2013-04'), d('2015-07'))).toBe(28);
	});

	it.each([
		['2012-02-29', 'day', true],
		['2013-02-29', 'day', false],
		['2011-13', 'month', false],
		['2011-00', 'month', false],
		['2011-12', 'day', false],
		['2011', 'year', true]
	] as const)('isRealDate(%s, %s) = %s', (value, precision, ok) => {
		expect(isRealDate(value, precision)).toBe(ok);
	});

	it('splits lists on semicolons and drops empty items', () => {
		expect(splitList(' a;b ;; c ')).toEqual(['a', 'b', 'c']);
	});
});
