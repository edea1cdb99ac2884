/** The charts' words: both languages complete, every number handed in shown. */
import { describe, expect, it } from 'vitest';
import { CHART_STRINGS } from './chart-strings';

/**
 * Every leaf of a strings object, as [path, value], so the languages can be compared key by key.
 * A list is one leaf: its wordings are alternatives, and a language may have more or fewer.
 */
function leaves(o: unknown, prefix = ''): [string, unknown][] {
	if (o === null || typeof o !== 'object' || Array.isArray(o)) return [[prefix, o]];
	return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Sample arguments: enough for any of the functions, which ignore the ones they do not use. */
const SAMPLE = ['7', '9'];
const ARRAY_SAMPLE = [['first'], ['first', 'second'], ['first', 'second', 'third']];

describe('CHART_STRINGS', () => {
	const en = new Map(leaves(CHART_STRINGS.en));
	const es = new Map(leaves(CHART_STRINGS.es));

	it('has the same keys in English and Spanish, at every depth', () => {
		expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
	});

	it.each(['en', 'es'] as const)('has no empty value in %s', (locale) => {
		for (const [path, value] of leaves(CHART_STRINGS[locale])) {
			if (Array.isArray(value)) {
				expect(value.length, `${locale}.${path}`).toBeGreaterThan(0);
				for (const v of value) expect(String(v).trim(), `${locale}.${path}`).not.toBe('');
				continue;
			}
			expect(['string', 'function'], `${locale}.${path}`).toContain(typeof value);
			if (typeof value === 'string') expect(value.trim(), `${locale}.${path}`).not.toBe('');
			else if (path.endsWith('cycles.missing'))
				for (const fields of [['presented'], ['draftingStart', 'implementationEnd']]) {
					const out = (value as (w: string[]) => string)(fields);
					expect(out, `${locale}.${path}`).not.toMatch(/undefined/);
				}
			else if (
				path.endsWith('notInSources') ||
				path.endsWith('notInSourcesShort') ||
				path.endsWith('noWindow')
			)
				for (const words of ARRAY_SAMPLE) {
					const out = (value as (w: string[]) => string)(words);
					for (const w of words) expect(out, `${locale}.${path}`).toContain(w);
				}
			else {
				const fn = value as (...a: (string | null)[]) => string;
				const out = fn(...SAMPLE.slice(0, fn.length));
				expect(out.trim(), `${locale}.${path}`).not.toBe('');
				// Every number handed in is shown: none is typed into the string instead.
				for (const n of SAMPLE.slice(0, fn.length)) expect(out, `${locale}.${path}`).toContain(n);
			}
		}
	});

	it('gives the same kind of value (word or function of the same arity) in both languages', () => {
		for (const [path, value] of en) {
			const other = es.get(path);
			expect(typeof other, path).toBe(typeof value);
			if (typeof value === 'function')
				expect((other as () => void).length, path).toBe(value.length);
		}
	});

	/**
	 * Charts travel as embeds on other newsrooms' pages, where "our sources" would read as the host's
	 * own claim: an unknown is "not in the sources" (of the story, named on the embed) or "no
	 * independent rating found".
	 */
	it.each(['en', 'es'] as const)('speaks of the sources in a neutral voice in %s', (locale) => {
		const OWNED = /\b(our|we)\b|\bnuestr[oa]s?\b|\bnosotros\b/i;
		const said = leaves(CHART_STRINGS[locale]).flatMap(([path, value]): [string, string][] => {
			if (typeof value === 'string') return [[path, value]];
			if (Array.isArray(value)) return value.map((v) => [path, String(v)]);
			if (typeof value !== 'function') return [];
			const fn = value as (...a: unknown[]) => string;
			// The list-taking wordings get a list; the rest get sample numbers.
			const list = /notInSources|noWindow|missing/.test(path);
			const args = list ? [['presented']] : SAMPLE.slice(0, fn.length);
			return [[path, String(fn(...args))]];
		});
		expect(said.length).toBeGreaterThan(50);
		expect(said.filter(([, text]) => OWNED.test(text))).toEqual([]);
	});
});
