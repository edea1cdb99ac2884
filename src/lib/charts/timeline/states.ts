/**
 * Timeline states: which events each step lights and which of them it annotates. An editorial
 * choice, made by event id so the data stays the single source of dates and texts; a test checks
 * every id exists in events.csv and every annotation has its words in strings.ts.
 */
export const TIMELINE_STATES = [
	'overview',
	'founding',
	'objection',
	'world-stage',
	'walkout',
	'epilogue'
] as const;
export type TimelineState = (typeof TIMELINE_STATES)[number];
export const DEFAULT_TIMELINE_STATE: TimelineState = 'overview';

export interface TimelineStep {
	/** Events drawn in the highlight colour. */
	lit: readonly string[];
	/** Events annotated, most important first (one or two; a third only where it fits). */
	notes: readonly string[];
}

/** The story's beats: drawn darker than the other grey events in the overview. */
export const BEATS: readonly string[] = [
	'2011-09-20-ogp-launch',
	'2011-12-stt-created',
	'2013-04-pa15-drafting-starts',
	'2014-09-24-mexico-assumes-chair',
	'2015-10-28-global-summit',
	'2017-csos-leave-stt',
	'2017-10-25-eiti-admits-mexico'
];

export const TIMELINE_STEPS: Record<TimelineState, TimelineStep> = {
	overview: { lit: [], notes: ['2011-09-20-ogp-launch', '2017-csos-leave-stt'] },
	founding: {
		lit: ['2011-09-20-ogp-launch', '2011-09-20-first-plan-presented'],
		notes: ['2011-09-20-ogp-launch', '2011-09-20-first-plan-presented']
	},
	objection: {
		lit: ['2011-csos-reject-plan', '2011-12-stt-created'],
		notes: ['2011-csos-reject-plan', '2011-12-stt-created']
	},
	'world-stage': {
		lit: [
			'2014-09-24-mexico-assumes-chair',
			'2015-10-28-global-summit',
			'2015-10-30-summit-counter-statement'
		],
		notes: [
			'2014-09-24-mexico-assumes-chair',
			'2015-10-30-summit-counter-statement',
			'2015-10-28-global-summit'
		]
	},
	walkout: { lit: ['2017-csos-leave-stt'], notes: ['2017-csos-leave-stt'] },
	epilogue: {
		lit: ['2015-01-eiti-intention', '2017-10-25-eiti-admits-mexico'],
		notes: ['2017-10-25-eiti-admits-mexico', '2015-01-eiti-intention']
	}
};

/** Lit event ids per state (kept for the story's tests and text alternatives). */
export const HIGHLIGHTS: Record<TimelineState, readonly string[]> = Object.fromEntries(
	TIMELINE_STATES.map((s) => [s, TIMELINE_STEPS[s].lit])
) as Record<TimelineState, readonly string[]>;

/** The given state id, or the default for an id this chart does not know. */
export function toTimelineState(state: string): TimelineState {
	return (TIMELINE_STATES as readonly string[]).includes(state)
		? (state as TimelineState)
		: DEFAULT_TIMELINE_STATE;
}
