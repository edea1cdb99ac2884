/**
 * Build time: everything the story page needs, from data/ and the copy file, checked together.
 * A bad copy token or a missing step fails the build with a message naming the file and key.
 */
import { loadDataset } from '$lib/data/load';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import { CHART_IDS, CHARTS, chartsData, type ChartId, type ChartsData } from '$lib/charts/registry';
import {
	citedIds,
	parseCopy,
	plainText,
	resolveDescription,
	type Paragraph,
	type StepCopy,
	type StoryCopy
} from './copy';
import { STEPS, type Step } from './steps';
import en from './copy/en.aml?raw';
import es from './copy/es.aml?raw';

const COPY: Record<Locale, string> = { en, es };

export interface SourceEntry {
	id: string;
	n: number;
	title: string;
	publisher: string;
	date: string | null;
	url: string;
	language: string;
}

export type StoryStep = Omit<Step, 'description'> & {
	description: Paragraph;
	/** The chart's declarative takeaway title in this step's state (from the copy). */
	title: string;
};

export interface StoryPage {
	locale: Locale;
	copy: StoryCopy;
	steps: StoryStep[];
	/** Each chart's build-time data, as its registry entry reduces the dataset. */
	charts: ChartsData;
	chartSources: Record<ChartId, { id: string; publisher: string; n: number }[]>;
	sources: SourceEntry[];
}

/** The story without chart data (its charts reach the page as artboards). */
export type StoryText = Omit<StoryPage, 'charts'>;

/**
 * What the story page sends to the browser as data: what changes with the steps, and the few words
 * around them. The rest of the copy is prerendered HTML only (see static-parts.ts).
 */
export interface StoryShell {
	locale: Locale;
	copy: Pick<
		StoryCopy,
		'headline' | 'dek' | 'byline' | 'published' | 'updated' | 'publishedText' | 'updatedText'
	>;
	steps: StoryStep[];
	chartSources: StoryPage['chartSources'];
	/** Only the sources the steps' chart descriptions cite, for their links' numbers and titles. */
	sources: SourceEntry[];
}

export function storyShell(story: StoryPage): StoryShell {
	const cited = new Set(story.steps.flatMap((s) => citedIds(s.description)));
	return {
		locale: story.locale,
		copy: {
			headline: story.copy.headline,
			dek: story.copy.dek,
			byline: story.copy.byline,
			published: story.copy.published,
			updated: story.copy.updated,
			publishedText: story.copy.publishedText,
			updatedText: story.copy.updatedText
		},
		steps: story.steps,
		chartSources: story.chartSources,
		sources: story.sources.filter((s) => cited.has(s.id))
	};
}

/**
 * What the slides send to the browser as data: the words a slide, its chart or the printable
 * copy's step pages show, and sources by number and title (for citation links). The handout's
 * source list and everything else of the story are build-time HTML (present/handout-islands.ts).
 */
export interface DeckText {
	locale: Locale;
	copy: Pick<
		StoryCopy,
		'headline' | 'dek' | 'byline' | 'published' | 'publishedText' | 'findings' | 'unknown'
	> & { steps: readonly Pick<StepCopy, 'id' | 'slide' | 'text'>[] };
	steps: StoryStep[];
	chartSources: StoryPage['chartSources'];
	sources: Pick<SourceEntry, 'id' | 'n' | 'title'>[];
}

export function deckText(story: StoryText): DeckText {
	const { copy } = story;
	return {
		locale: story.locale,
		copy: {
			headline: copy.headline,
			dek: copy.dek,
			byline: copy.byline,
			published: copy.published,
			publishedText: copy.publishedText,
			findings: copy.findings,
			unknown: copy.unknown,
			steps: copy.steps.map(({ id, slide, text }) => ({ id, slide, text }))
		},
		steps: story.steps,
		chartSources: story.chartSources,
		sources: story.sources.map(({ id, n, title }) => ({ id, n, title }))
	};
}

export function storyText(story: StoryPage): StoryText {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { charts, ...text } = story;
	return text;
}

export function buildStory(locale: Locale): StoryPage {
	const data = loadDataset();
	const aml = COPY[locale];
	const file = `src/lib/story/copy/${locale}.aml`;
	const stepIds = STEPS.map((s) => s.id);
	const opts = { data, stepIds, locale, file };
	const { copy, problems } = parseCopy(aml, opts);
	const steps = STEPS.map((s, i) => ({
		...s,
		title: plainText(copy.steps[i]?.title ?? []),
		description: resolveDescription(
			s.description[locale],
			{ ...opts, file: `steps.ts (${s.id})` },
			problems
		)
	}));
	if (problems.length > 0)
		throw new Error(`The story copy has ${problems.length} problem(s):\n${problems.join('\n')}`);
	const sources: SourceEntry[] = data.sources.map((s, i) => ({
		id: s.source_id,
		n: i + 1,
		// Our own words about a source (a bracketed title, a note on a copy) in the page's language.
		title: (locale === 'es' && s.title_es) || s.title,
		publisher: (locale === 'es' && s.publisher_es) || s.publisher,
		date: s.date ? formatPartialDate(s.date, locale) : null,
		url: s.url,
		language: s.language
	}));
	const byId = new Map(sources.map((s) => [s.id, s]));
	const chartSources = Object.fromEntries(
		CHART_IDS.map((id) => [
			id,
			CHARTS[id].sources(data).map((sid) => {
				const s = byId.get(sid)!;
				return { id: s.id, publisher: s.publisher, n: s.n };
			})
		])
	) as StoryPage['chartSources'];
	return {
		locale,
		copy,
		steps,
		charts: chartsData(data, locale),
		chartSources,
		sources
	};
}
