/** The commitment flow's registry entry. */
import { defineChart } from '../define';
import CommitmentFlow from './CommitmentFlow.svelte';
import { toFlowData } from './data';
import { flowSources } from './sources';
import { DEFAULT_FLOW_STATE, FLOW_STATES } from './states';

export const flowChart = defineChart({
	states: FLOW_STATES,
	defaultState: DEFAULT_FLOW_STATE,
	toData: toFlowData,
	sources: flowSources,
	component: CommitmentFlow
});
