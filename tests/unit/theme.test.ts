import { describe, expect, it } from 'vitest';
import { COLORS, MARK_COLORS, TEXT_COLORS } from '../../src/lib/theme';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, b2] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme colours (WCAG 2.2 AA)', () => {
	it.each(TEXT_COLORS)('%s as text reaches 4.5:1', (name) => {
		expect(contrast(COLORS[name], COLORS.background)).toBeGreaterThanOrEqual(4.5);
	});
	it.each(MARK_COLORS)('%s as a mark reaches 3:1', (name) => {
		expect(contrast(COLORS[name], COLORS.background)).toBeGreaterThanOrEqual(3);
	});
	it('knows a failing pair when it sees one', () => {
		expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
	});
});
