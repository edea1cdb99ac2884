/**
 * Keeps the presentation and the speaker view on the same slide, both ways, over a
 * BroadcastChannel (same origin, no server, works offline). A window opened on a given slide (a
 * link, a reload) tells the others where it is; the speaker view, and a window opened without a
 * slide, ask with `hello`, and the windows already open answer. A window never re-sends what it receives, so messages
 * cannot echo back and forth.
 */

export interface SyncState {
	/** Step id of the current slide. */
	id: string;
	/** Whether the audience screen is blank. */
	blank: boolean;
}

export type SyncMessage = { type: 'hello' } | ({ type: 'state' } & SyncState);

/** The message, if `data` is one of ours about a known step; anything else is ignored. */
export function parseSyncMessage(data: unknown, ids: readonly string[]): SyncMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.type === 'hello') return { type: 'hello' };
	if (m.type === 'state' && typeof m.id === 'string' && ids.includes(m.id)) {
		return { type: 'state', id: m.id, blank: m.blank === true };
	}
	return null;
}

export interface DeckSync {
	/** Tell the other windows where this one is now. */
	send: (state: SyncState) => void;
	/** Stop listening and close the channel. */
	close: () => void;
}

/**
 * Joins the channel `name`: `receive` is called with another window's state, `current` answers a
 * newcomer's hello; `announce` says this window's own state on joining instead of asking.
 * Without BroadcastChannel (very old browsers) each window simply stands alone.
 */
export function joinDeckSync(
	name: string,
	ids: readonly string[],
	{
		receive,
		current,
		announce
	}: { receive: (state: SyncState) => void; current: () => SyncState; announce: boolean }
): DeckSync {
	if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
	const channel = new BroadcastChannel(name);
	const post = (m: SyncMessage) => channel.postMessage(m);
	channel.onmessage = (event: MessageEvent) => {
		const m = parseSyncMessage(event.data, ids);
		if (m?.type === 'hello') post({ type: 'state', ...current() });
		else if (m?.type === 'state') receive({ id: m.id, blank: m.blank });
	};
	post(announce ? { type: 'state', ...current() } : { type: 'hello' });
	return {
		send: (state) => post({ type: 'state', ...state }),
		close: () => channel.close()
	};
}

/** One channel per language edition, so an English and a Spanish deck never steer each other. */
export const syncChannelName = (locale: string) => `ogp-mexico-present-${locale}`;
