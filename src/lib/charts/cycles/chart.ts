/** The plan-windows chart's registry entry (chart id `cycles`, kept for embed URLs in the wild). */
import { defineChart, uniqueSources } from '../define';
import { PlanCycles, toCyclesData, CYCLES_STATES, DEFAULT_CYCLES_STATE } from './index';

/** The case study whose conclusion captions the chart (sources.csv). */
const CONCLUSION_SOURCE = 'globalintegrity-log-mexico';

export const cyclesChart = defineChart({
	states: CYCLES_STATES,
	defaultState: DEFAULT_CYCLES_STATE,
	toData: toCyclesData,
	sources: (data) =>
		uniqueSources([...toCyclesData(data, 'en').plans.map((p) => p.sourceIds), [CONCLUSION_SOURCE]]),
	component: PlanCycles
});
