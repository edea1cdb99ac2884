/**
 * Slide navigation as a pure reducer: the current slide, the blank screen and a slide number being
 * typed. The presentation and the speaker view both run it; only the reducer decides what a key
 * does, so both windows behave the same and every rule is unit-tested.
 */

export interface DeckState {
	/** Index of the current slide (0-based). */
	index: number;
	/** The screen is blanked (B or "."): the audience sees black. */
	blank: boolean;
	/** Digits typed so far for "number, then Enter" (empty when none). */
	typed: string;
	/**
	 * How the current slide was reached: `step` (next / previous: charts may animate) or `jump`
	 * (Home, End, a number, a link, a reload: charts jump straight to the state).
	 */
	via: 'step' | 'jump';
}

export type DeckAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'digit'; digit: string }
	| { type: 'enter' }
	| { type: 'blank' }
	| { type: 'escape' }
	/** Straight to a slide (a hash, a link): never animated. */
	| { type: 'goto'; index: number }
	/** Another window moved: adopt its slide and blank state. */
	| { type: 'sync'; index: number; blank: boolean };

/** Longest slide number anyone types. */
const MAX_DIGITS = 3;

export const INITIAL_DECK: DeckState = { index: 0, blank: false, typed: '', via: 'jump' };

const clamp = (i: number, count: number) => Math.max(0, Math.min(count - 1, i));

function moveTo(state: DeckState, index: number, via: DeckState['via']): DeckState {
	if (index === state.index)
		return state.blank || state.typed ? { ...state, blank: false, typed: '' } : state;
	return { index, blank: false, typed: '', via };
}

/** The next state of a deck of `count` slides after `action`. Unchanged state is returned as is. */
export function reduceDeck(state: DeckState, action: DeckAction, count: number): DeckState {
	if (count <= 0) return state;
	const last = count - 1;
	switch (action.type) {
		case 'digit':
			if (state.blank || state.typed.length >= MAX_DIGITS) return state;
			return { ...state, typed: state.typed + action.digit };
		case 'escape':
			if (state.typed) return { ...state, typed: '' };
			return state.blank ? { ...state, blank: false } : state;
		case 'blank':
			return { ...state, blank: !state.blank, typed: '' };
		case 'goto':
			return moveTo(state, clamp(action.index, count), 'jump');
		case 'sync': {
			const index = clamp(action.index, count);
			if (index === state.index && action.blank === state.blank) return state;
			const via = Math.abs(index - state.index) === 1 ? 'step' : 'jump';
			return { ...moveTo(state, index, via), blank: action.blank };
		}
	}
	// Any move while the screen is blank only brings the slide back: nothing changes unseen.
	if (state.blank) return { ...state, blank: false, typed: '' };
	switch (action.type) {
		case 'next':
			return state.index < last ? moveTo(state, state.index + 1, 'step') : clearTyped(state);
		case 'prev':
			return state.index > 0 ? moveTo(state, state.index - 1, 'step') : clearTyped(state);
		case 'first':
			return moveTo(state, 0, 'jump');
		case 'last':
			return moveTo(state, last, 'jump');
		case 'enter': {
			if (!state.typed) return reduceDeck(state, { type: 'next' }, count);
			const n = Number(state.typed);
			// A number outside the deck is dropped rather than guessed at.
			return n >= 1 && n <= count ? moveTo(state, n - 1, 'jump') : clearTyped(state);
		}
	}
}

function clearTyped(state: DeckState): DeckState {
	return state.typed ? { ...state, typed: '' } : state;
}

/**
 * Index of the slide named by a URL hash (`#sectors`), or null when the hash names none. An old
 * step id (`aliases`: old id -> new id, e.g. `#dashboard`) opens its replacement.
 */
export function indexFromHash(
	hash: string,
	ids: readonly string[],
	aliases: Readonly<Record<string, string>> = {}
): number | null {
	let id: string;
	try {
		id = decodeURIComponent(hash.replace(/^#/, '')).trim();
	} catch {
		return null;
	}
	const alias = aliases[id];
	const i = ids.indexOf(alias !== undefined && !ids.includes(id) ? alias : id);
	return i < 0 ? null : i;
}
