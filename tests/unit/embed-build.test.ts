import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/types';
import { buildChartEmbed, buildOEmbed, defaultStepOf } from '../../src/lib/embed/build';
import { EMBED_BUTTON_STRINGS, EMBED_STRINGS } from '../../src/lib/i18n/embed';
import { mostVisible } from '../../src/lib/scroll/observe-flat';
import type { Paragraph } from '../../src/lib/story/copy';

const cited = (p: Paragraph) =>
	p.flatMap((x) => (x.kind === 'datum' || x.kind === 'sources' ? x.sourceIds : []));

describe.each(CHART_IDS)('the %s embed at build time', (chart) => {
	const page = buildChartEmbed('en', chart);

	it('carries only its own chart’s steps, and no chart data (it draws artboards)', () => {
		expect(page).not.toHaveProperty('charts');
		expect(page.steps.length).toBeGreaterThan(0);
		expect(page.steps.every((s) => s.chart === chart)).toBe(true);
		expect(page.otherSteps.every(([, c]) => c !== chart)).toBe(true);
	});

	it('defaults to the step showing the chart’s default state', () => {
		expect(page.steps.map((s) => s.id)).toContain(page.defaultStep);
		expect(defaultStepOf(chart, page.steps)).toBe(page.defaultStep);
	});

	it('lists every source its source line and descriptions cite, numbered as in the story', () => {
		const ids = new Set(page.sources.map((s) => s.id));
		for (const s of page.chartSources) expect(ids.has(s.id)).toBe(true);
		for (const step of page.steps)
			for (const id of cited(step.description)) expect(ids.has(id)).toBe(true);
		const numbers = page.sources.map((s) => s.n);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
	});

	it('has an oEmbed document whose code points at the embed', () => {
		const url = new URL(`http://sveltekit-prerender/base/embed/${chart}/oembed.json`);
		const o = buildOEmbed('en', chart, url);
		expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_url: '/base/' });
		expect(o.html).toContain(`src="/base/embed/${chart}/"`);
		expect(o.width).toBeGreaterThan(0);
		expect(o.height).toBeGreaterThan(0);
	});
});

describe('embed strings', () => {
	it.each([
		['EMBED_STRINGS', EMBED_STRINGS],
		['EMBED_BUTTON_STRINGS', EMBED_BUTTON_STRINGS]
	] as const)('%s exist in English and Spanish, with no empty words', (_, table) => {
		const keys = Object.keys(table.en).sort();
		expect(Object.keys(table.es).sort()).toEqual(keys);
		for (const locale of ['en', 'es'] as const)
			for (const [key, value] of Object.entries(table[locale])) {
				const text = typeof value === 'function' ? value(2, 3, 'x') : JSON.stringify(value);
				expect(String(text).trim(), `${locale}.${key}`).not.toBe('');
			}
	});
});

describe('mostVisible (the flat story’s step in view)', () => {
	const order = ['a', 'b', 'c'];
	it.each([
		[{}, null],
		[{ a: 0, b: 0 }, null],
		[{ a: 120, b: 400 }, 'b'],
		[{ a: 300, b: 300, c: 10 }, 'a'],
		[{ c: 1 }, 'c']
	])('%o → %s', (visible, expected) => {
		expect(mostVisible(order, new Map(Object.entries(visible)))).toBe(expected);
	});
});
