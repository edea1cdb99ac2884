import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps';
import { curlyQuotes, parseCopy, plainText } from '../../src/lib/story/copy';
import { sectionState, stepFromHash, toSections } from '../../src/lib/scroll/sections';
import { loadDataset } from '../../src/lib/data/load';
import { chartStates } from '../../src/lib/charts/registry';
import type { ChartId } from '../../src/lib/charts/types';

const data = loadDataset();
const stepIds = STEPS.map((s) => s.id);
const en = readFileSync('src/lib/story/copy/en.aml', 'utf8');
const parse = (aml: string) => parseCopy(aml, { data, stepIds, locale: 'en', file: 'en.aml' });

describe('steps', () => {
	it('have unique kebab-case ids, known charts and states, and a description', () => {
		const states = (chart: ChartId): readonly string[] => chartStates(chart);
		expect(new Set(stepIds).size).toBe(stepIds.length);
		for (const s of STEPS) {
			expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			const key = `${s.chart}:${s.state}`;
			expect(states(s.chart), key).toContain(s.state);
			for (const text of [s.description.en, s.description.es]) {
				expect(text.length).toBeGreaterThan(40);
				expect(text.replace(/\{[^}]+\}|20\d\d[–-]20\d\d|20\d\d/g, '')).not.toMatch(/\d/);
			}
		}
	});
});

describe('the English copy', () => {
	const { copy, problems } = parse(en);

	it('matches the steps both ways, and every token resolves', () => {
		expect(problems).toEqual([]);
		expect(copy.steps.map((s) => s.id)).toEqual(stepIds);
		for (const s of copy.steps) {
			expect(s.text.length).toBeGreaterThan(0);
			expect(s.notes.length).toBeGreaterThan(0);
		}
		expect(copy.findings).toHaveLength(5);
	});

	it('writes numbers from data/, linked to their sources', () => {
		const founder = copy.steps.find((s) => s.id === 'founder')!;
		const datums = founder.text.flat().filter((p) => p.kind === 'datum');
		expect(datums.map((d) => d.text)).toContain('20 September 2011');
		expect(datums.every((d) => d.kind === 'datum' && d.sourceIds.length > 0)).toBe(true);
	});

	it('reports a bad edit with the key and a clear message', () => {
		const broken = en
			.replace('{fig:ogp_members_founding}', '{fig:ogp_members_foundng}')
			.replace('id: epilogue', 'id: epilog');
		const out = parse(broken).problems;
		expect(out).toEqual(
			expect.arrayContaining([
				'en.aml: step "founder" text: unknown figure id "ogp_members_foundng" (not in data/figures.csv)',
				'en.aml: step "epilogue" has no text in the copy',
				'en.aml: step "epilog" is in the copy but not in steps.ts'
			])
		);
	});

	it("sets typographer's quotes, whatever the editor typed", () => {
		expect(curlyQuotes(`OGP's "93 %" ('major')`)).toBe(
			'OGP\u2019s \u201c93 %\u201d (\u2018major\u2019)'
		);
		expect(curlyQuotes('"{fig:x} %" done')).toBe('\u201c{fig:x} %\u201d done');
		const straight = JSON.stringify(copy).match(/.{0,30}['"].{0,30}/g) ?? [];
		// JSON's own quotes are escaped or structural; a quote inside a value would show as \" or '.
		expect(straight.filter((m) => m.includes('\\"') || m.includes("'"))).toEqual([]);
		expect(plainText(copy.steps.find((s) => s.id === 'third-verdict')?.text[0] ?? [])).toContain(
			'\u201c93'
		);
	});

	it('writes the publication date in words at build time, so the page never formats it', () => {
		expect(copy.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const [y, m, d] = copy.published.split('-').map(Number);
		const month = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en-GB', {
			month: 'long',
			timeZone: 'UTC'
		});
		expect(copy.publishedText).toBe(`${d} ${month} ${y}`);
	});

	it('renders plain text for alt texts', () => {
		const p = parse('headline: x\n').copy;
		expect(p.headline).toBe('x');
		const { copy: c } = parse(en);
		expect(plainText(c.steps[1]!.text[0]!)).toContain('20 September 2011');
	});
});

describe('sections and states', () => {
	const sections = toSections(STEPS);

	it('group consecutive steps that share a chart', () => {
		expect(sections.map((s) => s.chart)).toEqual([
			'timeline',
			'flow',
			'cycles',
			'membership',
			'timeline',
			'flow',
			'timeline'
		]);
		expect(sections.flatMap((s) => s.steps.map((x) => x.id))).toEqual(stepIds);
	});

	it('shows the first state before a section, its own while in it, its last after it', () => {
		const flow = sections[1]!;
		expect(sectionState(flow, STEPS, null)).toBe('plan-2011');
		expect(sectionState(flow, STEPS, 'opening')).toBe('plan-2011');
		expect(sectionState(flow, STEPS, 'independent-review')).toBe('verdict');
		expect(sectionState(flow, STEPS, 'epilogue')).toBe('dispute');
	});

	it('reads a step from the hash and explains an unknown one', () => {
		// A source or heading on the page is followed by the browser, without a warning.
		expect(stepFromHash('#source-x', stepIds, (id) => id === 'source-x')).toEqual({
			id: null,
			warning: null
		});
		expect(stepFromHash('#%E0%A4%A', stepIds).warning).toMatch(/Unreadable link target/);
		expect(stepFromHash('#sectors', stepIds)).toEqual({ id: 'sectors', warning: null });
		expect(stepFromHash('', stepIds)).toEqual({ id: null, warning: null });
		const bad = stepFromHash('#nope', stepIds);
		expect(bad.id).toBeNull();
		expect(bad.warning).toMatch(/^Unknown step "nope" in the link; starting at the top/);
	});
});
