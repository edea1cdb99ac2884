/** The completion chart's states: the first plan's self-report, then three lenses on the second. */
export const COMPLETION_STATES = ['self-report', 'claim', 'irm', 'dispute'] as const;
export type CompletionState = (typeof COMPLETION_STATES)[number];

export const DEFAULT_COMPLETION_STATE: CompletionState = 'claim';

export function isCompletionState(state: string): state is CompletionState {
	return (COMPLETION_STATES as readonly string[]).includes(state);
}

/** Accessible name of the drawing in each state (the figure carries the full description). */
export const COMPLETION_LABELS: Record<CompletionState, string> = {
	'self-report': "The Extended Action Plan's self-reported status, December 2012",
	claim:
		"The 2013–2015 plan's commitments by sector cluster, as the government's dashboard showed them",
	irm: "The 2013–2015 plan's commitments by sector cluster, with the independent ratings in our sources",
	dispute: "The 2013–2015 plan's commitments by sector cluster, with the one civil society disputed"
};
