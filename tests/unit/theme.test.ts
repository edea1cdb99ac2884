import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';
import { COLORS, MARK_COLORS, TEXT_COLORS } from '../../src/lib/theme';

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
