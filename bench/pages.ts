// Every kind of page the site serves, for the bench and the byte budgets: one URL path each
// (below the site root, no leading slash), derived from the story's steps.
import { STEPS } from '../src/lib/story/steps';

export type PageKind = { kind: string; path: string };

/** A step in the middle of the story: its chart's embed stands for all single-chart embeds. */
const SAMPLE_STEP = STEPS[Math.floor(STEPS.length / 2)]!;

export const PAGE_KINDS: readonly PageKind[] = [
	{ kind: 'story', path: '' },
	{ kind: 'Spanish story', path: 'es/' },
	{ kind: 'chart embed', path: `embed/${SAMPLE_STEP.chart}/` },
	{ kind: 'story embed', path: 'embed/story/' },
	{ kind: 'short story embed', path: 'embed/story-short/' },
	{ kind: 'slides', path: 'present/' },
	{ kind: 'Spanish slides', path: 'es/present/' },
	{ kind: 'speaker view', path: 'present/speaker/' },
	{ kind: 'handout', path: 'handout/' },
	{ kind: 'data page', path: 'data/' }
];
