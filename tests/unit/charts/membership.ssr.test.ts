import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import {
	MembershipChart,
	toMembershipData,
	MEMBERSHIP_STATES
} from '../../../src/lib/charts/membership';
import type { Locale } from '../../../src/lib/format/dates';
import { foreignWords, LOCALES } from './locales';
import { renderChart } from './render';

const dataset = loadDataset();
const render = (state: string, locale: Locale = 'en') =>
	renderChart(MembershipChart, {
		data: toMembershipData(dataset, locale),
		state,
		animate: false,
		locale,
		label: 'x'
	});
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
/** The drawing's words, lines joined by spaces. */
const words = (html: string) =>
	html
		.replace(/<title>.*?<\/title>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

describe('membership, rendered without JavaScript', () => {
	const data = toMembershipData(dataset, 'en');

	it.each(MEMBERSHIP_STATES)('%s: a dot and a number per stated figure', (state) => {
		const html = render(state);
		expect(count(html, /data-measure="/g)).toBe(data.figures.length);
		expect(count(html, /data-kind="value"/g)).toBe(data.figures.length);
		for (const f of data.figures) expect(html).toContain(`>${f.value}<`);
		expect(words(html)).toContain('8 founding governments');
		expect(words(html)).toContain('63 governments');
		expect(words(html)).toContain('58 countries of participants');
		expect(count(html, /data-filled="false"/g)).toBe(3);
		expect(count(html, /data-span=""/g)).toBeGreaterThanOrEqual(1);
		expect(html).toContain('as stated by the sources');
	});

	it.each(MEMBERSHIP_STATES)('%s in Spanish: the same dots, Spanish words', (state) => {
		const html = render(state, 'es');
		expect(count(html, /data-measure="/g)).toBe(data.figures.length);
		expect(words(html)).toContain('8 gobiernos fundadores');
		expect(words(html)).toContain('en algún momento de 2014');
		expect(html).toContain('aria-label="Miembros de la AGA, de 2011 a 2016');
	});

	describe.each(LOCALES)('in %s', (locale) => {
		it.each(MEMBERSHIP_STATES)('%s has no word of the other language', (state) => {
			expect(foreignWords(render(state, locale), locale)).toEqual([]);
		});
	});
});
