/** Every state of every chart, for drawing artboards (states.ts of each chart owns its list). */
import { COMPLETION_STATES } from '$lib/charts/completion/states';
import { CYCLES_STATES } from '$lib/charts/cycles/states';
import { FLOW_STATES } from '$lib/charts/flow/states';
import { MEMBERSHIP_STATES } from '$lib/charts/membership/states';
import { TIMELINE_STATES } from '$lib/charts/timeline/states';
import type { ChartId } from '$lib/charts/types';

const STATES: Record<ChartId, readonly string[]> = {
	timeline: TIMELINE_STATES,
	flow: FLOW_STATES,
	completion: COMPLETION_STATES,
	cycles: CYCLES_STATES,
	membership: MEMBERSHIP_STATES
};

export function chartStates(chart: ChartId): readonly string[] {
	return STATES[chart];
}
