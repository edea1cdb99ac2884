import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import {
	MembershipChart,
	toMembershipData,
	MEMBERSHIP_STATES
} from '../../../src/lib/charts/membership';
import { renderChart, writePreview } from './render';

const data = toMembershipData(loadDataset());
const render = (state: string) => renderChart(MembershipChart, { data, state, animate: false });
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe('membership, rendered without JavaScript', () => {
	it.each(MEMBERSHIP_STATES)('%s: a dot and a number per stated figure', (state) => {
		const html = render(state);
		expect(count(html, /data-figure="/g)).toBe(data.figures.length);
		expect(count(html, /data-label="value"/g)).toBe(data.figures.length);
		for (const f of data.figures) expect(html).toMatch(new RegExp(`>${f.value}( ${f.unit})?<`));
		expect(html).toContain('>63 governments<');
		expect(count(html, /data-unit="governments"/g)).toBe(1);
		expect(count(html, /data-span=""/g)).toBeGreaterThanOrEqual(1);
		expect(html).toContain('as stated by our sources');
	});

	it('writes a preview of every state', () => {
		const path = writePreview(
			'membership',
			MEMBERSHIP_STATES.map((state) => ({ state, html: render(state) }))
		);
		expect(path).toMatch(/membership\.html$/);
	});
});
