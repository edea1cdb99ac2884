/** The completion chart's states: the first plan's self-report, then three lenses on the second. */
export const COMPLETION_STATES = ['self-report', 'claim', 'irm', 'dispute'] as const;
export type CompletionState = (typeof COMPLETION_STATES)[number];

export const DEFAULT_COMPLETION_STATE: CompletionState = 'claim';

export function isCompletionState(state: string): state is CompletionState {
	return (COMPLETION_STATES as readonly string[]).includes(state);
}
