/** The plan-cycles chart's states: every plan's windows, then a zoom on the 2013–2015 plan. */
export const CYCLES_STATES = ['cycles', 'dashboard'] as const;
export type CyclesState = (typeof CYCLES_STATES)[number];
export const DEFAULT_CYCLES_STATE: CyclesState = 'cycles';

/** The given state id, or the default for an id this chart does not know. */
export function toCyclesState(state: string): CyclesState {
	return (CYCLES_STATES as readonly string[]).includes(state)
		? (state as CyclesState)
		: DEFAULT_CYCLES_STATE;
}
