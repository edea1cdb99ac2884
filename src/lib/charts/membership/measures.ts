/**
 * What each membership figure measures. By default a figure measures its figures.csv unit
 * ("countries", "governments"). Two rows count something else, as their own descriptions and
 * notes in figures.csv say, and are drawn apart (hollow, never joined to the others):
 * - ogp_members_founding: the eight *founding governments* at the launch, not the membership
 *   a later count states;
 * - ogp_members_2012: "governments, organisations and developers from 58 countries" (the row's
 *   note), a count of participants' countries that may include more than member governments.
 * An editorial reading of those rows, kept here by figure id; a test checks each id exists.
 */
export const OTHER_MEASURES: Readonly<Record<string, string>> = {
	ogp_members_founding: 'founding',
	ogp_members_2012: 'participants'
};

export function measureOf(figure: { id: string; unit: string }): string {
	return OTHER_MEASURES[figure.id] ?? figure.unit;
}

/** The measure most figures use (ties: the earliest figure's): the one whose points are joined. */
export function mainMeasure(figures: readonly { id: string; unit: string }[]): string {
	const counts = new Map<string, number>();
	for (const f of figures) counts.set(measureOf(f), (counts.get(measureOf(f)) ?? 0) + 1);
	let best = figures[0] ? measureOf(figures[0]) : '';
	for (const [m, n] of counts) if (n > (counts.get(best) ?? 0)) best = m;
	return best;
}
