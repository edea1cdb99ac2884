import { error } from '@sveltejs/kit';
import { siteUrlFromEnv } from '$lib/embed/build';
import { localeOf } from '$lib/paths';
import { findStep, shareEntries, stepDescription, story } from '$lib/share/build';
import { UI } from '$lib/i18n/ui';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One share page per step, in English and Spanish: its social card shows that step's chart. */
export const entries: EntryGenerator = shareEntries;

/** A page to share, not an app: no JavaScript of ours beyond the one-line redirect. */
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const locale = localeOf(params);
	const step = findStep(locale, params.step);
	if (!step) error(404, `No step "${params.step}"`);
	return {
		locale,
		step: step.id,
		title: step.title || UI[locale].chartTitles[step.chart],
		description: stepDescription(step),
		headline: story(locale).copy.headline,
		siteUrl: siteUrlFromEnv()
	};
};
