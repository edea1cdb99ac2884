/**
 * Build time: what the plan-windows chart draws. Each plan's three dates as the spans they cover
 * (plans.csv, never more precise than the source), the windows `planCycles` finds between known
 * dates, the plan's commitment count, and which dates are our editorial judgement. Plain,
 * serialisable values only.
 */
import { toRange } from '$lib/data/dates';
import { planCycles } from '$lib/data/derive';
import type { DatePrecision, StageId } from '$lib/data/schema';
import type { Dataset, PartialDate, Plan } from '$lib/data/types';
import { formatPartialDate, type Locale } from '$lib/format/dates';

/** The plan dates the chart draws. */
export type CycleDateField = 'draftingStart' | 'presented' | 'implementationEnd';

/** A date as precise as the sources give it, with the span it covers (UTC ms, end exclusive). */
export interface CycleDate {
	value: string;
	precision: DatePrecision;
	start: number;
	end: number;
	/** "20 September 2011", "April 2013", "2014" in the page's language. */
	label: string;
}

export interface CyclesPlan {
	id: StageId;
	/** plans.csv name_en or name_es. */
	name: string;
	/** plans.csv commitment_count; null when no source gives it. */
	commitments: number | null;
	draftingStart: CycleDate | null;
	presented: CycleDate | null;
	implementationEnd: CycleDate | null;
	/** Dates that are our editorial judgement (plans.csv editorial_fields). */
	editorial: CycleDateField[];
	sourceIds: string[];
}

export interface CyclesData {
	plans: CyclesPlan[];
	/** Time axis (UTC ms): whole years from the first to the last known date. */
	domain: [number, number];
}

const DATE_COLUMNS: Record<CycleDateField, keyof Plan & Plan['editorial_fields'][number]> = {
	draftingStart: 'drafting_start',
	presented: 'presented',
	implementationEnd: 'implementation_end'
};

/** The plan's dates that editorial_fields names as our judgement, in drawing order. */
export function editorialDates(plan: Pick<Plan, 'editorial_fields'>): CycleDateField[] {
	return (Object.keys(DATE_COLUMNS) as CycleDateField[]).filter((f) =>
		plan.editorial_fields.includes(DATE_COLUMNS[f])
	);
}

function toCycleDate(d: PartialDate | null, locale: Locale): CycleDate | null {
	if (!d) return null;
	return {
		value: d.value,
		precision: d.precision,
		...toRange(d),
		label: formatPartialDate(d, locale)
	};
}

export function toCyclesData(dataset: Dataset, locale: Locale): CyclesData {
	const plans = planCycles(dataset).map(({ stage, plan }) => ({
		id: stage,
		name: locale === 'es' ? plan.name_es : plan.name_en,
		commitments: plan.commitment_count,
		draftingStart: toCycleDate(plan.drafting_start, locale),
		presented: toCycleDate(plan.presented, locale),
		implementationEnd: toCycleDate(plan.implementation_end, locale),
		editorial: editorialDates(plan),
		sourceIds: [...plan.source_ids]
	}));
	const known = plans.flatMap((p) =>
		[p.draftingStart, p.presented, p.implementationEnd].flatMap((d) => (d ? [d] : []))
	);
	if (known.length === 0) throw new Error('plans.csv holds no plan dates for the cycles chart');
	const first = new Date(Math.min(...known.map((d) => d.start))).getUTCFullYear();
	const last = new Date(Math.max(...known.map((d) => d.end)) - 1).getUTCFullYear();
	return { plans, domain: [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)] };
}
