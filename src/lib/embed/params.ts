/**
 * An embed's query parameters, read once in the browser (prerendered pages cannot see them).
 * Anything unknown or malformed falls back to a safe default and is explained in a console
 * message; the page itself never shows a parameter error to the article's readers.
 */
import type { Locale } from '$lib/format/dates';
import { STEP_ALIASES } from '$lib/story/aliases';

export type Theme = 'light' | 'dark';

export interface EmbedParams {
	/** Step to show (single-chart embeds); always one of the chart's steps. */
	step: string;
	theme: Theme;
	/** Let the host page's background show through. */
	transparent: boolean;
	/** Previous/next buttons through the chart's steps. */
	controls: boolean;
	/** The pym.js child id (also the key of the Datawrapper-style message). */
	childId: string;
	/** Language asked for, or null to stay in the page's own. */
	lang: Locale | null;
}

export interface ParamContext {
	/** Name for messages: "the timeline chart", "the whole story". */
	what: string;
	/** Steps this embed can show, in order (empty: the embed takes no `step`). */
	stepIds: readonly string[];
	/** Step shown when none (or an unknown one) is asked for. */
	defaultStep: string;
	/** Which chart each other step belongs to, for a helpful message. */
	stepCharts?: ReadonlyMap<string, string>;
}

/** The child id used when the parent gives none (embed.js and Datawrapper-style parents). */
export const DEFAULT_CHILD_ID = 'ogp-embed';

/** pym.js adds these to the iframe's URL; they are read or quietly ignored. */
const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'];
const KNOWN = ['step', 'theme', 'transparent', 'controls', 'lang', ...PYM_PARAMS];
const LOCALES: readonly Locale[] = ['en', 'es'];
/** pym puts the id into a regular expression and HTML ids allow little more than this. */
const CHILD_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function flag(name: string, raw: string | null, warnings: string[]): boolean {
	if (raw === null || raw === '0' || raw === 'false') return false;
	if (raw === '1' || raw === 'true') return true;
	warnings.push(`${name}="${raw}" is not 1 or 0; leaving ${name} off.`);
	return false;
}

export function parseEmbedParams(
	search: string,
	ctx: ParamContext
): { params: EmbedParams; warnings: string[] } {
	const q = new URLSearchParams(search);
	const warnings: string[] = [];

	for (const key of new Set(q.keys()))
		if (!KNOWN.includes(key))
			warnings.push(`Unknown embed parameter "${key}" ignored. Known: ${KNOWN.join(', ')}.`);

	let step = ctx.defaultStep;
	const rawStep = q.get('step');
	if (rawStep !== null) {
		if (ctx.stepIds.length === 0)
			warnings.push(`step="${rawStep}" ignored: ${ctx.what} takes no step.`);
		else if (ctx.stepIds.includes(rawStep)) step = rawStep;
		else if (ctx.stepIds.includes(STEP_ALIASES[rawStep] ?? '')) step = STEP_ALIASES[rawStep]!;
		else {
			const elsewhere = ctx.stepCharts?.get(rawStep);
			warnings.push(
				`${elsewhere ? `Step "${rawStep}" belongs to the ${elsewhere} chart, not ${ctx.what}` : `Unknown step "${rawStep}" for ${ctx.what}`}; showing its default state ("${ctx.defaultStep}"). Its steps: ${ctx.stepIds.join(', ')}.`
			);
		}
	}

	let theme: Theme = 'light';
	const rawTheme = q.get('theme');
	if (rawTheme === 'dark') theme = 'dark';
	else if (rawTheme !== null && rawTheme !== 'light')
		warnings.push(`theme="${rawTheme}" is not light or dark; using light.`);

	let childId = DEFAULT_CHILD_ID;
	const rawId = q.get('childId');
	if (rawId !== null) {
		if (CHILD_ID.test(rawId)) childId = rawId;
		else
			warnings.push(
				`childId="${rawId}" may only hold letters, digits and _ . : - (up to 100); using "${DEFAULT_CHILD_ID}".`
			);
	}

	let lang: Locale | null = null;
	const rawLang = q.get('lang');
	if (rawLang !== null) {
		if ((LOCALES as readonly string[]).includes(rawLang)) lang = rawLang as Locale;
		else warnings.push(`lang="${rawLang}" is not one of ${LOCALES.join(', ')}; ignored.`);
	}

	return {
		params: {
			step,
			theme,
			transparent: flag('transparent', q.get('transparent'), warnings),
			controls: flag('controls', q.get('controls'), warnings),
			childId,
			lang
		},
		warnings
	};
}

/**
 * Runs in <head> before the first paint, so a dark or transparent embed never flashes white.
 * It only sets what parseEmbedParams would (a test checks they agree); the page confirms it later.
 */
export const THEME_BOOT_SCRIPT =
	"(function(){var q=new URLSearchParams(location.search),d=document.documentElement;if(q.get('theme')==='dark')d.setAttribute('data-embed-theme','dark');var t=q.get('transparent');if(t==='1'||t==='true')d.setAttribute('data-embed-transparent','');})();";

/** Applies the theme to the document (the same attributes the boot script sets). */
export function applyTheme(root: HTMLElement, params: Pick<EmbedParams, 'theme' | 'transparent'>) {
	if (params.theme === 'dark') root.setAttribute('data-embed-theme', 'dark');
	else root.removeAttribute('data-embed-theme');
	root.toggleAttribute('data-embed-transparent', params.transparent);
}
