export { default as PlanCycles } from './PlanCycles.svelte';
export { toCyclesData, type CyclesData } from './data';
export { CYCLES_STATES, DEFAULT_CYCLES_STATE } from './states';
