/**
 * The story's steps, in reading order: each moves one chart to one state and says, in one
 * sentence, what the chart shows then (its text alternative). Numbers and dates in descriptions
 * are tokens (`{fig:id}`, `{date:event-id}`) filled from data/ at build time, never typed here.
 * The prose for each step lives in the copy file under the same id.
 */
import type { ChartId } from '$lib/charts/types';
import type { Locale } from '$lib/format/dates';

export interface Step {
	/** Stable kebab-case id: the URL hash, the copy key and `data-step`. */
	id: string;
	chart: ChartId;
	/** One of the chart's state ids. */
	state: string;
	/** What the chart shows in this state, in one sentence per language (tokens allowed). */
	description: Record<Locale, string>;
}

export const STEPS: readonly Step[] = [
	{
		id: 'opening',
		chart: 'timeline',
		state: 'overview',
		description: {
			en: 'A timeline from 2011 to 2017 with every dated event in our data, marked by kind: plans, institutions, conflicts, summits and milestones.',
			es: 'Una línea de tiempo de 2011 a 2017 con cada suceso fechado de nuestros datos, marcado por tipo: planes, instituciones, conflictos, cumbres e hitos.'
		}
	},
	{
		id: 'founder',
		chart: 'timeline',
		state: 'founding',
		description: {
			en: "The timeline highlights {date:2011-09-20-ogp-launch}: OGP's launch with {fig:ogp_members_founding} founding governments, and Mexico's government-drafted plan.",
			es: 'La línea de tiempo resalta el {date:2011-09-20-ogp-launch}: el lanzamiento de la AGA con {fig:ogp_members_founding} gobiernos fundadores y el plan de México elaborado por el gobierno.'
		}
	},
	{
		id: 'objection',
		chart: 'timeline',
		state: 'objection',
		description: {
			en: 'The timeline highlights the end of 2011: civil society rejects the plan (our sources date it only to the year) and the Tripartite Technical Secretariat is created in {date:2011-12-stt-created}.',
			es: 'La línea de tiempo resalta el final de 2011: la sociedad civil rechaza el plan (nuestras fuentes solo lo fechan en el año) y en {date:2011-12-stt-created} se crea el Secretariado Técnico Tripartita.'
		}
	},
	{
		id: 'extended-plan',
		chart: 'flow',
		state: 'extended',
		description: {
			en: "Two columns: the September 2011 plan, whose number of commitments is not in our sources, and the Extended Plan's {fig:paa_commitments} jointly built commitments, one mark each.",
			es: 'Dos columnas: el plan de septiembre de 2011, cuyo número de compromisos no consta en nuestras fuentes, y los {fig:paa_commitments} compromisos del Plan de Acción Ampliado, construidos en conjunto, una marca por compromiso.'
		}
	},
	{
		id: 'first-results',
		chart: 'completion',
		state: 'self-report',
		description: {
			en: 'The December 2012 self-report as bars: {fig:paa_status_met} fully met, {fig:paa_status_partial} partly met and {fig:paa_status_none} not met, which add up to {fig:paa_status_sum}, against a line at the {fig:paa_commitments} commitments the plan had.',
			es: 'El autorreporte de diciembre de 2012 en barras: {fig:paa_status_met} cumplidos totalmente, {fig:paa_status_partial} en parte y {fig:paa_status_none} sin cumplimiento, que suman {fig:paa_status_sum}, frente a una línea en los {fig:paa_commitments} compromisos que tenía el plan.'
		}
	},
	{
		id: 'new-method',
		chart: 'flow',
		state: 'second',
		description: {
			en: "A third column joins the first two: the 2013–2015 plan's {fig:pa15_commitments} co-created commitments, one mark each; no source links single commitments across plans, so no mark moves between columns.",
			es: 'Una tercera columna se suma a las dos primeras: los {fig:pa15_commitments} compromisos cocreados del plan 2013-2015, una marca por compromiso; ninguna fuente vincula compromisos concretos entre planes, así que ninguna marca pasa de una columna a otra.'
		}
	},
	{
		id: 'sectors',
		chart: 'flow',
		state: 'by-cluster',
		description: {
			en: "The 2013–2015 plan's {fig:pa15_commitments} commitments regroup by the independent reviewers' sector clusters; {fig:pa15_unclustered} stay in a group whose cluster is not in our sources.",
			es: 'Los {fig:pa15_commitments} compromisos del plan 2013-2015 se reagrupan según los grupos temáticos de los revisores independientes; {fig:pa15_unclustered} quedan en un grupo cuyo tema no consta en nuestras fuentes.'
		}
	},
	{
		id: 'dashboard',
		chart: 'cycles',
		state: 'dashboard',
		description: {
			en: "The 2013–2015 plan's timeline with the public dashboard's three progress cuts ({date:2014-10-27-dashboard-cut-1}, {date:2015-03-08-dashboard-cut-2} and {date:2015-07-22-dashboard-cut-3}) and the results presented on {date:2015-09-17-pa15-results}.",
			es: 'La línea de tiempo del plan 2013-2015 con los tres cortes de avance del tablero público ({date:2014-10-27-dashboard-cut-1}, {date:2015-03-08-dashboard-cut-2} y {date:2015-07-22-dashboard-cut-3}) y la presentación de resultados del {date:2015-09-17-pa15-results}.'
		}
	},
	{
		id: 'hundred-percent',
		chart: 'completion',
		state: 'claim',
		description: {
			en: "The 2013–2015 commitments by sector cluster, as on the government's dashboard: {fig:pa15_dashboard_claim} of {fig:pa15_commitments} shown complete, a government claim.",
			es: 'Los compromisos 2013-2015 por grupo temático, como en el tablero del gobierno: {fig:pa15_dashboard_claim} de {fig:pa15_commitments} aparecen cumplidos, según el gobierno.'
		}
	},
	{
		id: 'independent-review',
		chart: 'completion',
		state: 'irm',
		description: {
			en: 'The same commitments by independent rating: {fig:pa15_irm_rated_major} rated “major” on “did it open government?”, {fig:pa15_irm_unrated} not rated in our sources.',
			es: 'Los mismos compromisos según la calificación independiente: {fig:pa15_irm_rated_major} calificados como «importante» en «¿abrió el gobierno?» y {fig:pa15_irm_unrated} sin calificación en nuestras fuentes.'
		}
	},
	{
		id: 'disputed',
		chart: 'completion',
		state: 'dispute',
		description: {
			en: "Civil society's view: the EITI commitment, shown complete on the dashboard, with {fig:pa15_c26_disputed} of its {fig:pa15_c26_objectives} objectives disputed by the organisations that worked on it.",
			es: 'La mirada de la sociedad civil: el compromiso de EITI, cumplido según el tablero, con {fig:pa15_c26_disputed} de sus {fig:pa15_c26_objectives} objetivos en disputa por las organizaciones que trabajaron en él.'
		}
	},
	{
		id: 'two-year-cycles',
		chart: 'cycles',
		state: 'cycles',
		description: {
			en: 'Drafting and implementation windows for each plan side by side: the Extended Plan had from June to September 2012; the second plan, drafted from April 2013, ran to mid-2015. Windows our sources do not date are marked as unknown.',
			es: 'Los periodos de elaboración y de ejecución de cada plan, uno junto a otro: el Plan de Acción Ampliado tuvo de junio a septiembre de 2012; el segundo plan, elaborado desde abril de 2013, llegó a mediados de 2015. Los periodos que nuestras fuentes no fechan aparecen como desconocidos.'
		}
	},
	{
		id: 'world-stage',
		chart: 'membership',
		state: 'growth',
		description: {
			en: 'OGP membership as our sources state it: {fig:ogp_members_founding} founding governments in 2011, {fig:ogp_members_2012} countries at the end of 2012 (a count that may include more than member governments), {fig:ogp_members_2014b} in September 2014 and {fig:ogp_members_2015} in 2015.',
			es: 'Los miembros de la AGA según nuestras fuentes: {fig:ogp_members_founding} gobiernos fundadores en 2011, {fig:ogp_members_2012} países a fines de 2012 (una cifra que puede incluir más que gobiernos miembros), {fig:ogp_members_2014b} en septiembre de 2014 y {fig:ogp_members_2015} en 2015.'
		}
	},
	{
		id: 'summit',
		chart: 'timeline',
		state: 'world-stage',
		description: {
			en: 'The timeline highlights 2014–2015: Mexico takes the OGP chair, hosts the Global Summit in October 2015, and {fig:summit_statement_orgs_191} (or {fig:summit_statement_orgs_195}) organisations say open government fell short.',
			es: 'La línea de tiempo resalta 2014-2015: México asume la presidencia de la AGA, recibe la Cumbre Global en octubre de 2015 y {fig:summit_statement_orgs_191} (o {fig:summit_statement_orgs_195}) organizaciones dicen que el gobierno abierto se quedó corto.'
		}
	},
	{
		id: 'epilogue',
		chart: 'timeline',
		state: 'epilogue',
		description: {
			en: 'The timeline highlights 2016–2017: the third plan with {fig:pa18_commitments} commitments, civil society leaving the secretariat, and EITI admitting Mexico on {date:2017-10-25-eiti-admits-mexico}.',
			es: 'La línea de tiempo resalta 2016-2017: el tercer plan con {fig:pa18_commitments} compromisos, la salida de la sociedad civil del secretariado y la admisión de México en EITI el {date:2017-10-25-eiti-admits-mexico}.'
		}
	}
];
