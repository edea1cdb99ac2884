/**
 * Build time only: draws chart states onto artboards with the chart components (Layer Cake, d3,
 * the layout maths), so the page ships SVG markup instead of that code. Imported by prerendered
 * endpoints and by the story's load function on the server; never by code that runs in a browser.
 */
import { render } from 'svelte/server';
import { CHART_IDS, chartsData, type ChartId, type ChartsData } from '$lib/charts/registry';
import { loadDataset } from '$lib/data/load';
import type { Locale } from '$lib/format/dates';
import { UI } from '$lib/i18n/ui';
import Artboard from './Artboard.svelte';
import { DRAWN_BOARDS, boardId, NOMINAL_BOARD, type Artboard as Board } from './boards';
import { chartStates } from './states';
import { dropFadedGroups } from './still';
import { ID_TOKEN } from './token';

const charts = new Map<Locale, ChartsData>();
function chartData(locale: Locale): ChartsData {
	let c = charts.get(locale);
	if (!c) charts.set(locale, (c = chartsData(loadDataset(), locale)));
	return c;
}

/** Svelte's hydration comments are noise in markup that is never hydrated. */
export function stripComments(html: string): string {
	return html.replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * One chart state on one artboard: the `<svg>` element's markup. idPrefix defaults to ID_TOKEN
 * (for files the page fills in); the story's server render passes the figure's own prefix.
 */
export function renderArtboard(
	chart: ChartId,
	state: string,
	board: Board,
	locale: Locale,
	idPrefix: string = ID_TOKEN
): string {
	const props = { chart, state, board, charts: chartData(locale), locale, ui: UI[locale] };
	const body = stripComments(render(Artboard, { props, idPrefix }).body);
	// Only the drawing: the page gives it its own box.
	const start = body.indexOf('<svg');
	const end = body.lastIndexOf('</svg>');
	if (start < 0 || end < start) throw new Error(`artboard ${chart}/${state}: no <svg> rendered`);
	return body.slice(start, end + '</svg>'.length);
}

/** What a chart's artboard file holds: every state of the chart on one artboard. */
export interface ArtboardFile {
	chart: ChartId;
	board: string;
	locale: Locale;
	states: Record<string, string>;
}

/**
 * The markup with every character outside ASCII written as a character reference (`–` as
 * `&#8211;`): the same drawing once parsed. A browser holds a string with even one such character
 * at two bytes per character, so an artboard file's states, kept for the page's whole visit, take
 * half the memory this way.
 */
export function asciiMarkup(markup: string): string {
	return markup.replace(/\P{ASCII}/gu, (c) => `&#${c.codePointAt(0)};`);
}

export function artboardFile(chart: ChartId, board: Board, locale: Locale): ArtboardFile {
	const states = Object.fromEntries(
		chartStates(chart).map((s) => [s, asciiMarkup(renderArtboard(chart, s, board, locale))])
	);
	return { chart, board: boardId(board), locale, states };
}

/** Every file the site serves: one per chart, artboard and language. */
export function artboardEntries(): { locale: Locale; name: string }[] {
	const locales: Locale[] = ['en', 'es'];
	return locales.flatMap((locale) =>
		CHART_IDS.flatMap((chart) =>
			DRAWN_BOARDS.map((b) => ({ locale, name: `${chart}-${boardId(b)}` }))
		)
	);
}

/**
 * Every step's own chart state on one board (the HTML's, by default), keyed by step id: what the
 * page shows beside each step when JavaScript does not run, so every step that refers to a chart
 * state has that state's figure. These drawings are never morphed, so marks faded out in the
 * state are left out (see still.ts). Show each in a box of the board's aspect ratio
 * (`aspect-ratio: width / height`, full column width): on phones from 360 px up the drawing is then
 * never shrunk, so its text stays at 13 px or more.
 */
export function renderStepDrawings(
	steps: readonly { id: string; chart: ChartId; state: string }[],
	locale: Locale,
	board: Board = NOMINAL_BOARD,
	idPrefix: (step: string) => string = (step) => `fig-step-${step}`
): Record<string, string> {
	return Object.fromEntries(
		steps.map((s) => [
			s.id,
			dropFadedGroups(renderArtboard(s.chart, s.state, board, locale, idPrefix(s.id)))
		])
	);
}
