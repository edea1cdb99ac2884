/**
 * Cell-level rules, expressed as valibot schemas built from the column specs in schema.ts.
 * Each schema takes the raw (non-blank) string and returns the typed value or a message.
 */
import * as v from 'valibot';
import { DATE_PRECISIONS, type ColumnType, type DatePrecision } from './schema';

export const LIST_SEPARATOR = ';';

const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const DATE_PATTERNS: Record<DatePrecision, RegExp> = {
	year: /^\d{4}$/,
	month: /^\d{4}-\d{2}$/,
	day: /^\d{4}-\d{2}-\d{2}$/
};

/** Split a `;`-separated cell, trimming and dropping empty items. */
export function splitList(raw: string): string[] {
	return raw
		.split(LIST_SEPARATOR)
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** Is `value` a real calendar date in the format its precision demands? */
export function isRealDate(value: string, precision: DatePrecision): boolean {
	if (!DATE_PATTERNS[precision].test(value)) return false;
	const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
	if (m < 1 || m > 12) return false;
	const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth;
}

/** Which precision a written date has, judged from its format alone. */
export function precisionOf(value: string): DatePrecision | null {
	for (const p of DATE_PRECISIONS) if (DATE_PATTERNS[p].test(value)) return p;
	return null;
}

const allowed = (values: readonly string[]) => `allowed: ${values.join(' | ')}`;

function isUrl(s: string): boolean {
	try {
		const u = new URL(s);
		return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
	} catch {
		return false;
	}
}

/** A valibot schema for one non-blank cell of the given column type. */
export function cellSchema(type: ColumnType): v.GenericSchema<string, unknown> {
	switch (type.kind) {
		case 'text':
		case 'ref':
			return v.string();
		case 'id':
			return v.pipe(
				v.string(),
				v.regex(ID_PATTERN, 'not a valid id: use lower-case letters, digits and hyphens')
			);
		case 'enum':
			return v.picklist(type.values as string[], `unknown value; ${allowed(type.values)}`);
		case 'enum-list':
			return v.pipe(
				v.string(),
				v.transform(splitList),
				v.array(v.picklist(type.values as string[], `unknown list item; ${allowed(type.values)}`))
			);
		case 'precision':
			return v.picklist([...DATE_PRECISIONS], `unknown precision; ${allowed(DATE_PRECISIONS)}`);
		case 'date':
			return v.pipe(
				v.string(),
				v.check(
					(s) => precisionOf(s) !== null,
					'not a date: write YYYY, YYYY-MM or YYYY-MM-DD'
				)
			);
		case 'int': {
			const { min = -Infinity, max = Infinity } = type;
			return v.pipe(
				v.string(),
				v.regex(/^-?\d+$/, 'not a whole number'),
				v.transform(Number),
				v.number(),
				v.minValue(min, `must be at least ${min}`),
				v.maxValue(max, `must be at most ${max}`)
			);
		}
		case 'number':
			return v.pipe(
				v.string(),
				v.regex(/^-?\d+(?:\.\d+)?$/, 'not a number: digits only, with . for decimals'),
				v.transform(Number)
			);
		case 'url':
			return v.pipe(v.string(), v.check(isUrl, 'not a well-formed http(s) URL'));
		case 'source-ids':
			return v.pipe(
				v.string(),
				v.transform(splitList),
				v.array(v.pipe(v.string(), v.regex(ID_PATTERN, 'not a valid source id'))),
				v.minLength(1, 'cite at least one source id')
			);
	}
}

/** Validate one non-blank cell: the typed value, or the first message. */
export function parseCell(
	type: ColumnType,
	raw: string
): { ok: true; value: unknown } | { ok: false; message: string } {
	const result = v.safeParse(cellSchema(type), raw);
	if (result.success) return { ok: true, value: result.output };
	return { ok: false, message: result.issues[0]!.message };
}
