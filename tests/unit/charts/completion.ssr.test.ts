/** The completion chart as served without JavaScript: markup per state, plus an HTML preview. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import {
	CompletionChart,
	COMPLETION_STATES,
	toCompletionData
} from '../../../src/lib/charts/completion';
import { renderChart, writePreview } from './render';

const data = toCompletionData(loadDataset());
const html = Object.fromEntries(
	COMPLETION_STATES.map((state) => [
		state,
		renderChart(CompletionChart, { data, state, animate: false })
	])
) as Record<(typeof COMPLETION_STATES)[number], string>;
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

	it('writes a preview of every state', () => {
		const path = writePreview(
			'completion',
			COMPLETION_STATES.map((state) => ({ state, html: html[state] }))
		);
		expect(path).toMatch(/completion\.html$/);
	});
});
