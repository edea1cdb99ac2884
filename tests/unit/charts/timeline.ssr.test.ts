import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import { Timeline, toTimelineData, TIMELINE_STATES } from '../../../src/lib/charts/timeline';
import { TIMELINE_STEPS } from '../../../src/lib/charts/timeline/states';
import type { Locale } from '../../../src/lib/format/dates';
import { foreignWords, LOCALES } from './locales';
import { renderChart } from './render';

const dataset = loadDataset();
const render = (state: string, locale: Locale) =>
	renderChart(Timeline, {
		data: toTimelineData(dataset, locale),
		state,
		animate: false,
		locale,
		label: locale === 'es' ? 'Cronología' : 'Timeline'
	});

describe('timeline, rendered without JavaScript', () => {
	const data = toTimelineData(dataset, 'en');
	it.each(TIMELINE_STATES)('%s draws every event and labels the lit ones', (state) => {
		const html = render(state, 'en');
		expect(html.match(/class="mark[ "]/g)).toHaveLength(data.items.length);
		expect(html.match(/data-label="/g) ?? []).toHaveLength(TIMELINE_STEPS[state].notes.length);
		expect(html).toContain('<title>2011: Civil-society groups reject the plan');
	});

	it.each(TIMELINE_STATES)('%s in Spanish: Spanish dates, texts and legend', (state) => {
		const html = render(state, 'es');
		expect(html.match(/class="mark[ "]/g)).toHaveLength(data.items.length);
		expect(html).toContain('<title>2011: Las organizaciones de la sociedad civil rechazan el plan');
	});

	describe.each(LOCALES)('in %s', (locale) => {
		it.each(TIMELINE_STATES)('%s has no word of the other language', (state) => {
			expect(foreignWords(render(state, locale), locale)).toEqual([]);
		});
	});
});
