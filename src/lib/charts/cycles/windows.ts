/**
 * Pure maths of the plan-windows chart: the windows between a plan's known dates and how long
 * each may have been. A date known only to the month or year covers a span, so a duration is a
 * range (shortest to longest), never a guess in between.
 */
import type { CycleDate, CycleDateField, CyclesPlan } from './data';

export type WindowKind = 'drafting' | 'carryingOut' | 'unsplit';

export interface PlanWindow {
	kind: WindowKind;
	/** Drawn from the start of the first date's span to the end of the last's (UTC ms). */
	start: number;
	end: number;
	/** Shortest and longest the window can have been, in days. */
	minDays: number;
	maxDays: number;
	/** Either end is our editorial judgement. */
	editorial: boolean;
}

const DAY = 86_400_000;
/** Average days per month, for durations stated in months. */
export const DAYS_PER_MONTH = 365.25 / 12;

function between(kind: WindowKind, a: CycleDate, b: CycleDate, editorial: boolean): PlanWindow {
	return {
		kind,
		start: a.start,
		end: b.end,
		minDays: Math.max(0, Math.round((b.start - (a.end - DAY)) / DAY)),
		maxDays: Math.round((b.end - DAY - a.start) / DAY),
		editorial
	};
}

/** The windows a plan's known dates bound: drafting and carrying out, or one unsplit window. */
export function planWindows(plan: CyclesPlan): PlanWindow[] {
	const ed = (...f: CycleDateField[]) => f.some((x) => plan.editorial.includes(x));
	const { draftingStart: s, presented: p, implementationEnd: e } = plan;
	const out: PlanWindow[] = [];
	if (s && p) out.push(between('drafting', s, p, ed('draftingStart', 'presented')));
	if (p && e) out.push(between('carryingOut', p, e, ed('presented', 'implementationEnd')));
	if (s && e && !p) out.push(between('unsplit', s, e, ed('draftingStart', 'implementationEnd')));
	return out;
}

/** The dates no source gives for a plan, in drawing order. */
export function missingDates(plan: CyclesPlan): CycleDateField[] {
	return (['draftingStart', 'presented', 'implementationEnd'] as const).filter((f) => !plan[f]);
}

/** A duration range in whole months (from 2 months up) or days: [from, to, unit]. */
export function durationRange(w: Pick<PlanWindow, 'minDays' | 'maxDays'>): {
	unit: 'months' | 'days';
	from: number;
	to: number;
} {
	if (w.maxDays < 2 * DAYS_PER_MONTH) return { unit: 'days', from: w.minDays, to: w.maxDays };
	return {
		unit: 'months',
		from: Math.round(w.minDays / DAYS_PER_MONTH),
		to: Math.round(w.maxDays / DAYS_PER_MONTH)
	};
}
