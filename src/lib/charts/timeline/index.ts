export { default as Timeline } from './Timeline.svelte';
export { toTimelineData, type TimelineData } from './data';
export { TIMELINE_STATES, DEFAULT_TIMELINE_STATE } from './states';
export { TIMELINE_STRINGS, type TimelineStrings } from './strings';
