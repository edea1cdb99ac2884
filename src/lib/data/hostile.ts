/**
 * Cells that are dangerous rather than merely wrong: spreadsheet formulas (an editor who opens a
 * CSV in Excel or LibreOffice runs them), control characters (terminal escape codes, invisible
 * bytes), replacement characters left by a wrong decoding, and cells too long to be real. Also
 * `showValue`, which every message uses so that no cell is ever printed raw.
 */

import { MAX_CELL_CHARS } from './limits';

/** Longest value quoted in a message; the rest is elided. */
export const MAX_SHOWN_CHARS = 80;

/**
 * A cell starting with one of these is run as a formula by spreadsheets (CSV injection), unless
 * the whole cell is a plain signed number such as -3 or +2.5, which spreadsheets read as a number.
 */
const FORMULA_START = /^[=+\-@]/;
const SIGNED_NUMBER = /^[+-](?:\d+(?:\.\d+)?|\.\d+)$/;

/** C0 controls except tab and line breaks, DEL, and C1 controls (which include CSI, U+009B). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Line breaks and tabs: allowed inside quoted free text only. */
const LINE_BREAK_OR_TAB = /[\t\r\n]/;
const REPLACEMENT = '\uFFFD';

/** Every character that must never reach a terminal or a message as itself. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Is this cell something a spreadsheet would run as a formula? */
export function looksLikeFormula(value: string): boolean {
	return FORMULA_START.test(value) && !SIGNED_NUMBER.test(value);
}

/**
 * The hazard in one cell, or null. `multiline` allows tabs and line breaks (free-text columns);
 * elsewhere they are refused too.
 */
export function cellHazard(value: string, multiline: boolean): string | null {
	if (value.length > MAX_CELL_CHARS)
		return `cell too long: ${value.length.toLocaleString('en')} characters; the limit is ${MAX_CELL_CHARS.toLocaleString('en')}`;
	if (value.includes(REPLACEMENT))
		return 'contains U+FFFD, the replacement character: the text was decoded with the wrong encoding somewhere; copy it again from the original source';
	const control = value.match(CONTROL) ?? (multiline ? null : value.match(LINE_BREAK_OR_TAB));
	if (control)
		return `contains a control character (${codePoint(control[0])}): remove it; such characters are invisible or drive terminals`;
	if (looksLikeFormula(value))
		return `starts with "${value[0]}", so spreadsheets would run it as a formula: reword it, or write a number as -3 or +2.5`;
	return null;
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A value made safe to print: quoted like JSON, every control, line-separator and bidi-override
 * character escaped as \u{…}, and elided after MAX_SHOWN_CHARS characters.
 */
export function showValue(value: string): string {
	const shown =
		value.length > MAX_SHOWN_CHARS
			? `${value.slice(0, MAX_SHOWN_CHARS)}… (${value.length.toLocaleString('en')} characters)`
			: value;
	return `"${escapeText(shown.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}

/** Escape unprintable characters in text that is printed without quotes (paths, messages). */
export function escapeText(text: string): string {
	return text.replace(UNPRINTABLE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
