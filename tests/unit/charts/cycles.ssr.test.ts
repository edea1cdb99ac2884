import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import { PlanCycles, toCyclesData, CYCLES_STATES } from '../../../src/lib/charts/cycles';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import type { Locale } from '../../../src/lib/format/dates';
import { foreignWords, LOCALES, readableText } from './locales';
import { renderChart, writePreview } from './render';

const dataset = loadDataset();
const render = (state: string, locale: Locale = 'en') =>
	renderChart(PlanCycles, {
		data: toCyclesData(dataset, locale),
		state,
		animate: false,
		locale,
		strings: CHART_STRINGS[locale].cycles
	});
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
/** Label text with each label's lines joined, as a reader reads it. */
const said = (html: string) => readableText(html).join(' ');

describe('plan cycles, rendered without JavaScript', () => {
	const data = toCyclesData(dataset, 'en');

	it('cycles: one row per plan, the known windows solid, the unknown gap dashed', () => {
		const html = render('cycles');
		expect(count(html, /data-group="/g)).toBe(data.plans.length);
		expect(count(html, /data-mark="drafting"/g)).toBe(data.plans.filter((p) => p.drafting).length);
		expect(count(html, /data-mark="implementation"/g)).toBe(
			data.plans.filter((p) => p.implementation).length
		);
		expect(count(html, /data-mark="unknown-gap"[^>]*data-unknown/g)).toBe(1);
		expect(html).toContain('stroke-dasharray="4 3"');
		expect(html).toContain('drafting start and end not in our sources');
		expect(html).toContain('presentation not in our sources');
		expect(said(html)).toContain('† our judgement: from the secretariat’s creation');
		for (const p of data.plans) expect(html).toContain(`>${p.name}<`);
		expect(html).toContain('aria-label="Drafting and carrying-out windows');
	});

	it('dashboard: the focus plan with three cuts and the results, each dated', () => {
		const html = render('dashboard');
		expect(count(html, /data-group="/g)).toBe(2);
		expect(count(html, /data-mark="dashboard-cut"/g)).toBe(3);
		expect(count(html, /data-mark="results"/g)).toBe(1);
		for (const e of data.events) expect(html).toContain(`>${e.date.label}<`);
		expect(html).toContain('← drafting from April 2013');
		expect(html).not.toContain('Extended Action Plan');
	});

	it('draws the same marks in Spanish, with Spanish names, dates and words', () => {
		const es = toCyclesData(dataset, 'es');
		const html = render('cycles', 'es');
		expect(count(html, /data-mark="drafting"/g)).toBe(es.plans.filter((p) => p.drafting).length);
		expect(count(html, /data-mark="unknown-gap"[^>]*data-unknown/g)).toBe(1);
		for (const p of es.plans) expect(html).toContain(`>${p.name}<`);
		expect(said(html)).toContain('presentación no consta en nuestras fuentes');
		expect(said(html)).toContain('† criterio propio: inicia con el Secretariado');
		const dash = render('dashboard', 'es');
		for (const e of es.events) expect(dash).toContain(`>${e.date.label}<`);
		expect(dash).toContain('aria-label="Plan de Acción 2013-2015: cortes de avance');
	});

	describe.each(LOCALES)('in %s', (locale) => {
		it.each(CYCLES_STATES)('%s has no word of the other language', (state) => {
			expect(foreignWords(render(state, locale), locale)).toEqual([]);
		});

		it('writes a preview of every state', () => {
			const path = writePreview(
				'cycles',
				CYCLES_STATES.map((state) => ({ state, html: render(state, locale) })),
				locale
			);
			expect(path).toMatch(locale === 'en' ? /cycles\.html$/ : /cycles\.es\.html$/);
		});
	});
});
