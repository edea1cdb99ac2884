/**
 * Every chart's words in one object, for tests that compare the two languages across all charts.
 * Each chart keeps its own words in `strings.ts` beside it and reads them from there; nothing in
 * the site imports this file.
 */
import type { Locale } from '$lib/format/dates';
import { CYCLES_STRINGS, type CyclesStrings } from '$lib/charts/cycles/strings';
import { FLOW_STRINGS, type FlowStrings } from '$lib/charts/flow/strings';
import { MEMBERSHIP_STRINGS, type MembershipStrings } from '$lib/charts/membership/strings';
import { TIMELINE_STRINGS, type TimelineStrings } from '$lib/charts/timeline/strings';

export interface ChartStrings {
	timeline: TimelineStrings;
	flow: FlowStrings;
	cycles: CyclesStrings;
	membership: MembershipStrings;
}

const of = (l: Locale): ChartStrings => ({
	timeline: TIMELINE_STRINGS[l],
	flow: FLOW_STRINGS[l],
	cycles: CYCLES_STRINGS[l],
	membership: MEMBERSHIP_STRINGS[l]
});

export const CHART_STRINGS: Record<Locale, ChartStrings> = { en: of('en'), es: of('es') };
