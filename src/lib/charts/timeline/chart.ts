/** The timeline's registry entry: its states, data, sources and component. */
import { defineChart, uniqueSources } from '../define';
import { Timeline, toTimelineData, TIMELINE_STATES, DEFAULT_TIMELINE_STATE } from './index';

export const timelineChart = defineChart({
	states: TIMELINE_STATES,
	defaultState: DEFAULT_TIMELINE_STATE,
	toData: toTimelineData,
	sources: (data) => uniqueSources(data.events.map((e) => e.source_ids)),
	component: Timeline
});
