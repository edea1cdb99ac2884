/** The commitment-flow chart's states, in story order. */
import type { StageId } from '$lib/data/schema';

export const FLOW_STATES = ['extended', 'second', 'by-cluster'] as const;
export type FlowState = (typeof FLOW_STATES)[number];
export const DEFAULT_FLOW_STATE: FlowState = 'extended';

/** The plans the chart draws, left to right (top to bottom on narrow boxes). */
export const FLOW_STAGES = [
	'original-2011',
	'extended-2012',
	'plan-2013-2015'
] as const satisfies readonly StageId[];
export type FlowStageId = (typeof FLOW_STAGES)[number];

/** The plan whose commitments regroup by the independent reviewers' sector clusters. */
export const CLUSTERED_STAGE: FlowStageId = 'plan-2013-2015';

/** Which plans' columns each state shows. */
export const VISIBLE_STAGES: Record<FlowState, readonly FlowStageId[]> = {
	extended: ['original-2011', 'extended-2012'],
	second: ['original-2011', 'extended-2012', 'plan-2013-2015'],
	'by-cluster': ['plan-2013-2015']
};

/** Any string as a state of this chart; an unknown id falls back to the default. */
export function toFlowState(state: string): FlowState {
	return (FLOW_STATES as readonly string[]).includes(state)
		? (state as FlowState)
		: DEFAULT_FLOW_STATE;
}
