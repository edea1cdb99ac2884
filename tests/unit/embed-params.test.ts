import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_CHILD_ID,
	parseEmbedParams,
	THEME_BOOT_SCRIPT,
	type ParamContext
} from '../../src/lib/embed/params';

const CHART: ParamContext = {
	what: 'the completion chart',
	stepIds: ['first-results', 'hundred-percent', 'independent-review', 'disputed'],
	defaultStep: 'hundred-percent',
	stepCharts: new Map([['sectors', 'flow']])
};
const STORY: ParamContext = { what: 'the whole-story embed', stepIds: [], defaultStep: '' };

describe('parseEmbedParams', () => {
	it('gives safe defaults and no warnings for an empty query', () => {
		expect(parseEmbedParams('', CHART)).toEqual({
			params: {
				step: 'hundred-percent',
				theme: 'light',
				transparent: false,
				controls: false,
				childId: DEFAULT_CHILD_ID,
				lang: null
			},
			warnings: []
		});
	});

	it('reads every parameter', () => {
		const { params, warnings } = parseEmbedParams(
			'?step=disputed&theme=dark&transparent=1&controls=true&childId=graphic-2&lang=es',
			CHART
		);
		expect(params).toEqual({
			step: 'disputed',
			theme: 'dark',
			transparent: true,
			controls: true,
			childId: 'graphic-2',
			lang: 'es'
		});
		expect(warnings).toEqual([]);
	});

	it('takes the parameters pym.js adds without a word', () => {
		const q = '?initialWidth=640&childId=graphic&parentTitle=News&parentUrl=https%3A%2F%2Fx.org%2F';
		const { params, warnings } = parseEmbedParams(q, CHART);
		expect(params.childId).toBe('graphic');
		expect(warnings).toEqual([]);
	});

	it.each([
		['?step=nope', 'Unknown step "nope" for the completion chart', 'hundred-percent'],
		['?step=sectors', 'Step "sectors" belongs to the flow chart', 'hundred-percent'],
		['?step=', 'Unknown step ""', 'hundred-percent']
	])('falls back to the default step for %s', (query, warning, step) => {
		const { params, warnings } = parseEmbedParams(query, CHART);
		expect(params.step).toBe(step);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(warning);
		expect(warnings[0]).toContain('showing its default state ("hundred-percent")');
	});

	it.each([
		['?theme=blue', 'theme="blue"', { theme: 'light' }],
		['?transparent=yes', 'transparent="yes"', { transparent: false }],
		['?controls=2', 'controls="2"', { controls: false }],
		['?lang=fr', 'lang="fr"', { lang: null }],
		['?childId=%3Cscript%3E', 'childId="<script>"', { childId: DEFAULT_CHILD_ID }],
		[`?childId=${'x'.repeat(101)}`, 'childId=', { childId: DEFAULT_CHILD_ID }],
		['?colour=red', 'Unknown embed parameter "colour"', {}]
	])('explains and ignores %s', (query, warning, expected) => {
		const { params, warnings } = parseEmbedParams(query, CHART);
		expect(params).toMatchObject(expected);
		expect(warnings.join('\n')).toContain(warning);
	});

	it('ignores a step on the whole-story embed, with a message', () => {
		const { params, warnings } = parseEmbedParams('?step=sectors', STORY);
		expect(params.step).toBe('');
		expect(warnings[0]).toContain('the whole-story embed takes no step');
	});

	it('never lets a childId that could break pym’s message format through', () => {
		for (const id of ['a xPYMx b', 'a\nb', 'a/b', '']) {
			const { params } = parseEmbedParams(`?childId=${encodeURIComponent(id)}`, CHART);
			expect(params.childId).toBe(DEFAULT_CHILD_ID);
		}
	});
});

describe('THEME_BOOT_SCRIPT', () => {
	/** Runs the inline script against a fake document and returns the attributes it set. */
	function boot(search: string): Record<string, string> {
		const attributes: Record<string, string> = {};
		const documentElement = { setAttribute: (k: string, v: string) => (attributes[k] = v) };
		runInNewContext(THEME_BOOT_SCRIPT, {
			URLSearchParams,
			location: { search },
			document: { documentElement }
		});
		return attributes;
	}

	it.each([
		'',
		'?theme=dark',
		'?theme=light',
		'?theme=Dark',
		'?transparent=1',
		'?transparent=true',
		'?transparent=0',
		'?transparent=yes',
		'?theme=dark&transparent=1'
	])('agrees with parseEmbedParams on %s', (search) => {
		const { params } = parseEmbedParams(search, STORY);
		const expected: Record<string, string> = {};
		if (params.theme === 'dark') expected['data-embed-theme'] = 'dark';
		if (params.transparent) expected['data-embed-transparent'] = '';
		expect(boot(search)).toEqual(expected);
	});
});
