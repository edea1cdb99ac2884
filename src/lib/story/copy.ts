/**
 * The story's words, from an ArchieML file per language. Inline tokens are resolved against data/
 * at build time, so every number and date in the prose comes from the data and links to its source:
 *   {fig:figure_id}  {date:event_id}  {src:source_id}  {step:step-id|link text}  *emphasis*
 * Anything unknown (a token id, a missing key, a step without text) is a problem naming the file
 * and the key, and the build fails.
 */
import archieml from 'archieml';
import type { Dataset } from '$lib/data/types';
import { formatPartialDate, type Locale } from '$lib/format/dates';
import { formatFigure } from '$lib/format/figures';

import type { Inline, Paragraph } from '$lib/components/rich-text';
import { plainText } from './plain-text';

// Pages that only need the words (the slides) import it from plain-text.ts, without ArchieML.
export { plainText };

export type { Inline, Paragraph };

export interface StepCopy {
	id: string;
	/** The chart's declarative takeaway title while this step is active. */
	title: Paragraph;
	/** One spoken-style takeaway for the slide edition. */
	slide: Paragraph;
	/** The card: one idea, short. */
	text: readonly Paragraph[];
	/** Detail behind a "more" disclosure (may be empty). */
	more: readonly Paragraph[];
	/** Speaker notes for the presentation mode, one line each. */
	notes: readonly string[];
}

/** The sources a paragraph cites (through numbers, dates and source lists). */
export function citedIds(p: Paragraph): string[] {
	return p.flatMap((x) => (x.kind === 'datum' || x.kind === 'sources' ? x.sourceIds : []));
}

export interface StoryCopy {
	headline: string;
	dek: string;
	byline: string;
	/** ISO dates (YYYY-MM-DD): first publication, and the last data update (null if none). */
	published: string;
	updated: string | null;
	/** The same dates in words ("2 December 2026"), written at build time: the page never formats them. */
	publishedText: string;
	updatedText: string | null;
	/** The nut graf: the answer, first. */
	intro: readonly Paragraph[];
	/** Labels for the hero graphic's claim-versus-review rows. */
	hero: { claim: string; review: string; claim2018: string; review2018: string; caption: string };
	/** "What we know and what we don't". */
	known: readonly Paragraph[];
	unknown: readonly Paragraph[];
	steps: readonly StepCopy[];
	findingsIntro: readonly Paragraph[];
	findings: readonly { title: string; text: readonly Paragraph[]; steps: readonly string[] }[];
	epilogueNote: readonly Paragraph[];
	methods: readonly Paragraph[];
	notRated: readonly Paragraph[];
	citation: string;
	credits: string;
}

interface Context {
	data: Dataset;
	stepIds: readonly string[];
	locale: Locale;
	file: string;
	problems: string[];
}

/** Word joiners keep a range of years on one line ("2011–2015", never "2011–" / "2015"). */
const WJ = '\u2060';
const RANGE = /\b(\d{4})[–-](\d{4})\b/g;
export function noBreakRanges(text: string): string {
	return text.replace(RANGE, `$1${WJ}–${WJ}$2`);
}

/**
 * Typographer's quotes, so editors can type plain ones: "x" becomes “x”, an apostrophe (OGP's)
 * becomes ’, and a single quote that opens a word becomes ‘.
 */
export function curlyQuotes(text: string): string {
	return text
		.replace(/(^|[\s([{\u2014\u2013/])"/g, '$1\u201c')
		.replace(/"/g, '\u201d')
		.replace(/(^|[\s([{\u2014\u2013/])'/g, '$1\u2018')
		.replace(/'/g, '\u2019');
}

/** Every string of the parsed copy file, with curly quotes (ids and tokens hold no quotes). */
function typeset(value: unknown): unknown {
	if (typeof value === 'string') return curlyQuotes(value);
	if (Array.isArray(value)) return value.map(typeset);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeset(v)]));
	return value;
}

const TOKEN = /\{(fig|date|src|step):([^}|]+)(?:\|([^}]*))?\}|\*([^*]+)\*/g;

/** Turn one line of copy into inline pieces, resolving tokens against the data. */
export function parseInline(raw: string, where: string, ctx: Context): Paragraph {
	const out: Inline[] = [];
	let last = 0;
	for (const m of raw.matchAll(TOKEN)) {
		if (m.index > last) out.push({ kind: 'text', text: noBreakRanges(raw.slice(last, m.index)) });
		last = m.index + m[0].length;
		const [, kind, id, label, em] = m;
		if (em !== undefined) {
			out.push({ kind: 'em', text: em });
			continue;
		}
		const problem = (msg: string) => ctx.problems.push(`${ctx.file}: ${where}: ${msg}`);
		if (kind === 'fig') {
			const f = ctx.data.figures.find((x) => x.figure_id === id);
			if (!f) problem(`unknown figure id "${id}" (not in data/figures.csv)`);
			else out.push({ kind: 'datum', text: formatFigure(f, ctx.locale), sourceIds: f.source_ids });
		} else if (kind === 'date') {
			const e = ctx.data.events.find((x) => x.event_id === id);
			if (!e) problem(`unknown event id "${id}" (not in data/events.csv)`);
			else
				out.push({
					kind: 'datum',
					text: formatPartialDate(e.date, ctx.locale),
					sourceIds: e.source_ids
				});
		} else if (kind === 'src') {
			const ids = id!.split(',').map((s) => s.trim());
			const missing = ids.filter((s) => !ctx.data.sources.some((x) => x.source_id === s));
			if (missing.length) problem(`unknown source id(s) ${missing.join(', ')}`);
			else out.push({ kind: 'sources', sourceIds: ids });
		} else if (kind === 'step') {
			if (!ctx.stepIds.includes(id!)) problem(`link to unknown step "${id}"`);
			else out.push({ kind: 'step', stepId: id!, text: label?.trim() || id! });
		}
	}
	if (last < raw.length) out.push({ kind: 'text', text: noBreakRanges(raw.slice(last)) });
	const stray = raw.replace(TOKEN, '').match(/\{[^}]*\}?/);
	if (stray) ctx.problems.push(`${ctx.file}: ${where}: malformed token "${stray[0]}"`);
	return out;
}

function paragraphs(value: unknown, where: string, ctx: Context, required = true): Paragraph[] {
	if (typeof value !== 'string' || value.trim() === '') {
		if (required) ctx.problems.push(`${ctx.file}: ${where}: missing or empty`);
		return [];
	}
	return value
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean)
		.map((p) => parseInline(p, where, ctx));
}

function line(value: unknown, where: string, ctx: Context): string {
	if (typeof value !== 'string' || value.trim() === '') {
		ctx.problems.push(`${ctx.file}: ${where}: missing or empty`);
		return '';
	}
	return value.trim();
}

/** An ISO day (YYYY-MM-DD), or null when optional and blank. */
function isoDate(value: unknown, where: string, ctx: Context, required: boolean): string | null {
	const v = typeof value === 'string' ? value.trim() : '';
	if (v === '' && !required) return null;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) {
		ctx.problems.push(`${ctx.file}: ${where}: expected a date as YYYY-MM-DD, got "${v}"`);
		return null;
	}
	return v;
}

/** An ArchieML list of bullet lines, each one paragraph. */
function bullets(value: unknown, where: string, ctx: Context): Paragraph[] {
	const items = Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
	if (items.length === 0) ctx.problems.push(`${ctx.file}: ${where}: missing or empty`);
	return items.map((x, i) => parseInline(x.trim(), `${where} ${i + 1}`, ctx));
}

/** Parse and check a copy file against the steps and the data; all problems are returned. */
export function parseCopy(
	aml: string,
	opts: { data: Dataset; stepIds: readonly string[]; locale: Locale; file: string }
): { copy: StoryCopy; problems: string[] } {
	const ctx: Context = { ...opts, problems: [] };
	const raw = typeset(archieml.load(aml)) as Record<string, unknown>;
	const rawSteps = Array.isArray(raw.steps) ? (raw.steps as Record<string, unknown>[]) : [];
	const steps: StepCopy[] = rawSteps.map((s, i) => {
		const id = typeof s.id === 'string' ? s.id.trim() : `#${i + 1}`;
		return {
			id,
			title: paragraphs(s.title, `step "${id}" title`, ctx)[0] ?? [],
			slide: paragraphs(s.slide, `step "${id}" slide`, ctx)[0] ?? [],
			text: paragraphs(s.text, `step "${id}" text`, ctx),
			more: paragraphs(s.more, `step "${id}" more`, ctx, false),
			notes: line(s.notes, `step "${id}" notes`, ctx)
				.split(/\s+\/\s+|\n/)
				.map((n) => n.trim())
				.filter(Boolean)
		};
	});
	const copyIds = steps.map((s) => s.id);
	for (const id of opts.stepIds)
		if (!copyIds.includes(id))
			ctx.problems.push(`${opts.file}: step "${id}" has no text in the copy`);
	for (const id of copyIds)
		if (!opts.stepIds.includes(id))
			ctx.problems.push(`${opts.file}: step "${id}" is in the copy but not in steps.ts`);
	const dupes = copyIds.filter((id, i) => copyIds.indexOf(id) !== i);
	for (const id of dupes) ctx.problems.push(`${opts.file}: step "${id}" appears twice`);
	const rawFindings = Array.isArray(raw.findings)
		? (raw.findings as Record<string, unknown>[])
		: [];
	if (rawFindings.length === 0) ctx.problems.push(`${opts.file}: findings: missing`);
	const findings = rawFindings.map((f, i) => {
		const ids = String(f.steps ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		for (const id of ids)
			if (!opts.stepIds.includes(id))
				ctx.problems.push(`${opts.file}: finding ${i + 1}: unknown step "${id}"`);
		return {
			title: line(f.title, `finding ${i + 1} title`, ctx),
			text: paragraphs(f.text, `finding ${i + 1}`, ctx),
			steps: ids
		};
	});
	const published = isoDate(raw.published, 'published', ctx, true)!;
	const updated = isoDate(raw.updated, 'updated', ctx, false);
	const inWords = (iso: string) => formatPartialDate({ value: iso, precision: 'day' }, ctx.locale);
	const copy: StoryCopy = {
		headline: line(raw.headline, 'headline', ctx),
		dek: line(raw.dek, 'dek', ctx),
		byline: line(raw.byline, 'byline', ctx),
		published,
		updated,
		publishedText: published ? inWords(published) : '',
		updatedText: updated ? inWords(updated) : null,
		intro: paragraphs(raw.intro, 'intro', ctx),
		hero: {
			claim: line(raw['hero-claim'], 'hero-claim', ctx),
			review: line(raw['hero-review'], 'hero-review', ctx),
			claim2018: line(raw['hero-claim-2018'], 'hero-claim-2018', ctx),
			review2018: line(raw['hero-review-2018'], 'hero-review-2018', ctx),
			caption: line(raw['hero-caption'], 'hero-caption', ctx)
		},
		known: bullets(raw.known, 'known', ctx),
		unknown: bullets(raw.unknown, 'unknown', ctx),
		steps: opts.stepIds.map(
			(id) =>
				steps.find((s) => s.id === id) ?? {
					id,
					title: [],
					slide: [],
					text: [],
					more: [],
					notes: []
				}
		),
		findingsIntro: paragraphs(raw['findings-intro'], 'findings-intro', ctx),
		findings,
		epilogueNote: paragraphs(raw['epilogue-note'], 'epilogue-note', ctx, false),
		methods: paragraphs(raw.methods, 'methods', ctx),
		notRated: paragraphs(raw['not-rated'], 'not-rated', ctx),
		citation: line(raw.citation, 'citation', ctx),
		credits: line(raw.credits, 'credits', ctx)
	};
	return { copy, problems: ctx.problems };
}

/** Resolve a step description's tokens to plain text (for alt text and captions). */
export function resolveDescription(
	description: string,
	opts: { data: Dataset; stepIds: readonly string[]; locale: Locale; file: string },
	problems: string[]
): Paragraph {
	return parseInline(description, 'description', { ...opts, problems });
}
