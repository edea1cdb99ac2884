/** Partial dates (year, month or day precision) as time ranges, for sorting and drawing. */
import type { PartialDate } from './types';

export interface DateRange {
	/** First instant the date can mean (UTC ms). */
	start: number;
	/** Instant just after the last day it can mean (UTC ms), exclusive. */
	end: number;
}

function parts(d: PartialDate): [number, number | undefined, number | undefined] {
	const [y, m, day] = d.value.split('-').map(Number);
	return [y!, m, day];
}

/** The span a partial date covers: a whole year, a whole month or one day. */
export function toRange(d: PartialDate): DateRange {
	const [y, m, day] = parts(d);
	if (d.precision === 'year') return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
	if (d.precision === 'month') return { start: Date.UTC(y, m! - 1, 1), end: Date.UTC(y, m!, 1) };
	return { start: Date.UTC(y, m! - 1, day!), end: Date.UTC(y, m! - 1, day! + 1) };
}

/**
 * Chronological order for dates of mixed precision. Sorting by the end of each range keeps every
 * pair in order whenever their order is certain (A ends before B starts); a coarse date whose
 * range contains a finer one sorts after it ("2011" after "2011-09-20"), never before, so a
 * year-only date is never drawn as 1 January.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
	const ra = toRange(a);
	const rb = toRange(b);
	return ra.end - rb.end || rb.start - ra.start;
}

/** True when A certainly happened before B, whatever their precision. */
export function certainlyBefore(a: PartialDate, b: PartialDate): boolean {
	return toRange(a).end <= toRange(b).start;
}

/** Whole months from the start of A's range to the end of B's range (inclusive span). */
export function monthsSpanned(from: PartialDate, to: PartialDate): number {
	const a = new Date(toRange(from).start);
	const b = new Date(toRange(to).end - 1);
	return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}
