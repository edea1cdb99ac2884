/** Interface words (not story prose), per language. Components take them from here, never inline. */
import type { ChartId } from '$lib/charts/types';

export interface UiStrings {
	skipToStory: string;
	chartTitles: Record<ChartId, string>;
	sourceLabel: string;
	sourcesLabel: string;
	findingsHeading: string;
	findingsSeeStep: string;
	methodsHeading: string;
	notRatedHeading: string;
	sourcesHeading: string;
	citeHeading: string;
	dataLink: string;
	backToTop: string;
	sourceRef: (n: number) => string;
	sourcesMore: (n: number) => string;
	eventKinds: Record<'plan' | 'institution' | 'conflict' | 'summit' | 'milestone', string>;
	stepsNav: string;
	kicker: string;
	/** Short names of steps, for links back to them. */
	stepName: (id: string) => string;
}

const STEP_NAMES_EN: Record<string, string> = {
	opening: 'the question',
	founder: 'a founder',
	objection: 'civil society objects',
	'extended-plan': 'the Extended Plan',
	'first-results': 'the first results',
	'new-method': 'a new method',
	sectors: 'sectors',
	dashboard: 'the dashboard',
	'hundred-percent': '“100 per cent”',
	'independent-review': 'independent review',
	disputed: 'the dispute',
	'two-year-cycles': 'two-year cycles',
	'world-stage': 'the world stage',
	summit: 'the summit',
	epilogue: 'epilogue'
};

export const UI: Record<'en', UiStrings> = {
	en: {
		skipToStory: 'Skip to the story',
		chartTitles: {
			timeline: 'Mexico and the Open Government Partnership, 2011–2017',
			flow: 'Commitments, plan by plan',
			completion: 'How complete? Claims and reviews',
			cycles: 'Drafting and carrying out each plan',
			membership: 'OGP members, as our sources state them'
		},
		sourceLabel: 'Source',
		sourcesLabel: 'Sources',
		findingsHeading: 'What the case study found',
		findingsSeeStep: 'See',
		methodsHeading: 'Methods and sources',
		notRatedHeading: 'What “not rated in our sources” means',
		sourcesHeading: 'Sources',
		citeHeading: 'How to cite this story',
		dataLink: 'All the data behind this story, as tables',
		backToTop: 'Back to the top',
		sourceRef: (n) => `Source ${n}`,
		sourcesMore: (n) => `and ${n} more`,
		eventKinds: {
			plan: 'Plan',
			institution: 'Institution',
			conflict: 'Conflict',
			summit: 'Summit',
			milestone: 'Milestone'
		},
		stepsNav: 'Story steps',
		kicker: 'Open government · Mexico · 2011–2015',
		stepName: (id) => STEP_NAMES_EN[id] ?? id
	}
};
