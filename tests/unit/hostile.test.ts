import { describe, expect, it } from 'vitest';
import { cellHazard, looksLikeFormula, showValue } from '../../src/lib/data/hostile';
import { MAX_CELL_CHARS } from '../../src/lib/data/limits';
import { formatProblem } from '../../src/lib/data/problems';
import { validateData } from '../../src/lib/data/validate';
import { readDir, VALID_DIR } from './fixtures';

describe('formula cells (CSV injection)', () => {
	it.each([
		'=HYPERLINK("http://evil.example","click")',
		"=cmd|' /C calc'!A0",
		'+SUM(1,2)',
		'-2+3',
		'-A1',
		'@SUM(A1:A2)',
		'=1',
		'+',
		'-',
		'- a dash bullet',
		'@handle'
	])('refuses %s', (cell) => {
		expect(looksLikeFormula(cell)).toBe(true);
		expect(cellHazard(cell, true)).toMatch(/so spreadsheets would run it as a formula/);
	});

	it.each([
		'-3',
		'+3',
		'-0.5',
		'+12.25',
		'-.5',
		'2011-09-20',
		'2011-12',
		'2011',
		'1e3',
		'a=b',
		'x-y',
		'Título -3'
	])('accepts %s', (cell) => {
		expect(looksLikeFormula(cell)).toBe(false);
		expect(cellHazard(cell, true)).toBeNull();
	});
});

describe('control characters, replacement characters and length', () => {
	it.each([
		['\u001b[2J', 'U+001B'],
		['bell\u0007', 'U+0007'],
		['nul\u0000', 'U+0000'],
		['del\u007f', 'U+007F'],
		['csi\u009b31m', 'U+009B'],
		['c1\u0085', 'U+0085']
	])('refuses %j', (cell, code) => {
		expect(cellHazard(cell, true)).toContain(`contains a control character (${code})`);
	});

	it('allows tabs and line breaks only in free text', () => {
		expect(cellHazard('two\nlines\tand a tab', true)).toBeNull();
		expect(cellHazard('two\nlines', false)).toContain('U+000A');
	});

	it('refuses U+FFFD and cells over the limit, by one character', () => {
		expect(cellHazard('T\uFFFDtulo', true)).toMatch(/U\+FFFD/);
		expect(cellHazard('x'.repeat(MAX_CELL_CHARS), true)).toBeNull();
		expect(cellHazard('x'.repeat(MAX_CELL_CHARS + 1), true)).toBe(
			'cell too long: 10,001 characters; the limit is 10,000'
		);
	});

	it('never prints a value raw: escapes controls, bidi overrides, and elides long ones', () => {
		expect(showValue('\u001b]0;pwned\u0007x\u009b\u202e')).toBe(
			'"\\u{1b}]0;pwned\\u{7}x\\u{9b}\\u{202e}"'
		);
		const long = showValue('y'.repeat(5_000_000));
		expect(long.length).toBeLessThan(120);
		expect(long).toContain('(5,000,000 characters)');
	});
});

describe('validateData refuses hostile cells in data/, with the row', () => {
	const withEvent = (textEn: string) => {
		const files = readDir(VALID_DIR);
		const events = new TextDecoder().decode(files['events.csv'] as Uint8Array);
		files['events.csv'] = events.replace('A plan is presented', textEn);
		return validateData(files).problems.map(formatProblem);
	};

	it('names file, line and column of a 100,000-character title, without printing it', () => {
		const out = withEvent('t'.repeat(100_000));
		expect(out).toHaveLength(1);
		expect(out[0]).toMatch(/^data\/events\.csv:3:27: text_en: cell too long: 100,000 characters/);
		expect(out[0]!.length).toBeLessThan(300);
	});

	it('refuses a file with a 5 MB title as too large, before parsing it', () => {
		const out = withEvent('t'.repeat(5_000_000));
		expect(out).toHaveLength(1);
		expect(out[0]).toMatch(
			/^data\/events\.csv:1:1: file too large: 5,000,\d{3} bytes; the limit is 2,000,000 bytes/
		);
	});

	it('escapes an escape sequence in the message', () => {
		const out = withEvent('\u001b[31mred');
		expect(out[0]).toContain('("\\u{1b}[31mred")');
		expect(out.join('')).not.toContain('\u001b');
	});

	it('keeps negative numbers and dates legal', () => {
		expect(withEvent('-3')).toEqual([]);
	});
});
