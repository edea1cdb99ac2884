/**
 * Build-time reduction of the dataset to what the membership chart draws: every figures.csv row
 * whose id starts with `ogp_members_`, each a statement by one source (not a measured series),
 * with the span of time its date covers. Plain, serialisable values only.
 */
import { compareDates, toRange } from '$lib/data/dates';
import type { DatePrecision, FIGURE_QUALIFIERS } from '$lib/data/schema';
import type { Dataset } from '$lib/data/types';
import { formatPartialDate } from '$lib/format/dates';

/** figures.csv rows this chart draws. */
export const MEMBERSHIP_PREFIX = 'ogp_members_';

export interface MembershipFigure {
	id: string;
	value: number;
	qualifier: (typeof FIGURE_QUALIFIERS)[number];
	/** What is counted, as the source words it ("countries", "governments"). */
	unit: string;
	/** When the figure applies, with the span it covers (UTC ms, end exclusive); null if undated. */
	date: {
		value: string;
		precision: DatePrecision;
		start: number;
		end: number;
		label: string;
	} | null;
	description: string;
	sourceIds: string[];
}

export interface MembershipData {
	/** In date order; undated figures last. */
	figures: MembershipFigure[];
}

export function toMembershipData(dataset: Dataset): MembershipData {
	const rows = dataset.figures.filter((f) => f.figure_id.startsWith(MEMBERSHIP_PREFIX));
	if (rows.length === 0) throw new Error(`figures.csv has no "${MEMBERSHIP_PREFIX}…" rows`);
	const sorted = [...rows].sort((a, b) =>
		a.as_of && b.as_of
			? compareDates(a.as_of, b.as_of) || a.figure_id.localeCompare(b.figure_id)
			: a.as_of
				? -1
				: b.as_of
					? 1
					: a.figure_id.localeCompare(b.figure_id)
	);
	return {
		figures: sorted.map((f) => ({
			id: f.figure_id,
			value: f.value,
			qualifier: f.qualifier,
			unit: f.unit,
			date: f.as_of && {
				value: f.as_of.value,
				precision: f.as_of.precision,
				...toRange(f.as_of),
				label: formatPartialDate(f.as_of, 'en')
			},
			description: f.description_en,
			sourceIds: [...f.source_ids]
		}))
	};
}
