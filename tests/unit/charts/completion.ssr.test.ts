/** The completion chart as served without JavaScript: markup per state, plus an HTML preview. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import {
	CompletionChart,
	COMPLETION_STATES,
	toCompletionData
} from '../../../src/lib/charts/completion';
import { CHART_STRINGS } from '../../../src/lib/i18n/charts';
import type { Locale } from '../../../src/lib/format/dates';
import { foreignWords, LOCALES } from './locales';
import { renderChart, writePreview } from './render';

const dataset = loadDataset();
const renderAll = (locale: Locale) => {
	const data = toCompletionData(dataset, locale);
	const strings = CHART_STRINGS[locale].completion;
	return Object.fromEntries(
		COMPLETION_STATES.map((state) => [
			state,
			renderChart(CompletionChart, { data, state, animate: false, locale, strings })
		])
	) as Record<(typeof COMPLETION_STATES)[number], string>;
};
const rendered = { en: renderAll('en'), es: renderAll('es') };
const html = rendered.en;
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
/** Text content, without tags, entities decoded. */
const textOf = (s: string) =>
	s
		.replace(/<title>[^<]*<\/title>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe('CompletionChart (server-rendered)', () => {
	it('self-report: three segments, the 36 line and the arithmetic, no squares', () => {
		const h = html['self-report'];
		expect(count(h, /data-role="segment"/g)).toBe(3);
		expect(count(h, /data-square=/g)).toBe(0);
		const t = textOf(h);
		for (const s of ['21 fully met', '15 partly met', '2 not met', '36 commitments in the plan'])
			expect(t).toContain(s);
		expect(t).toContain('adds up to 38: 2 more than the plan had');
		expect(t).toContain('self-reported');
	});

	it('claim: 26 squares, all claimed, with the headline count', () => {
		const h = html.claim;
		expect(count(h, /data-square=/g)).toBe(26);
		expect(count(h, /data-skin="claim"/g)).toBe(26);
		// Every style the squares carry is a value, never a function's source text.
		expect(h).not.toMatch(/style="[^"]*function/);
		expect(textOf(h)).toContain('26 of 26');
		expect(h).toContain('<title>Commitment 26: title not in our sources.');
		expect(h).toContain('<title>Commitment 1: Tu gobierno en un solo punto (gob.mx).');
	});

	it('irm: 3 rated, 23 drawn as unknown and labelled so', () => {
		const h = html.irm;
		expect(count(h, /data-skin="rated"/g)).toBe(3);
		expect(count(h, /data-skin="unknown"/g)).toBe(23);
		expect(textOf(h)).toContain('23 not rated in our sources');
		expect(count(h, />1 Major</g)).toBe(3);
	});

	it('dispute: C26 disputed and annotated, the rest still drawn', () => {
		const h = html.dispute;
		expect(count(h, /data-square=/g)).toBe(26);
		expect(h).toMatch(/data-square="pa15-c26" data-skin="disputed"/);
		expect(textOf(h)).toContain('at least 4 of 9 objectives disputed');
	});

	it('in Spanish: the same marks, Spanish words', () => {
		const es = rendered.es;
		expect(count(es.claim, /data-skin="claim"/g)).toBe(26);
		expect(textOf(es.claim)).toContain('26 de 26');
		expect(es.claim).toContain('<title>Compromiso 1: Tu gobierno en un solo punto (gob.mx).');
		expect(textOf(es.irm)).toContain('23 sin calificación en nuestras fuentes');
		expect(textOf(es['self-report'])).toContain('suman 38: 2 más de los que tenía el plan');
		expect(textOf(es.dispute)).toContain('al menos 4 de 9 objetivos en disputa');
		expect(es.claim).toContain('aria-label="Plan de Acción 2013-2015: compromisos por sector');
	});

	describe.each(LOCALES)('in %s', (locale) => {
		it.each(COMPLETION_STATES)('%s has no word of the other language', (state) => {
			expect(foreignWords(rendered[locale][state], locale)).toEqual([]);
		});

		it('writes a preview of every state', () => {
			const path = writePreview(
				'completion',
				COMPLETION_STATES.map((state) => ({ state, html: rendered[locale][state] })),
				locale
			);
			expect(path).toMatch(locale === 'en' ? /completion\.html$/ : /completion\.es\.html$/);
		});
	});
});
