import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';
import { DARK_COLORS, EXTRA_DARK_MAP, embedThemeCss } from '../../src/lib/embed/theme';
import { COLORS, MARK_COLORS, TEXT_COLORS } from '../../src/lib/theme';

describe('the dark theme (WCAG 2.2 AA)', () => {
	it.each(TEXT_COLORS)('%s as text reaches 4.5:1 on the dark background', (name) => {
		expect(contrast(DARK_COLORS[name], DARK_COLORS.background)).toBeGreaterThanOrEqual(4.5);
	});
	it.each(MARK_COLORS)('%s as a mark reaches 3:1 on the dark background', (name) => {
		expect(contrast(DARK_COLORS[name], DARK_COLORS.background)).toBeGreaterThanOrEqual(3);
	});
	it('keeps the accent readable as a focus ring and link colour', () => {
		expect(contrast(DARK_COLORS.accent, DARK_COLORS.background)).toBeGreaterThanOrEqual(4.5);
	});
	it('keeps marks that are distinct in light distinct in dark', () => {
		const light = new Set(Object.values(COLORS));
		const dark = new Set(Object.values(DARK_COLORS));
		expect(dark.size).toBe(light.size);
	});
});

describe('embedThemeCss', () => {
	const css = embedThemeCss();

	it('maps every chart colour, for fills and strokes, only in the dark theme', () => {
		for (const [light, dark] of [
			...(Object.keys(COLORS) as (keyof typeof COLORS)[]).map((k) => [COLORS[k], DARK_COLORS[k]]),
			...Object.entries(EXTRA_DARK_MAP)
		]) {
			expect(css).toContain(`html[data-embed-theme='dark'] svg [fill='${light}' i]{fill:${dark}}`);
			expect(css).toContain(
				`html[data-embed-theme='dark'] svg [stroke='${light}' i]{stroke:${dark}}`
			);
		}
	});

	it('sets the page variables and colour scheme for dark, and clears the background for transparent', () => {
		expect(css).toContain(
			`html[data-embed-theme='dark']{color-scheme:dark;--bg:${DARK_COLORS.background};--ink:${DARK_COLORS.ink}`
		);
		expect(css).toContain('html[data-embed-transparent]{--bg:transparent}');
	});

	it('cannot close its own <style> element', () => {
		expect(css).not.toContain('<');
	});
});
