/**
 * The story's steps, in reading order: each moves one chart to one state and says, in one
 * sentence, what the chart shows then (its text alternative). Numbers and dates in descriptions
 * are tokens (`{fig:id}`, `{date:event-id}`) filled from data/ at build time, never typed here.
 * The prose for each step lives in the copy file under the same id.
 */
import type { ChartId } from '$lib/charts/types';

export interface Step {
	/** Stable kebab-case id: the URL hash, the copy key and `data-step`. */
	id: string;
	chart: ChartId;
	/** One of the chart's state ids. */
	state: string;
	/** What the chart shows in this state, in one sentence (tokens allowed). */
	description: string;
}

export const STEPS: readonly Step[] = [
	{
		id: 'opening',
		chart: 'timeline',
		state: 'overview',
		description:
			'A timeline from 2011 to 2017 with every dated event in our data, marked by kind: plans, institutions, conflicts, summits and milestones.'
	},
	{
		id: 'founder',
		chart: 'timeline',
		state: 'founding',
		description:
			"The timeline highlights {date:2011-09-20-ogp-launch}: OGP's launch with {fig:ogp_members_founding} founding governments, and Mexico's government-drafted plan."
	},
	{
		id: 'objection',
		chart: 'timeline',
		state: 'objection',
		description:
			'The timeline highlights the end of 2011: civil society rejects the plan (our sources date it only to the year) and the Tripartite Technical Secretariat is created in {date:2011-12-stt-created}.'
	},
	{
		id: 'extended-plan',
		chart: 'flow',
		state: 'extended',
		description:
			"Two columns: the September 2011 plan, whose number of commitments is not in our sources, and the Extended Plan's {fig:paa_commitments} jointly built commitments, one mark each."
	},
	{
		id: 'first-results',
		chart: 'completion',
		state: 'self-report',
		description:
			'The December 2012 self-report as bars: {fig:paa_status_met} fully met, {fig:paa_status_partial} partly met and {fig:paa_status_none} not met, which add up to {fig:paa_status_sum}, against a line at the {fig:paa_commitments} commitments the plan had.'
	},
	{
		id: 'new-method',
		chart: 'flow',
		state: 'second',
		description:
			"A third column joins the first two: the 2013–2015 plan's {fig:pa15_commitments} co-created commitments, one mark each; no source links single commitments across plans, so no mark moves between columns."
	},
	{
		id: 'sectors',
		chart: 'flow',
		state: 'by-cluster',
		description:
			"The 2013–2015 plan's {fig:pa15_commitments} commitments regroup by the independent reviewers' sector clusters; {fig:pa15_unclustered} stay in a group whose cluster is not in our sources."
	},
	{
		id: 'dashboard',
		chart: 'cycles',
		state: 'dashboard',
		description:
			"The 2013–2015 plan's timeline with the public dashboard's three progress cuts ({date:2014-10-27-dashboard-cut-1}, {date:2015-03-08-dashboard-cut-2} and {date:2015-07-22-dashboard-cut-3}) and the results presented on {date:2015-09-17-pa15-results}."
	},
	{
		id: 'hundred-percent',
		chart: 'completion',
		state: 'claim',
		description:
			"The 2013–2015 commitments by sector cluster, as on the government's dashboard: {fig:pa15_dashboard_claim} of {fig:pa15_commitments} shown complete, a government claim."
	},
	{
		id: 'independent-review',
		chart: 'completion',
		state: 'irm',
		description:
			'The same commitments by independent rating: {fig:pa15_irm_rated_major} rated “major” on “did it open government?”, {fig:pa15_irm_unrated} not rated in our sources.'
	},
	{
		id: 'disputed',
		chart: 'completion',
		state: 'dispute',
		description:
			"Civil society's view: the EITI commitment, shown complete on the dashboard, with {fig:pa15_c26_disputed} of its {fig:pa15_c26_objectives} objectives disputed by the organisations that worked on it."
	},
	{
		id: 'two-year-cycles',
		chart: 'cycles',
		state: 'cycles',
		description:
			'Drafting and implementation windows for each plan side by side: the Extended Plan had from June to September 2012; the second plan, drafted from April 2013, ran to mid-2015. Windows our sources do not date are marked as unknown.'
	},
	{
		id: 'world-stage',
		chart: 'membership',
		state: 'growth',
		description:
			'OGP membership as our sources state it: {fig:ogp_members_founding} founding governments in 2011, {fig:ogp_members_2012} countries at the end of 2012 (a count that may include more than member governments), {fig:ogp_members_2014b} in September 2014 and {fig:ogp_members_2015} in 2015.'
	},
	{
		id: 'summit',
		chart: 'timeline',
		state: 'world-stage',
		description:
			'The timeline highlights 2014–2015: Mexico takes the OGP chair, hosts the Global Summit in October 2015, and {fig:summit_statement_orgs_191} (or {fig:summit_statement_orgs_195}) organisations say open government fell short.'
	},
	{
		id: 'epilogue',
		chart: 'timeline',
		state: 'epilogue',
		description:
			'The timeline highlights 2016–2017: the third plan with {fig:pa18_commitments} commitments, civil society leaving the secretariat, and EITI admitting Mexico on {date:2017-10-25-eiti-admits-mexico}.'
	}
];
