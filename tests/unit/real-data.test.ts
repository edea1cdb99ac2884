/** The bundled data/ itself: the facts the story rests on must hold after any edit. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';
import {
	completionLenses,
	figure,
	groupByCluster,
	NOT_IN_SOURCES,
	planCycles,
	selfReportedStatus,
	sortEvents,
	summarizeStages
} from '../../src/lib/data/derive';
import { certainlyBefore } from '../../src/lib/data/dates';

const data = loadDataset();

describe('the bundled data', () => {
	it('holds the stages with their stated counts', () => {
		const stages = summarizeStages(data).map((s) => [s.stage, s.count, s.commitments.length]);
		expect(stages).toEqual([
			['original-2011', null, 0],
			['extended-2012', 36, 0],
			['plan-2013-2015', 26, 26],
			// Four of the third plan's 11 have an OGP page in our research (MX0066/68/69/73).
			['plan-2016-2018', 11, 4]
		]);
		const third = summarizeStages(data).find((s) => s.stage === 'plan-2016-2018')!;
		expect(third.commitments.map((c) => [c.ogp_id, c.did_it_open_government])).toEqual([
			['MX0066', 'Did Not Change'],
			['MX0068', 'Marginal'],
			['MX0069', 'Marginal'],
			['MX0073', 'Marginal']
		]);
		expect(third.commitments.every((c) => c.commitment_number === null)).toBe(true);
	});

	it('numbers the second plan 1 to 26 and invents no first-plan titles', () => {
		const second = summarizeStages(data).find((s) => s.stage === 'plan-2013-2015')!;
		expect(second.commitments.map((c) => c.commitment_number)).toEqual(
			Array.from({ length: 26 }, (_, i) => i + 1)
		);
		const first = data.commitments.filter((c) => c.action_plan === '2011-2013');
		expect(first.length).toBeGreaterThan(0);
		expect(first.every((c) => c.title_en === null && c.title_es === null)).toBe(true);
	});

	it('keeps the 13 unclustered commitments as their own group', () => {
		const groups = groupByCluster(data);
		const unplaced = groups.find((g) => g.id === NOT_IN_SOURCES)!;
		expect(unplaced.commitments.map((c) => c.commitment_number)).toEqual([
			7, 8, 9, 10, 12, 13, 14, 15, 16, 20, 22, 23, 26
		]);
		expect(groups.reduce((n, g) => n + g.commitments.length, 0)).toBe(26);
		expect(groups[0]!.commitments.map((c) => c.commitment_number)).toEqual([1, 2, 3, 11]);
		expect(unplaced.commitments.length).toBe(figure(data, 'pa15_unclustered').value);
	});

	it('shows the three lenses: 26 claimed, 3 rated Major, 1 disputed', () => {
		const lenses = completionLenses(groupByCluster(data));
		const sum = (f: (l: (typeof lenses)[number]) => number) => lenses.reduce((n, l) => n + f(l), 0);
		expect(sum((l) => l.claimedComplete)).toBe(figure(data, 'pa15_dashboard_claim').value);
		expect(sum((l) => l.irm.Major ?? 0)).toBe(figure(data, 'pa15_irm_rated_major').value);
		expect(sum((l) => l.irmUnrated)).toBe(figure(data, 'pa15_irm_unrated').value);
		expect(sum((l) => l.disputed)).toBe(1);
	});

	it('lays bare the self-reported 21 + 15 + 2 = 38 of 36', () => {
		const s = selfReportedStatus(data)!;
		expect([s.met.value, s.partial.value, s.none.value, s.sum, s.stated.value]).toEqual([
			21, 15, 2, 38, 36
		]);
		expect(s.inconsistent).toBe(true);
	});

	it('has the Extended Plan presented in June and due in September 2012', () => {
		const ext = planCycles(data).find((c) => c.stage === 'extended-2012')!;
		expect(ext.implementation?.from.value).toBe('2012-06-06');
		expect(ext.implementation?.to.value).toBe('2012-09');
	});

	it('orders the timeline without contradicting any certain order', () => {
		const events = sortEvents(data.events);
		for (let i = 0; i < events.length; i++)
			for (let j = i + 1; j < events.length; j++)
				expect(certainlyBefore(events[j]!.date, events[i]!.date)).toBe(false);
		expect(events[0]!.date.value).toBe('2011-09-20');
	});

	it('keeps both sides of every conflict', () => {
		for (const f of data.figures.filter((x) => x.conflicts_with)) {
			expect(data.figures.some((g) => g.figure_id === f.conflicts_with)).toBe(true);
		}
		expect(figure(data, 'summit_statement_orgs_191').conflicts_with).toBe(
			'summit_statement_orgs_195'
		);
	});
});
