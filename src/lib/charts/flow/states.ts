/** The commitment-flow chart's states, in story order: plan by plan, then claim against verdict. */
import type { StageId } from '$lib/data/schema';

export const FLOW_STATES = [
	'plan-2011',
	'extended',
	'self-report',
	'second',
	'by-cluster',
	'claim',
	'verdict',
	'dispute',
	'third',
	'third-verdict'
] as const;
export type FlowState = (typeof FLOW_STATES)[number];
export const DEFAULT_FLOW_STATE: FlowState = 'extended';

/** The plans the chart draws, top to bottom. */
export const FLOW_STAGES = [
	'original-2011',
	'extended-2012',
	'plan-2013-2015',
	'plan-2016-2018'
] as const satisfies readonly StageId[];
export type FlowStageId = (typeof FLOW_STAGES)[number];

/** The plan whose commitments regroup by cluster and carry the claim against the verdict. */
export const CLUSTERED_STAGE: FlowStageId = 'plan-2013-2015';
/** The plan of the epilogue's contrast. */
export const LATER_STAGE: FlowStageId = 'plan-2016-2018';

/** Which plans' bands the plan-by-plan states show (the others are scenes of one plan). */
export const BAND_STAGES: Partial<Record<FlowState, readonly FlowStageId[]>> = {
	'plan-2011': ['original-2011'],
	extended: ['original-2011', 'extended-2012'],
	'self-report': ['original-2011', 'extended-2012'],
	second: ['original-2011', 'extended-2012', 'plan-2013-2015'],
	third: FLOW_STAGES
};

export function isFlowState(state: string): state is FlowState {
	return (FLOW_STATES as readonly string[]).includes(state);
}

/** Any string as a state of this chart; an unknown id falls back to the default. */
export function toFlowState(state: string): FlowState {
	return isFlowState(state) ? state : DEFAULT_FLOW_STATE;
}
