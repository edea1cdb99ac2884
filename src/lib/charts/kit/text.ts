/**
 * The one text kit's measuring and wrapping: every chart estimates text the same way (charts lay
 * out at build time, before any font loads) and wraps it with one function. Wrapping never cuts a
 * word or adds an ellipsis: a text that does not fit says so (`fits: false`) and the caller picks a
 * shorter wording, more room, or drops the label with a reason (see place.ts).
 */
import { LABEL } from './sizes';

/** Average glyph width of the chart font (Source Sans 3, generous) as a share of its size. */
export const CHAR_WIDTH = 0.55;
/** Bold glyphs are wider. */
const BOLD_FACTOR = 1.08;

/** The one line-height rule: a line of text takes 1.25 times its font size (rounded up). */
export function lineHeight(fontSize: number): number {
	return Math.ceil(fontSize * 1.25);
}

/** From the top of a line box to its baseline. */
export function baseline(fontSize: number): number {
	return Math.round(fontSize * 0.95);
}

/** Estimated width of one line of text in px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	return [...text].length * fontSize * CHAR_WIDTH * (bold ? BOLD_FACTOR : 1);
}

export interface WrapOptions {
	/** Widest a line may be, in px. */
	maxWidth: number;
	/** Font size in px (default LABEL.text). */
	fontSize?: number;
	/** Most lines allowed (default: no limit). */
	maxLines?: number;
	/** Bold text measures wider. */
	bold?: boolean;
}

/** Wrapped text: its lines and the box they take. */
export interface TextBlock {
	lines: string[];
	fontSize: number;
	bold: boolean;
	lineHeight: number;
	/** Widest line, px. */
	width: number;
	/** lines × lineHeight, px. */
	height: number;
	/** False when a word is wider than maxWidth or the text needs more than maxLines. */
	fits: boolean;
}

/**
 * Greedy word wrap at spaces (and after hyphens in long words), like Observable Plot's lineWrap.
 * Every word is kept; nothing is cut or ellipsised. Explicit "\n" starts a new line.
 */
export function wrapText(text: string, opts: WrapOptions): TextBlock {
	const fontSize = opts.fontSize ?? LABEL.text;
	const bold = opts.bold ?? false;
	const { maxWidth } = opts;
	const maxLines = opts.maxLines ?? Infinity;
	const w = (s: string) => textWidth(s, fontSize, bold);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		const words = paragraph.split(/\s+/).filter(Boolean);
		for (const word of words) {
			const next = line ? `${line} ${word}` : word;
			if (w(next) <= maxWidth || !line) line = next;
			else {
				lines.push(line);
				line = word;
			}
		}
		if (line) lines.push(line);
	}
	const width = Math.max(0, ...lines.map(w));
	const lh = lineHeight(fontSize);
	return {
		lines,
		fontSize,
		bold,
		lineHeight: lh,
		width,
		height: lines.length * lh,
		fits: lines.length <= maxLines && width <= maxWidth + 0.01
	};
}

/**
 * The first wording (in the order given, longest first) that fits; null when none does. Charts
 * keep a long and a short wording of a label so phones get the short one without an ellipsis.
 */
export function fitFirst(texts: readonly string[], opts: WrapOptions): TextBlock | null {
	for (const t of texts) {
		const block = wrapText(t, opts);
		if (block.fits) return block;
	}
	return null;
}
