/** The two languages every chart is drawn in, and the words that must not leak from one to the other. */
import { CHART_STRINGS, type ChartStrings } from './chart-strings';
import type { Locale } from '../../../src/lib/format/dates';

export const LOCALES = ['en', 'es'] as const satisfies readonly Locale[];

/** A layout's `text` argument: one chart's words and the language, for numbers and dates. */
export function textFor<K extends keyof ChartStrings>(chart: K, locale: Locale) {
	return { strings: CHART_STRINGS[locale][chart], locale };
}

/**
 * Words that belong to one language only. A chart drawn in the other language must contain none
 * of them (titles and accessible names included). Spanish plan names start "Plan de …", so the
 * English "Plan " is matched only when "de" does not follow.
 */
export const FOREIGN: Record<Locale, RegExp[]> = {
	// Found in a Spanish render, these are English.
	es: [
		/not in our sources/i,
		/not in the sources/i,
		/no independent rating/i,
		/not rated/i,
		/\bdrafting\b/i,
		/carrying out/i,
		/Commitments?\b/,
		/fully met/i,
		/partly met/i,
		/not met/i,
		/\bcountries\b/i,
		/\bgovernments\b/i,
		/\bPlan (?!de )/,
		/Extended Plan/,
		/Institution\b/,
		/Conflict\b/,
		/Summit\b/,
		/Milestone\b/,
		/\bclaim\b/i,
		/\brated\b/i,
		/\bdashboard\b/i,
		/\bcluster\b/i,
		/\bour judgement\b/i,
		/\bsome time in\b/i,
		/\bgovernment figures\b/i,
		/\bself-reported\b/i,
		/\bjointly built\b/i,
		/\bco-created\b/i,
		/\bgovernment-drafted\b/i,
		/\bMajor\b/,
		/\bas stated by\b/i,
		/\bresults presented\b/i,
		/\bdisputed\b/i,
		/\bof \d/,
		/\bOGP\b/
	],
	// Found in an English render, these are Spanish.
	en: [
		/no consta/i,
		/nuestras fuentes/i,
		/sin calificación/i,
		/elaboración/i,
		/ejecución/i,
		/Compromisos?\b/,
		/cumplidos/i,
		/sin cumplimiento/i,
		/países/i,
		/gobiernos/i,
		/Institución/,
		/Conflicto/,
		/Cumbre/,
		/\bHito\b/,
		/dicho del gobierno/i,
		/tablero/i,
		/construido en conjunto/i,
		/cocreado/i,
		/elaborado por el gobierno/i,
		/criterio editorial/i,
		/en algún momento/i,
		/«importante»/,
		/Mecanismo de Revisión/i,
		/\bMRI\b/,
		/\bAGA\b/
	]
};

/** Everything a reader (or a screen reader) gets from a rendered chart, piece by piece. */
export function readableText(html: string): string[] {
	const decode = (t: string) =>
		t
			.replace(/&#39;|&apos;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&')
			.replace(/\s+/g, ' ')
			.trim();
	const attrs = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]!);
	return [...html.split(/<[^>]+>/), ...attrs].map(decode).filter(Boolean);
}

/** The foreign words found in a chart rendered in `locale` (should be none), with their text. */
export function foreignWords(html: string, locale: Locale): string[] {
	return readableText(html).flatMap((text) =>
		FOREIGN[locale].filter((re) => re.test(text)).map((re) => `${re.source} in “${text}”`)
	);
}
