/**
 * The embeds' dark and transparent themes. Page text takes the CSS variables from app.css; the
 * charts draw with the light palette's hex values (theme.ts), so in dark mode each of those is
 * mapped to its dark counterpart by attribute. Dark colours keep the light ones' roles and reach
 * the same contrast on the dark background (tests/unit/embed-theme.test.ts).
 */
import { COLORS } from '$lib/theme';

export type ColorName = keyof typeof COLORS;

export const DARK_COLORS: Record<ColorName, string> = {
	background: '#161616',
	ink: '#ececec',
	muted: '#b3b3b3',
	rule: '#4a4a4a',
	faint: '#2b2b2b',
	accent: '#6fd0b4',
	government: '#56b4e9',
	independent: '#4cc38a',
	dispute: '#f0883e',
	summit: '#e08fbf',
	unknown: '#9e9e9e',
	highlight: '#ff8a3d',
	context: '#8f8f8f'
};

/**
 * Greys the charts use outside the palette: the timeline's unlit marks (light → dark). Unlit marks
 * are meant to recede, so they stay below 3:1 in both themes, as in the story.
 */
export const EXTRA_DARK_MAP: Readonly<Record<string, string>> = { '#c4c4c4': '#4d4d4d' };

const DARK = "html[data-embed-theme='dark']";
const TRANSPARENT = 'html[data-embed-transparent]';

/** The stylesheet both embed pages carry (a few hundred bytes gzipped). */
export function embedThemeCss(): string {
	const d = DARK_COLORS;
	const page = `${DARK}{color-scheme:dark;--bg:${d.background};--ink:${d.ink};--muted:${d.muted};--rule:${d.rule};--faint:${d.faint};--accent:${d.accent}}`;
	const pairs: [string, string][] = [
		...(Object.keys(COLORS) as ColorName[]).map((k): [string, string] => [COLORS[k], d[k]]),
		...Object.entries(EXTRA_DARK_MAP)
	];
	const marks = pairs
		.map(
			([light, dark]) =>
				`${DARK} svg [fill='${light}' i]{fill:${dark}}${DARK} svg [stroke='${light}' i]{stroke:${dark}}`
		)
		.join('');
	const clear = `${TRANSPARENT}{--bg:transparent}${TRANSPARENT},${TRANSPARENT} body{background:transparent}`;
	return page + marks + clear;
}
