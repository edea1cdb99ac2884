/**
 * Every chart's words in one object, for the tests that compare the two languages across all
 * charts. The site never uses this: each chart reads its own `strings.ts`.
 */
import type { Locale } from '../../../src/lib/format/dates';
import { CYCLES_STRINGS, type CyclesStrings } from '../../../src/lib/charts/cycles/strings';
import { FLOW_STRINGS, type FlowStrings } from '../../../src/lib/charts/flow/strings';
import {
	MEMBERSHIP_STRINGS,
	type MembershipStrings
} from '../../../src/lib/charts/membership/strings';
import { TIMELINE_STRINGS, type TimelineStrings } from '../../../src/lib/charts/timeline/strings';

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
