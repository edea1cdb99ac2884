/** Text measuring and wrapping for chart labels (an estimate: charts lay out before fonts load). */

/** Average glyph width of the chart font (Source Sans 3, generous) as a share of its size. */
export const CHAR_WIDTH = 0.55;
const GLYPH = CHAR_WIDTH;

/** Estimated width of a line of text in px: the one estimate every chart lays out with. */
export function textWidth(text: string, fontSize: number): number {
	return [...text].length * fontSize * GLYPH;
}

/**
 * Greedy word wrap to `maxWidth` px; at most `maxLines` lines, the last ending in "…" when cut.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	maxLines = Infinity
): string[] {
	const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * GLYPH)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length <= maxChars) line = next;
		else {
			if (line) lines.push(line);
			line = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const lastLine = kept[maxLines - 1]!;
	kept[maxLines - 1] = `${lastLine.slice(0, Math.max(0, maxChars - 1)).replace(/\s+\S*$/, '')}…`;
	return kept;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** True when two boxes overlap or come closer than padX side by side or padY one above the other. */
export function overlaps(a: Box, b: Box, padX = 0, padY = padX): boolean {
	return (
		a.x < b.x + b.width + padX &&
		b.x < a.x + a.width + padX &&
		a.y < b.y + b.height + padY &&
		b.y < a.y + a.height + padY
	);
}

/**
 * Place labels (wanted top y, height) in order without overlap inside [min, max]: push down from
 * the top, then pull back up from the bottom if they overflow.
 */
export function dodge(
	items: { y: number; height: number }[],
	min: number,
	max: number,
	gap = 4
): number[] {
	const ys = items.map((d) => d.y);
	for (let i = 0; i < ys.length; i++) {
		const floor = i === 0 ? min : ys[i - 1]! + items[i - 1]!.height + gap;
		ys[i] = Math.max(ys[i]!, floor);
	}
	for (let i = ys.length - 1; i >= 0; i--) {
		const ceil = i === ys.length - 1 ? max - items[i]!.height : ys[i + 1]! - gap - items[i]!.height;
		ys[i] = Math.max(min, Math.min(ys[i]!, ceil));
	}
	return ys;
}
