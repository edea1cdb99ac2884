/**
 * The deck: a title slide, one slide per story step, the case study's findings, and what the
 * sources cannot tell. Each slide has a stable id for the URL hash (a step's id for its slide).
 */
export const TITLE_SLIDE = 'title';
export const FINDINGS_SLIDE = 'findings';
export const UNKNOWNS_SLIDE = 'what-we-dont-know';

export type DeckSlide =
	| { kind: 'title' | 'findings' | 'unknowns'; id: string }
	/** `step`: the step's index in the story. */
	| { kind: 'step'; id: string; step: number };

export function deckSlides(stepIds: readonly string[]): DeckSlide[] {
	return [
		{ kind: 'title', id: TITLE_SLIDE },
		...stepIds.map((id, step) => ({ kind: 'step' as const, id, step })),
		{ kind: 'findings', id: FINDINGS_SLIDE },
		{ kind: 'unknowns', id: UNKNOWNS_SLIDE }
	];
}
