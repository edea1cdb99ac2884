import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { CommitmentFlow, FLOW_STATES, toFlowData } from '$lib/charts/flow';
import { CHART_STRINGS } from '$lib/i18n/charts';
import type { Locale } from '$lib/format/dates';
import { foreignWords, LOCALES, readableText } from './locales';
import { renderChart, writePreview } from './render';

const dataset = loadDataset();
const EN = CHART_STRINGS.en.flow;
const count = (stage: string) => dataset.plans.find((p) => p.stage_id === stage)!.commitment_count;
const render = (state: string, locale: Locale = 'en', animate = false) =>
	renderChart(CommitmentFlow, {
		data: toFlowData(dataset, locale),
		state,
		animate,
		locale,
		strings: CHART_STRINGS[locale].flow
	});
const matches = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('CommitmentFlow server-side', () => {
	it.each(FLOW_STATES)('renders every mark, keyed, in state %s', (state) => {
		const html = render(state);
		expect(html).toContain(`data-state="${state}"`);
		// All marks are always in the markup (hidden ones at opacity 0), so they can move.
		expect(matches(html, /data-mark="extended-\d+"/g)).toBe(count('extended-2012'));
		expect(matches(html, /data-mark="pa15-c\d+"/g)).toBe(count('plan-2013-2015'));
		expect(html).toContain(EN.blockLabel.split(' ')[0]);
		expect(html).not.toContain('transition: transform');
	});

	it('shows two plans first, then the third, then the clusters', () => {
		const data = toFlowData(dataset, 'en');
		const visible = (html: string, stage: string) =>
			matches(html, new RegExp(`data-stage="${stage}"[^>]*data-visible="true"`, 'g'));
		const ext = render('extended');
		expect(visible(ext, 'extended-2012')).toBe(count('extended-2012'));
		expect(visible(ext, 'plan-2013-2015')).toBe(0);
		expect(ext).toContain('count not in our sources');
		const second = render('second');
		expect(visible(second, 'plan-2013-2015')).toBe(count('plan-2013-2015'));
		expect(second).toContain(
			'<title>Commitment 5: Base de datos de personas desaparecidas</title>'
		);
		expect(second).toContain('<title>Commitment 7: title not in our sources</title>');
		expect(second).not.toContain('data-link=');
		const grouped = render('by-cluster');
		expect(visible(grouped, 'extended-2012')).toBe(0);
		const unknown = data.groups.at(-1)!;
		expect(matches(grouped, /data-unknown="true"[^>]*data-visible="true"/g)).toBe(unknown.count);
		expect(grouped).toContain(`Cluster not in our sources · ${unknown.count}`);
		expect(grouped).toContain('Competitiveness and economic growth');
	});

	it('draws the same marks in Spanish, in Spanish words', () => {
		const data = toFlowData(dataset, 'es');
		const ext = render('extended', 'es');
		expect(matches(ext, /data-mark="extended-\d+"/g)).toBe(count('extended-2012'));
		expect(readableText(ext).join(' ')).toContain(CHART_STRINGS.es.flow.blockLabel);
		expect(ext).toContain('construido en conjunto');
		const second = render('second', 'es');
		expect(second).toContain(
			'<title>Compromiso 5: Base de datos de personas desaparecidas</title>'
		);
		const grouped = render('by-cluster', 'es');
		expect(grouped).toContain(
			`${CHART_STRINGS.es.flow.clusterUnknown} · ${data.groups.at(-1)!.count}`
		);
		expect(grouped).toContain('Competitividad');
		expect(grouped).toContain('aria-label="Compromisos de los tres primeros planes');
	});

	it('animates with CSS transitions when asked', () => {
		expect(render('second', 'en', true)).toContain('transition: transform');
	});

	describe.each(LOCALES)('in %s', (locale) => {
		it.each(FLOW_STATES)('%s has no word of the other language', (state) => {
			expect(foreignWords(render(state, locale), locale)).toEqual([]);
		});

		it('writes a preview of every state', () => {
			const path = writePreview(
				'flow',
				FLOW_STATES.map((state) => ({ state, html: render(state, locale) })),
				locale
			);
			expect(path).toMatch(locale === 'en' ? /flow\.html$/ : /flow\.es\.html$/);
		});
	});
});
