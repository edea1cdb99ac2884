import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import { Timeline, toTimelineData, TIMELINE_STATES } from '../../../src/lib/charts/timeline';
import { HIGHLIGHTS } from '../../../src/lib/charts/timeline/states';
import { UI } from '../../../src/lib/i18n/ui';
import { renderChart, writePreview } from './render';

const data = toTimelineData(loadDataset());
const render = (state: string) =>
	renderChart(Timeline, {
		data,
		state,
		animate: false,
		locale: 'en' as const,
		label: 'Timeline',
		kindLabels: UI.en.eventKinds
	});

describe('timeline, rendered without JavaScript', () => {
	it.each(TIMELINE_STATES)('%s draws every event and labels the lit ones', (state) => {
		const html = render(state);
		expect(html.match(/data-event="/g)).toHaveLength(data.items.length);
		expect(html.match(/data-label="/g) ?? []).toHaveLength(HIGHLIGHTS[state].length);
		expect(html).toContain('<title>2011: Civil-society groups reject the plan');
	});

	it('writes a preview of every state', () => {
		const path = writePreview(
			'timeline',
			TIMELINE_STATES.map((state) => ({ state, html: render(state) }))
		);
		expect(path).toMatch(/timeline\.html$/);
	});
});
