/**
 * A slide's caption is the opening of its step's first paragraph: whole sentences, as few as make
 * a statement (a short question like "How did it go?" takes the next sentence too). Taken from
 * the parsed copy, so numbers keep their links to sources and nothing is written twice.
 */
import type { Inline, Paragraph } from '$lib/story/copy';

/** A caption stops at the first sentence end after this many characters. */
export const CAPTION_MIN_CHARS = 30;

/**
 * A sentence ends at . ! or ? (and a closing quote or bracket) before a capital, a digit or an
 * opening mark, or at the end of a text piece (the next piece, a number or a date, starts anew).
 */
const SENTENCE_END = /[.!?][”"’)]?(?=\s+[¿¡“"(]?[\p{Lu}\d]|\s*$)/gu;

function textLength(p: readonly Inline[]): number {
	return p.reduce((n, x) => n + (x.kind === 'sources' ? 0 : x.text.length), 0);
}

/** The first sentences of `paragraph`, at least `minChars` long when the paragraph is. */
export function toCaption(paragraph: Paragraph, minChars = CAPTION_MIN_CHARS): Paragraph {
	const out: Inline[] = [];
	for (const piece of paragraph) {
		if (piece.kind !== 'text') {
			out.push(piece);
			continue;
		}
		const before = textLength(out);
		for (const m of piece.text.matchAll(SENTENCE_END)) {
			const end = m.index + m[0].length;
			if (before + end >= minChars) {
				out.push({ kind: 'text', text: piece.text.slice(0, end) });
				return out;
			}
		}
		out.push(piece);
	}
	return out;
}
