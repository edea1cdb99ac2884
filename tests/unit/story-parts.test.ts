import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';
import { buildStory } from '../../src/lib/story/build';
import { groupSources, sourceKind } from '../../src/lib/story/source-groups';
import { heroRows } from '../../src/lib/story/hero';
import { SHORT_STEPS } from '../../src/lib/embed/short';
import { STEPS, STEP_ALIASES, resolveStepId } from '../../src/lib/story/steps';
import { checkSourceSpanish } from '../../src/lib/data/source-spanish';
import { noBreakRanges } from '../../src/lib/story/copy';
import type { Problem } from '../../src/lib/data/problems';

const data = loadDataset();

describe('the source list', () => {
	const story = buildStory('en');
	const groups = groupSources(story.sources);

	it('lists every source once, grouped by kind, copies of one document merged', () => {
		const ids = groups.flatMap((g) => g.entries.flatMap((e) => e.copies.map((c) => c.id)));
		expect(ids.sort()).toEqual(story.sources.map((s) => s.id).sort());
		const merged = groups.flatMap((g) => g.entries).filter((e) => e.copies.length > 1);
		expect(merged.map((e) => e.copies.map((c) => c.id))).toContainEqual([
			'documentop-59ff036b',
			'documentop-5a0b7bfe-279a7d',
			'documentop-5a0b7bfe-e1afc0'
		]);
		expect(groups.map((g) => g.kind)).toContain('copies');
	});

	it.each([
		['https://www.opengovpartnership.org/x', 'ogp'],
		['https://www.gob.mx/presidencia/x', 'government'],
		['https://d.documentop.com/x', 'copies'],
		['https://www.jornada.com.mx/x', 'news'],
		['https://example.org', 'other']
	])('sorts %s under %s', (url, kind) => expect(sourceKind(url)).toBe(kind));

	it('shows our own description of a source in Spanish on the Spanish page', () => {
		const es = buildStory('es').sources;
		for (const s of data.sources) {
			const shown = es.find((x) => x.id === s.source_id)!;
			if (s.title.startsWith('[')) expect(shown.title).toBe(s.title_es);
		}
	});

	it('fails validation when a bracketed title or a publisher note has no Spanish', () => {
		const cell = { line: 3, column: 9, value: '' };
		const problems: Problem[] = [];
		checkSourceSpanish(
			[
				{
					values: {
						title: '[Home page]',
						publisher: 'x.com (copy)',
						title_es: null,
						publisher_es: null
					},
					cells: { title_es: cell, publisher_es: { ...cell, column: 10 } }
				},
				{
					values: {
						title: 'A title',
						publisher: 'IFAI (aga.ifai.mx)',
						title_es: null,
						publisher_es: null
					},
					cells: { title_es: cell, publisher_es: cell }
				}
			],
			'data/sources.csv',
			problems
		);
		expect(problems.map((p) => `${p.line}:${p.column}: ${p.message.split(':')[0]}`)).toEqual([
			'3:9: title_es',
			'3:10: publisher_es'
		]);
	});
});

describe('the hero graphic', () => {
	it('draws claim against review from data/, unknown ratings as unknown', () => {
		const rows = heroRows(data, buildStory('en').copy.hero);
		const fig = (id: string) => data.figures.find((f) => f.figure_id === id)!.value;
		expect(rows.map((r) => [r.plan, r.kind, r.count, r.total])).toEqual([
			['2013–2015', 'claim', fig('pa15_dashboard_claim'), fig('pa15_commitments')],
			['2013–2015', 'review', fig('pa15_irm_rated_major'), fig('pa15_commitments')],
			['2016–2018', 'claim', fig('pa18_dashboard_completed'), fig('pa18_commitments')],
			['2016–2018', 'review', fig('pa18_significant_results'), fig('pa18_commitments')]
		]);
		const review15 = rows[1]!;
		expect(review15.cells.filter((c) => c === 'unknown')).toHaveLength(
			fig('pa15_commitments') - fig('pa15_irm_rated_major')
		);
		expect(rows.every((r) => r.sourceIds.length > 0)).toBe(true);
	});
});

describe.each(['en', 'es'] as const)('the %s chart titles', (locale) => {
	it('are a takeaway per state, never repeated across steps of different states', () => {
		const steps = buildStory(locale).steps;
		const byTitle = new Map<string, Set<string>>();
		for (const s of steps) {
			expect(s.title.length, s.id).toBeGreaterThan(10);
			const states = byTitle.get(s.title) ?? new Set();
			states.add(`${s.chart}:${s.state}`);
			byTitle.set(s.title, states);
		}
		for (const [title, states] of byTitle) expect([...states], title).toHaveLength(1);
		expect(byTitle.size).toBe(steps.length);
	});

	it('have a spoken-style slide line per step that is not the card’s first sentence', () => {
		const { copy } = buildStory(locale);
		for (const s of copy.steps) {
			const slide = s.slide.map((x) => ('text' in x ? x.text : '')).join('');
			const card = s.text[0]!.map((x) => ('text' in x ? x.text : '')).join('');
			expect(slide.length, s.id).toBeGreaterThan(20);
			const firstSentence = card.split(/(?<=[.?!])\s/)[0]!;
			expect(slide, s.id).not.toBe(firstSentence);
			expect(firstSentence.startsWith(slide.slice(0, 40)), s.id).toBe(false);
		}
	});
});

describe('steps reused by the editions', () => {
	it('keeps the short embed to five or six steps of the story', () => {
		const ids = STEPS.map((s) => s.id);
		expect(SHORT_STEPS.length).toBeGreaterThanOrEqual(5);
		expect(SHORT_STEPS.length).toBeLessThanOrEqual(6);
		for (const id of SHORT_STEPS) expect(ids).toContain(id);
	});

	it('opens old step ids at their replacement', () => {
		expect(resolveStepId('dashboard')).toBe('hundred-percent');
		expect(resolveStepId('sectors')).toBe('sectors');
		expect(resolveStepId('nope')).toBeNull();
		for (const to of Object.values(STEP_ALIASES)) expect(STEPS.map((s) => s.id)).toContain(to);
	});

	it('keeps ranges of years on one line', () => {
		expect(noBreakRanges('from 2011-2015 and 2016–2018')).toBe(
			'from 2011\u2060–\u20602015 and 2016\u2060–\u20602018'
		);
	});
});
