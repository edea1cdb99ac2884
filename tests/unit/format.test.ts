import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/format/dates';

describe('formatPartialDate', () => {
	it.each([
		[{ value: '2013', precision: 'year' }, 'en', '2013'],
		[{ value: '2013-10', precision: 'month' }, 'en', 'October 2013'],
		[{ value: '2012-06-06', precision: 'day' }, 'en', '6 June 2012'],
		[{ value: '2012-06-06', precision: 'day' }, 'es', '6 de junio de 2012'],
		[{ value: '2015-10', precision: 'month' }, 'es', 'octubre de 2015']
	] as const)('%o in %s → %s', (d, locale, expected) => {
		expect(formatPartialDate(d, locale)).toBe(expected);
	});
});
