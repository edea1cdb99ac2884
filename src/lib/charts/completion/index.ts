export { default as CompletionChart } from './CompletionChart.svelte';
export { toCompletionData, type CompletionData } from './data';
export { COMPLETION_STATES, DEFAULT_COMPLETION_STATE } from './states';
export { toCompletionLayout, type CompletionLayout } from './layout';
