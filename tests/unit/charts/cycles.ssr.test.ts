import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import { PlanCycles, toCyclesData, CYCLES_STATES } from '../../../src/lib/charts/cycles';
import { renderChart, writePreview } from './render';

const data = toCyclesData(loadDataset());
const render = (state: string) => renderChart(PlanCycles, { data, state, animate: false });
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe('plan cycles, rendered without JavaScript', () => {
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
		expect(html).toContain('† starts at the secretariat’s creation');
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

	it('writes a preview of every state', () => {
		const path = writePreview(
			'cycles',
			CYCLES_STATES.map((state) => ({ state, html: render(state) }))
		);
		expect(path).toMatch(/cycles\.html$/);
	});
});
