import { describe, expect, it } from 'vitest';
import {
	completionLenses,
	figure,
	groupByCluster,
	NOT_IN_SOURCES,
	planCycles,
	planLinks,
	selfReportedStatus,
	sortEvents,
	summarizeStages
} from '../../src/lib/data/derive';
import { validateData } from '../../src/lib/data/validate';
import type { Dataset } from '../../src/lib/data/types';
import { readDir, VALID_DIR } from './fixtures';

const fixture = (edit?: (files: Record<string, string>) => void): Dataset => {
	const raw = readDir(VALID_DIR);
	const files: Record<string, string> = {};
	for (const [k, v] of Object.entries(raw)) files[k] = new TextDecoder().decode(v as Uint8Array);
	edit?.(files);
	const { dataset, problems } = validateData(files);
	if (!dataset) throw new Error(JSON.stringify(problems));
	return dataset;
};

describe('derivations on the synthetic fixture', () => {
	const data = fixture();

	it('summarises stages in plan order with stated counts', () => {
		const s = summarizeStages(data);
		expect(s.map((x) => [x.stage, x.count, x.commitments.length, x.topics.length])).toEqual([
			['original-2011', null, 0, 1],
			['extended-2012', 36, 0, 0],
			['plan-2013-2015', 3, 3, 0]
		]);
	});

	it('keeps commitments no source places as their own group, last', () => {
		const groups = groupByCluster(data);
		expect(groups.map((g) => [g.id, g.commitments.map((c) => c.commitment_number)])).toEqual([
			['justice-security', [1]],
			[NOT_IN_SOURCES, [2, 3]]
		]);
		expect(groups.reduce((n, g) => n + g.commitments.length, 0)).toBe(3);
	});

	it('counts the three completion lenses per group', () => {
		const lenses = completionLenses(groupByCluster(data));
		expect(lenses[1]).toEqual({
			id: NOT_IN_SOURCES,
			total: 2,
			claimedComplete: 2,
			claimUnknown: 0,
			irm: { Major: 1 },
			irmUnrated: 1,
			disputed: 1
		});
	});

	it('draws cycle windows only between known dates', () => {
		const cycles = planCycles(data);
		const ext = cycles.find((c) => c.stage === 'extended-2012')!;
		expect(ext.drafting?.from.value).toBe('2011-12');
		expect(ext.drafting?.to.value).toBe('2012-06-06');
		expect(ext.implementation?.to).toEqual({ value: '2012-09', precision: 'month' });
		const second = cycles.find((c) => c.stage === 'plan-2013-2015')!;
		expect(second.drafting).toBeNull();
		expect(second.implementation).toBeNull();
		expect(cycles.find((c) => c.stage === 'original-2011')!.drafting).toBeNull();
	});

	it('orders events soundly across precisions', () => {
		expect(sortEvents(data.events).map((e) => e.event_id)).toEqual(['e-day', 'e-month', 'e-year']);
	});

	it('links plans only where the data says so', () => {
		expect(planLinks(data)).toEqual([]);
		const linked = fixture((f) => {
			f['commitments.csv'] = f['commitments.csv']!.replace(
				',Disputed by a CSO,,',
				',Disputed by a CSO,p1-topic,'
			);
		});
		expect(planLinks(linked).map((l) => [l.from.row_id, l.to.row_id])).toEqual([
			['p1-topic', 'pa15-c03']
		]);
	});

	it('fails loudly on a figure the story cites but the data lacks', () => {
		expect(figure(data, 'f-18').value).toBe(18);
		expect(() => figure(data, 'nope')).toThrow(/no figure_id "nope"/);
		expect(selfReportedStatus(data)).toBeNull();
	});
});
