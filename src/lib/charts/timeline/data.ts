/** Build time: the events the timeline draws, in a chronologically sound order. */
import { sortEvents } from '$lib/data/derive';
import { toRange } from '$lib/data/dates';
import type { Dataset, PartialDate, TimelineEvent } from '$lib/data/types';
import { EVENT_KINDS } from '$lib/data/schema';
import type { Locale } from '$lib/format/dates';

export interface TimelineItem {
	id: string;
	date: PartialDate;
	/** UTC ms range the date covers (a year-only date covers the whole year). */
	start: number;
	end: number;
	kind: TimelineEvent['kind'];
	/** The event in the page's language (events.csv text_en or text_es). */
	text: string;
}

export interface TimelineData {
	items: TimelineItem[];
	kinds: readonly TimelineEvent['kind'][];
	/** Time domain (UTC ms): whole years from the first to the last event. */
	domain: [number, number];
}

export function toTimelineData(data: Dataset, locale: Locale): TimelineData {
	const items = sortEvents(data.events).map((e) => ({
		id: e.event_id,
		date: e.date,
		...toRange(e.date),
		kind: e.kind,
		text: locale === 'es' ? e.text_es : e.text_en
	}));
	const first = new Date(items[0]!.start).getUTCFullYear();
	const last = new Date(Math.max(...items.map((i) => i.end)) - 1).getUTCFullYear();
	return { items, kinds: EVENT_KINDS, domain: [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)] };
}
