/**
 * Pure: a chart state's drawing (the `<svg>` markup the story draws at build time) framed for use
 * outside the page, with its words drawn in: the 1200×630 social card of a step, and the
 * downloadable figure (title, drawing, source line, credit). Text is wrapped with the charts' own
 * text kit; every word comes from the caller (the story's copy, the interface strings).
 */
import { lineHeight, wrapText } from '$lib/charts/kit';
import { COLORS, FONTS } from '$lib/theme';

export interface Box {
	width: number;
	height: number;
}

/** The social card's size (Open Graph and Twitter's large card). */
export const CARD: Box = { width: 1200, height: 630 };

/** What is drawn around the chart. */
export interface FrameWords {
	/** The step's takeaway title (or the chart's name). */
	title: string;
	/** "Sources: A, B and 3 more." */
	sources: string;
	/** Who made it, and where it was published. */
	credit: string;
	/** Small line above the title (cards only). */
	kicker?: string;
}

export function escapeXml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * The artboard's `<svg>` placed at (x, y) and scaled to fit (w, h), keeping its aspect ratio.
 * The page's positioning style and any `<style>` (CSS transitions for the page's morphs) go: a
 * still picture has no use for them, and renderers need not understand them.
 */
export function placeDrawing(svg: string, board: Box, x: number, y: number, w: number, h: number) {
	const open = /^<svg\b[^>]*>/.exec(svg);
	if (!open) throw new Error('placeDrawing: not an <svg> element');
	const s = Math.min(w / board.width, h / board.height);
	const [dw, dh] = [board.width * s, board.height * s];
	const [dx, dy] = [x + (w - dw) / 2, y + (h - dh) / 2];
	const body = stillStyles(
		svg.slice(open[0].length).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
	);
	const r = (n: number) => Math.round(n * 100) / 100;
	return (
		`<svg x="${r(dx)}" y="${r(dy)}" width="${r(dw)}" height="${r(dh)}" ` +
		`viewBox="0 0 ${board.width} ${board.height}" overflow="visible">${body}`
	);
}

/**
 * The page moves marks with CSS (`style="transform: translate(4px, 123px); opacity: 0"`, so
 * transitions can play); SVG renderers and editors read attributes. Each such style becomes the
 * same `transform` and `opacity` attributes; custom properties (`--dur`) are dropped. A declaration
 * of any other kind is an error, so a chart that starts using one is noticed here, not in a blank PNG.
 */
export function stillStyles(markup: string): string {
	return markup.replace(/ style="([^"]*)"/g, (_, style: string) => {
		let out = '';
		for (const decl of style
			.split(';')
			.map((d) => d.trim())
			.filter(Boolean)) {
			const [prop, value] = [
				decl.slice(0, decl.indexOf(':')).trim(),
				decl.slice(decl.indexOf(':') + 1).trim()
			];
			const t = /^translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)$/.exec(value);
			if (prop === 'transform' && t) out += ` transform="translate(${t[1]} ${t[2]})"`;
			else if (prop === 'opacity' && /^[\d.]+$/.test(value)) out += ` opacity="${value}"`;
			else if (!prop.startsWith('--'))
				throw new Error(`stillStyles: cannot draw "${decl}" without CSS`);
		}
		return out;
	});
}

interface TextOpts {
	x: number;
	y: number;
	size: number;
	fill: string;
	weight?: number;
	family?: string;
	maxWidth: number;
	maxLines?: number;
}

/** Wrapped lines as one `<text>`; returns the markup and the height it takes. */
function block(text: string, o: TextOpts): { svg: string; height: number } {
	const bold = (o.weight ?? 400) >= 600;
	const wrapped = wrapText(text, { maxWidth: o.maxWidth, fontSize: o.size, bold });
	const lines = wrapped.lines.slice(0, o.maxLines ?? Infinity);
	const lh = lineHeight(o.size);
	const spans = lines
		.map((l, i) => `<tspan x="${o.x}" y="${o.y + o.size + i * lh}">${escapeXml(l)}</tspan>`)
		.join('');
	const svg =
		`<text font-family="${escapeXml(o.family ?? FONTS.sans)}" font-size="${o.size}" ` +
		`font-weight="${o.weight ?? 400}" fill="${o.fill}">${spans}</text>`;
	return { svg, height: lines.length * lh };
}

/** The largest title size (of a few) whose wrapped lines fit `maxLines`. */
function titleSize(text: string, sizes: readonly number[], maxWidth: number, maxLines: number) {
	return (
		sizes.find(
			(size) => wrapText(text, { maxWidth, fontSize: size, bold: true }).lines.length <= maxLines
		) ?? sizes[sizes.length - 1]!
	);
}

function root(box: Box, lang: string, label: string, inner: string): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" ` +
		`viewBox="0 0 ${box.width} ${box.height}" lang="${lang}" role="img" ` +
		`aria-label="${escapeXml(label)}"><title>${escapeXml(label)}</title>` +
		`<rect width="100%" height="100%" fill="${COLORS.background}"/>${inner}</svg>`
	);
}

/**
 * The social card: words on the left (kicker, takeaway title, sources, credit), the chart on the
 * right at about its desktop size, so its 13 px labels stay legible in a feed.
 */
export function cardSvg(drawing: string, board: Box, words: FrameWords, lang: string): string {
	const pad = 48;
	const col = 400;
	const kicker = words.kicker
		? block(words.kicker, {
				x: pad,
				y: pad,
				size: 20,
				fill: COLORS.accent,
				weight: 600,
				maxWidth: col,
				maxLines: 2
			})
		: { svg: '', height: 0 };
	const size = titleSize(words.title, [44, 40, 36, 32], col, 6);
	const title = block(words.title, {
		x: pad,
		y: pad + kicker.height + 16,
		size,
		fill: COLORS.ink,
		weight: 700,
		family: FONTS.serif,
		maxWidth: col
	});
	const credit = block(words.credit, {
		x: pad,
		y: 0,
		size: 18,
		fill: COLORS.ink,
		weight: 600,
		maxWidth: col,
		maxLines: 2
	});
	const sources = block(words.sources, {
		x: pad,
		y: 0,
		size: 18,
		fill: COLORS.muted,
		maxWidth: col,
		maxLines: 4
	});
	const creditY = CARD.height - pad - credit.height;
	const sourcesY = creditY - 12 - sources.height;
	const shift = (b: { svg: string }, dy: number) =>
		`<g transform="translate(0 ${dy})">${b.svg}</g>`;
	const chartX = pad + col + 40;
	const inner =
		`<rect width="${CARD.width}" height="8" fill="${COLORS.accent}"/>` +
		kicker.svg +
		title.svg +
		shift(sources, sourcesY) +
		shift(credit, creditY) +
		`<line x1="${chartX - 20}" x2="${chartX - 20}" y1="${pad}" y2="${CARD.height - pad}" stroke="${COLORS.rule}"/>` +
		placeDrawing(drawing, board, chartX, 32, CARD.width - chartX - 24, CARD.height - 56);
	return root(CARD, lang, words.title, inner);
}

/**
 * A chart for download: the title above the drawing at its own size, the source line and the
 * credit under it. Returns the SVG and its size (the PNG is drawn from it at 2×).
 */
export function figureSvg(
	drawing: string,
	board: Box,
	words: FrameWords,
	lang: string
): { svg: string; box: Box } {
	const pad = 20;
	const width = board.width + 2 * pad;
	const text = width - 2 * pad;
	const title = block(words.title, {
		x: pad,
		y: pad,
		size: 20,
		fill: COLORS.ink,
		weight: 700,
		maxWidth: text
	});
	const chartY = pad + title.height + 12;
	const sources = block(words.sources, {
		x: pad,
		y: chartY + board.height + 12,
		size: 13,
		fill: COLORS.muted,
		maxWidth: text
	});
	const creditY = chartY + board.height + 12 + sources.height + 4;
	const credit = block(words.credit, {
		x: pad,
		y: creditY,
		size: 13,
		fill: COLORS.ink,
		weight: 600,
		maxWidth: text
	});
	const box = { width, height: Math.ceil(creditY + credit.height + pad) };
	const inner =
		title.svg +
		placeDrawing(drawing, board, pad, chartY, board.width, board.height) +
		sources.svg +
		credit.svg;
	return { svg: root(box, lang, words.title, inner), box };
}
