/**
 * Build time: what the share pages, cards and downloads say, from the story's own copy and steps
 * (takeaway titles, text alternatives, source lines, byline), in one language.
 */
import { CHART_IDS, chartStates, type ChartId } from '$lib/charts/registry';
import type { Locale } from '$lib/format/dates';
import { UI } from '$lib/i18n/ui';
import { buildStory, type StoryPage, type StoryStep } from '$lib/story/build';
import { plainText } from '$lib/story/copy';
import { STEPS } from '$lib/story/steps';
import type { FrameWords } from './compose';

export const LOCALES: readonly Locale[] = ['en', 'es'];
export const DOWNLOAD_FORMATS = ['svg', 'png', 'csv'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const stories = new Map<Locale, StoryPage>();
export function story(locale: Locale): StoryPage {
	let s = stories.get(locale);
	if (!s) stories.set(locale, (s = buildStory(locale)));
	return s;
}

/** `entries` for the share pages and cards: every step, in English and Spanish. */
export function shareEntries(): { lang?: 'es'; step: string }[] {
	return STEPS.flatMap((s) => [{ step: s.id }, { lang: 'es' as const, step: s.id }]);
}

/** Every chart state as `<chart>-<state>` (the downloads' file names without extension). */
export function chartStateNames(): { chart: ChartId; state: string; name: string }[] {
	return CHART_IDS.flatMap((chart) =>
		chartStates(chart).map((state) => ({ chart, state, name: `${chart}-${state}` }))
	);
}

/** `entries` for the downloads route: every chart state, format and language. */
export function downloadEntries(): { locale: Locale; file: string }[] {
	return LOCALES.flatMap((locale) =>
		chartStateNames().flatMap(({ name }) =>
			DOWNLOAD_FORMATS.map((ext) => ({ locale, file: `${name}.${ext}` }))
		)
	);
}

/** A download's file name, parsed; null for anything that is not one. */
export function parseDownload(
	file: string
): { chart: ChartId; state: string; ext: DownloadFormat } | null {
	const m = /^([a-z]+)-([a-z0-9-]+)\.(svg|png|csv)$/.exec(file);
	const found = m && chartStateNames().find((c) => c.chart === m[1] && c.state === m[2]);
	return found ? { chart: found.chart, state: found.state, ext: m[3] as DownloadFormat } : null;
}

/** Where a download lives, below the site root (no leading slash). */
export function downloadPath(locale: Locale, chart: string, state: string, ext: DownloadFormat) {
	return `downloads/${locale}/${chart}-${state}.${ext}`;
}

export function findStep(locale: Locale, id: string): StoryStep | undefined {
	return story(locale).steps.find((s) => s.id === id);
}

/** The step that puts a chart in a state (each state belongs to one step). */
export function stepOfState(locale: Locale, chart: ChartId, state: string): StoryStep | undefined {
	return story(locale).steps.find((s) => s.chart === chart && s.state === state);
}

/** "Sources: A, B, C, D and 3 more.": the chart's source line, as the story prints it. */
export function sourceLine(locale: Locale, chart: ChartId): string {
	const ui = UI[locale];
	const sources = story(locale).chartSources[chart];
	const publishers = [...new Set(sources.map((s) => s.publisher))].slice(0, 4);
	const rest = sources.length - publishers.length;
	const more = rest > 0 ? `${publishers.length > 0 ? ' ' : ''}${ui.sourcesMore(rest)}` : '';
	return `${ui.sourcesLabel}: ${publishers.join(', ')}${more}.`;
}

/** The byline, and where the story lives when SITE_URL is set. */
export function credit(locale: Locale, siteUrl: string | null): string {
	const byline = story(locale).copy.byline;
	return siteUrl ? `${byline} · ${siteUrl.replace(/^https?:\/\//, '')}` : byline;
}

/** Words drawn around a chart state: its step's takeaway title, sources, credit. */
export function frameWords(
	locale: Locale,
	chart: ChartId,
	state: string,
	siteUrl: string | null
): FrameWords {
	const step = stepOfState(locale, chart, state);
	return {
		title: step?.title || UI[locale].chartTitles[chart],
		sources: sourceLine(locale, chart),
		credit: credit(locale, siteUrl),
		kicker: UI[locale].kicker
	};
}

/** A step's text alternative as plain text (the card's alt text and the page description). */
export function stepDescription(step: StoryStep): string {
	return plainText(step.description);
}
