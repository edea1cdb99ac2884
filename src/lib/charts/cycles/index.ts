export { default as PlanCycles } from './PlanCycles.svelte';
export { toCyclesData, type CyclesData } from './data';
export { CYCLES_STATES, DEFAULT_CYCLES_STATE, CYCLES_STATE_ALIASES } from './states';
export { CYCLES_STRINGS, type CyclesStrings } from './strings';
