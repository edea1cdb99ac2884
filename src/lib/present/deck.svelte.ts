/**
 * One window's deck: its state (from the pure reducer), the URL hash that tracks the slide, and
 * the channel to the other windows. Created per component (never a module-level singleton).
 */
import { replaceState } from '$app/navigation';
import { INITIAL_DECK, indexFromHash, reduceDeck, type DeckAction, type DeckState } from './deck';
import { joinDeckSync, type DeckSync, type SyncState } from './sync';
import { STEP_ALIASES } from '$lib/story/aliases';

export class Deck {
	#state = $state<DeckState>(INITIAL_DECK);
	#sync: DeckSync | null = null;
	readonly ids: readonly string[];
	readonly #channel: string;
	readonly #onchange: (before: DeckState) => void;

	/**
	 * `ids`: the step ids, in order; `channel`: the BroadcastChannel shared with other windows;
	 * `onchange`: called after every change, here or from another window, with the state before.
	 */
	constructor(
		ids: readonly string[],
		channel: string,
		onchange: (before: DeckState) => void = () => {}
	) {
		this.ids = ids;
		this.#channel = channel;
		this.#onchange = onchange;
	}

	get state(): DeckState {
		return this.#state;
	}
	get index(): number {
		return this.#state.index;
	}
	get id(): string {
		return this.ids[this.#state.index]!;
	}
	get count(): number {
		return this.ids.length;
	}

	/** A key, a click or a touch here: move, keep the hash, tell the other windows. */
	act(action: DeckAction): void {
		const before = this.#state;
		const next = reduceDeck(before, action, this.count);
		if (next === before) return;
		this.#state = next;
		if (next.index !== before.index || next.blank !== before.blank) {
			this.#keepHashSoon();
			this.#sync?.send(this.#syncState());
		}
		this.#onchange(before);
	}

	/**
	 * In the browser, after mount: start at the hash's slide, follow hash edits and the other
	 * windows. A `follower` (the speaker view) asks the open windows where they are on joining; any
	 * other window opened on a named slide tells them. Returns the cleanup. (The hash itself is
	 * written by `keepHash`, once the router runs.)
	 */
	connect({ follower = false }: { follower?: boolean } = {}): () => void {
		const start = indexFromHash(location.hash, this.ids, STEP_ALIASES);
		if (start === null && location.hash.length > 1) {
			console.warn(`Unknown slide "${location.hash}"; starting at the first.`);
		}
		if (start !== null)
			this.#state = reduceDeck(this.#state, { type: 'goto', index: start }, this.count);
		const onhashchange = () => {
			const index = indexFromHash(location.hash, this.ids, STEP_ALIASES);
			// A hash that names no slide (a source link, a typo) is put back to the current one.
			if (index === null) this.keepHash();
			else this.act({ type: 'goto', index });
		};
		window.addEventListener('hashchange', onhashchange);
		this.#sync = joinDeckSync(this.#channel, this.ids, {
			receive: (s) => this.#receive(s),
			current: () => this.#syncState(),
			announce: start !== null && !follower
		});
		return () => {
			clearTimeout(this.#hashTimer);
			window.removeEventListener('hashchange', onhashchange);
			this.#sync?.close();
			this.#sync = null;
		};
	}

	#receive({ id, blank }: SyncState): void {
		const before = this.#state;
		const next = reduceDeck(
			before,
			{ type: 'sync', index: this.ids.indexOf(id), blank },
			this.count
		);
		if (next === before) return;
		this.#state = next;
		this.keepHash();
		this.#onchange(before);
	}

	#syncState(): SyncState {
		return { id: this.id, blank: this.#state.blank };
	}

	#hashTimer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * The hash follows a step in a task of its own: SvelteKit's replaceState and the browser's
	 * same-document navigation took 10–15 ms at 4× CPU inside the key press that changes the slide.
	 */
	#keepHashSoon(): void {
		clearTimeout(this.#hashTimer);
		this.#hashTimer = setTimeout(() => this.keepHash());
	}

	/** Puts the current slide in the URL hash (SvelteKit's router must be running: not in onMount). */
	keepHash(): void {
		const hash = `#${this.id}`;
		// Replaces the entry: moving through slides adds nothing to the back button's history.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (location.hash !== hash) replaceState(`${location.pathname}${location.search}${hash}`, {});
	}
}
