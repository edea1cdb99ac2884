export { default as CommitmentFlow } from './CommitmentFlow.svelte';
export { toFlowData, type FlowData } from './data';
export { FLOW_STATES, DEFAULT_FLOW_STATE } from './states';
export { toFlowLayout, type FlowLayout } from './layout';
