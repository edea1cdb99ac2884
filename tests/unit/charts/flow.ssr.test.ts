/** The commitment flow rendered on the server from the real data, as readers without JS get it. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { CommitmentFlow, FLOW_STATES, toFlowData } from '$lib/charts/flow';
import { flowSources } from '$lib/charts/flow/sources';
import type { Locale } from '$lib/format/dates';
import { foreignWords, LOCALES, readableText } from './locales';
import { renderChart } from './render';

const dataset = loadDataset();
const count = (stage: string) => dataset.plans.find((p) => p.stage_id === stage)!.commitment_count;
const render = (state: string, locale: Locale = 'en', animate = false) =>
	renderChart(CommitmentFlow, {
		data: toFlowData(dataset, locale),
		state,
		animate,
		locale,
		label: 'Flow'
	});
/** What a reader reads: the drawing's text, lines joined by spaces. */
const words = (html: string) => readableText(html).join(' ').replace(/\s+/g, ' ');
const matches = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const visible = (html: string, re: string) =>
	matches(html, new RegExp(`data-mark="${re}"[^>]*data-visible="true"`, 'g'));

describe('CommitmentFlow server-side (real data)', () => {
	it.each(FLOW_STATES)('renders every mark, keyed, in state %s', (state) => {
		const html = render(state);
		expect(html.includes(`data-state="${state}"`)).toBe(true);
		// All marks are always in the markup (hidden ones at opacity 0), so they can move.
		expect(matches(html, /data-mark="extended-\d+"/g)).toBe(count('extended-2012'));
		expect(matches(html, /data-mark="pa15-c\d+"/g)).toBe(count('plan-2013-2015'));
		expect(matches(html, /data-mark="pa18-[^"]+"/g)).toBe(count('plan-2016-2018'));
		expect(html.includes('data-mark="original-2011-count"')).toBe(true);
		expect(html.includes('transition:transform')).toBe(false);
	});

	it('says who wrote each plan and how long the Extended Plan had', () => {
		const html = render('third');
		expect(words(html)).toContain('1 civil-society proposal');
		expect(words(html)).toContain('45 proposals from 8 organisations, 42 meetings');
		expect(words(html)).toContain('9 thematic tables, more than 200 specialists');
		expect(words(html)).toContain('more than 350 people took part');
		expect(words(render('extended'))).toContain('presented June 2012, due September 2012');
	});

	it('claim, verdict and dispute move the same 26 marks', () => {
		const claim = render('claim');
		expect(visible(claim, 'pa15-c\\d+')).toBe(26);
		expect(matches(claim, /data-kind="claim"/g)).toBe(26 + 1); // + legend swatch
		expect(words(claim)).toContain('17 September 2015: 26 of 26 complete');
		expect(words(claim)).toContain('27 October 2014 · 8 March 2015 ·');
		const verdict = render('verdict');
		expect(matches(verdict, /data-mark="pa15-c\d+"[^>]*data-kind="opened-Major"/g)).toBe(3);
		expect(matches(verdict, /data-mark="pa15-c\d+"[^>]*data-kind="unknown"/g)).toBe(23);
		expect(words(verdict)).toContain('Major: 3 (Missing persons, Beneficiaries, FONDEN)');
		const dispute = render('dispute');
		expect(words(dispute)).toContain('Joining EITI');
		expect(words(dispute)).toContain('Dashboard: 9 of 9 objectives green');
		expect(words(dispute)).toContain('at least 4 should not be');
	});

	it('2016–2018: the two measures side by side, early results by OGP id', () => {
		const html = render('third-verdict');
		expect(words(html)).toContain('Dashboard: 8 of 11 complete, “93%”');
		expect(words(html)).toContain('2 of 11 with significant results');
		expect(words(html)).toContain('different measures');
		expect(words(html)).toContain('Marginal: 3 (MX0068, MX0069, MX0073)');
		expect(words(html)).toContain('Did not change: 1 (MX0066)');
		expect(words(html)).toContain('no independent rating found: 7');
	});

	it('animates with CSS transitions when asked', () => {
		expect(render('second', 'en', true).includes('[data-mark]{transition:transform')).toBe(true);
	});

	it('rests on the rows it draws: plans, commitments, figures and events, no others', () => {
		const ids = flowSources(dataset);
		expect(ids).toContain('ogp-mx0066');
		expect(ids).toContain('aga-funcionpublica-dashboard');
		expect(ids).toContain('ogp-results-report-2019-2022');
		const known = new Set(dataset.sources.map((s) => s.source_id));
		for (const id of ids) expect(known.has(id), id).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	describe.each(LOCALES)('in %s', (locale) => {
		it.each(FLOW_STATES)('%s has no word of the other language', (state) => {
			expect(foreignWords(render(state, locale), locale)).toEqual([]);
		});
	});
});
