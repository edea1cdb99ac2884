/**
 * The cycles chart's one state: the time each plan had, drafting and carrying out. The chart id
 * stays `cycles` (embed URLs in the wild); its old state ids map to `windows`.
 */
export const CYCLES_STATES = ['windows'] as const;
export type CyclesState = (typeof CYCLES_STATES)[number];
export const DEFAULT_CYCLES_STATE: CyclesState = 'windows';

/** State ids earlier versions used (steps, embeds, slides), and the state that replaces each. */
export const CYCLES_STATE_ALIASES: Readonly<Record<string, CyclesState>> = {
	cycles: 'windows',
	dashboard: 'windows'
};

/** The given state id (or an old one) as this chart's state; the default for anything else. */
export function toCyclesState(state: string): CyclesState {
	if ((CYCLES_STATES as readonly string[]).includes(state)) return state as CyclesState;
	return CYCLES_STATE_ALIASES[state] ?? DEFAULT_CYCLES_STATE;
}
