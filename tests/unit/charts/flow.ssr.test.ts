import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { CommitmentFlow, FLOW_STATES, toFlowData } from '$lib/charts/flow';
import { BLOCK_LABEL } from '$lib/charts/flow/layout';
import { renderChart, writePreview } from './render';

const dataset = loadDataset();
const data = toFlowData(dataset);
const count = (stage: string) => dataset.plans.find((p) => p.stage_id === stage)!.commitment_count;
const render = (state: string) => renderChart(CommitmentFlow, { data, state, animate: false });
const matches = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('CommitmentFlow server-side', () => {
	it.each(FLOW_STATES)('renders every mark, keyed, in state %s', (state) => {
		const html = render(state);
		expect(html).toContain(`data-state="${state}"`);
		// All marks are always in the markup (hidden ones at opacity 0), so they can move.
		expect(matches(html, /data-mark="extended-\d+"/g)).toBe(count('extended-2012'));
		expect(matches(html, /data-mark="pa15-c\d+"/g)).toBe(count('plan-2013-2015'));
		expect(html).toContain(BLOCK_LABEL.split(' ')[0]);
		expect(html).not.toContain('transition: transform');
	});

	it('shows two plans first, then the third, then the clusters', () => {
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

	it('animates with CSS transitions when asked', () => {
		const html = renderChart(CommitmentFlow, { data, state: 'second', animate: true });
		expect(html).toContain('transition: transform');
	});

	it('writes a preview of every state', () => {
		const path = writePreview(
			'flow',
			FLOW_STATES.map((state) => ({ state, html: render(state) }))
		);
		expect(path).toMatch(/flow\.html$/);
	});
});
