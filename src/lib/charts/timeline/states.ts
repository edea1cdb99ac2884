/**
 * Timeline states: which events each step lights. An editorial choice, made by event id so the
 * data stays the single source of dates and texts; a test checks every id exists in events.csv.
 */
export const TIMELINE_STATES = [
	'overview',
	'founding',
	'objection',
	'world-stage',
	'epilogue'
] as const;
export type TimelineState = (typeof TIMELINE_STATES)[number];
export const DEFAULT_TIMELINE_STATE: TimelineState = 'overview';

export const HIGHLIGHTS: Record<TimelineState, readonly string[]> = {
	overview: [],
	founding: ['2011-09-20-ogp-launch', '2011-09-20-first-plan-presented'],
	objection: ['2011-csos-reject-plan', '2011-12-stt-created'],
	'world-stage': [
		'2014-09-24-mexico-assumes-chair',
		'2015-10-28-global-summit',
		'2015-10-30-summit-counter-statement'
	],
	epilogue: ['2016-pa18-11-commitments', '2017-csos-leave-stt', '2017-10-25-eiti-admits-mexico']
};
