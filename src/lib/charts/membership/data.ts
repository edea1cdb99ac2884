/**
 * Build-time reduction of the dataset to what the membership chart draws: every figures.csv row
 * whose id starts with `ogp_members_`, each a statement by one source (not a measured series),
 * with the span of time its date covers. Plain, serialisable values only.
 */
import { compareDates, toRange } from '$lib/data/dates';
import type { DatePrecision, FIGURE_QUALIFIERS } from '$lib/data/schema';
import type { Dataset } from '$lib/data/types';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import { formatFigure } from '$lib/format/figures';
import { measureOf } from './measures';
import { MEMBERSHIP_STRINGS } from './strings';

/** figures.csv rows this chart draws. */
export const MEMBERSHIP_PREFIX = 'ogp_members_';

export interface MembershipFigure {
	id: string;
	value: number;
	qualifier: (typeof FIGURE_QUALIFIERS)[number];
	/** The number as a reader sees it, with its qualifier ("about 66"), in the page's language. */
	text: string;
	/** What is counted, as figures.csv words it ("countries", "governments"): the figure's kind. */
	unit: string;
	/** What the figure measures (its unit, or an editorial reading in measures.ts). */
	measure: string;
	/** The measure in the page's language. */
	measureLabel: string;
	/** When the figure applies, with the span it covers (UTC ms, end exclusive); null if undated. */
	date: {
		value: string;
		precision: DatePrecision;
		start: number;
		end: number;
		label: string;
	} | null;
	/** figures.csv description_en or description_es. */
	description: string;
	sourceIds: string[];
}

export interface MembershipData {
	/** In date order; undated figures last. */
	figures: MembershipFigure[];
}

export function toMembershipData(dataset: Dataset, locale: Locale): MembershipData {
	const measures = MEMBERSHIP_STRINGS[locale].measures;
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
		figures: sorted.map((f) => {
			const measure = measureOf({ id: f.figure_id, unit: f.unit });
			const measureLabel = measures[measure];
			if (measureLabel === undefined)
				throw new Error(
					`figures.csv ${f.figure_id}: measure "${measure}" has no ${locale} wording in src/lib/charts/membership/strings.ts`
				);
			return {
				id: f.figure_id,
				value: f.value,
				qualifier: f.qualifier,
				text: formatFigure(f, locale),
				unit: f.unit,
				measure,
				measureLabel,
				date: f.as_of && {
					value: f.as_of.value,
					precision: f.as_of.precision,
					...toRange(f.as_of),
					label: formatPartialDate(f.as_of, locale)
				},
				description: locale === 'es' ? f.description_es : f.description_en,
				sourceIds: [...f.source_ids]
			};
		})
	};
}
