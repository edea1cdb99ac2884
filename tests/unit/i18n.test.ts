import { describe, expect, it } from 'vitest';
import { UI } from '../../src/lib/i18n/ui';
import { STEPS } from '../../src/lib/story/steps';
import { CHART_IDS } from '../../src/lib/charts/types';

/** Every leaf path of a strings object, so both languages can be compared key by key. */
function leaves(o: unknown, prefix = ''): string[] {
	if (o === null || typeof o !== 'object') return [prefix];
	return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('interface strings', () => {
	it('have the same keys in English and Spanish, none empty', () => {
		expect(leaves(UI.es).sort()).toEqual(leaves(UI.en).sort());
		for (const lang of ['en', 'es'] as const)
			for (const path of leaves(UI[lang])) {
				const value = path
					.split('.')
					.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], UI[lang]);
				if (typeof value === 'string') expect(value.trim(), `${lang}.${path}`).not.toBe('');
			}
	});

	it('name every step and chart in both languages', () => {
		for (const lang of ['en', 'es'] as const) {
			expect(Object.keys(UI[lang].stepNames).sort()).toEqual(STEPS.map((s) => s.id).sort());
			expect(Object.keys(UI[lang].chartTitles).sort()).toEqual([...CHART_IDS].sort());
		}
	});

	it('format counts in each language', () => {
		expect(UI.en.sourcesMore(12)).toBe('and 12 more');
		expect(UI.es.sourcesMore(12)).toBe('y 12 más');
	});
});
