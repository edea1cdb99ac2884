import { describe, expect, it } from 'vitest';
import {
	CHART_IDS,
	CHARTS,
	EMBED_ALIASES,
	EMBED_CHART_IDS,
	chartStates,
	isEmbedChartId,
	resolveEmbedChart
} from '$lib/charts/registry';
import type { ChartStep, Step } from '$lib/story/steps';
import { STEPS } from '$lib/story/steps';
import { loadDataset } from '$lib/data/load';

// Type tests: svelte-check / tsc fail if a step names a state its chart does not have.
const good: Step = { id: 'x', chart: 'flow', state: 'verdict', description: { en: '', es: '' } };
const bad: Step = {
	id: 'x',
	chart: 'flow',
	// @ts-expect-error -- 'nonsense' is not a state of the flow chart
	state: 'nonsense',
	description: { en: '', es: '' }
};
const crossed: ChartStep<'flow'> = {
	id: 'x',
	chart: 'flow',
	// @ts-expect-error -- a timeline state on the flow chart
	state: 'walkout',
	description: { en: '', es: '' }
};

describe('chart registry', () => {
	it('lists each chart once, with its states and a default among them', () => {
		expect(CHART_IDS).toEqual(Object.keys(CHARTS));
		for (const id of CHART_IDS) {
			const def = CHARTS[id];
			expect(def.states.length, id).toBeGreaterThan(0);
			expect(def.states, id).toContain(def.defaultState);
			expect(chartStates(id)).toBe(def.states);
		}
		expect([good.state, bad.state, crossed.state]).toHaveLength(3);
	});

	it('every step names a state of its own chart', () => {
		for (const s of STEPS) expect(chartStates(s.chart), s.id).toContain(s.state);
	});

	it('keeps old embed ids alive: completion maps to the flow’s equivalent states', () => {
		expect(isEmbedChartId('completion')).toBe(true);
		expect(isEmbedChartId('cycles')).toBe(true);
		expect(isEmbedChartId('nope')).toBe(false);
		expect(EMBED_CHART_IDS).toContain('completion');
		expect(resolveEmbedChart('completion')).toBe('flow');
		const alias = EMBED_ALIASES.completion;
		for (const to of Object.values(alias.states)) expect(CHARTS.flow.states).toContain(to);
		expect(CHARTS.flow.states).toContain(alias.defaultState);
	});

	it('derives each chart’s sources from its data: known ids, no repeats', () => {
		const data = loadDataset();
		const known = new Set(data.sources.map((s) => s.source_id));
		for (const id of CHART_IDS) {
			const ids = CHARTS[id].sources(data);
			expect(ids.length, id).toBeGreaterThan(0);
			expect(new Set(ids).size, id).toBe(ids.length);
			for (const s of ids) expect(known.has(s), `${id}: ${s}`).toBe(true);
		}
	});
});
