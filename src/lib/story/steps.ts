/**
 * The story's steps, in reading order: each moves one chart to one state and says, in one
 * sentence, what the chart shows then (its text alternative). Numbers and dates in descriptions
 * are tokens (`{fig:id}`, `{date:event-id}`) filled from data/ at build time, never typed here.
 * The prose for each step lives in the copy file under the same id.
 */
import type { ChartId, ChartState } from '$lib/charts/types';
import type { Locale } from '$lib/format/dates';
// In its own file, so the slides and embeds read it without every step's descriptions.
import { STEP_ALIASES } from './aliases';

/** A step on one chart: its `state` must be one of that chart's states (checked by tsc). */
export type ChartStep<C extends ChartId> = {
	/** Stable kebab-case id: the URL hash, the copy key and `data-step`. */
	id: string;
	chart: C;
	/** One of the chart's state ids. */
	state: ChartState<C>;
	/** What the chart shows in this state, in one sentence per language (tokens allowed). */
	description: Record<Locale, string>;
};

export type Step = { [C in ChartId]: ChartStep<C> }[ChartId];

export const STEPS: readonly Step[] = [
	{
		id: 'opening',
		chart: 'timeline',
		state: 'overview',
		description: {
			en: "A timeline from 2011 to 2017 in grey, with the story's key moments marked.",
			es: 'Una línea de tiempo de 2011 a 2017 en gris, con los momentos clave de la historia marcados.'
		}
	},
	{
		id: 'founder',
		chart: 'timeline',
		state: 'founding',
		description: {
			en: "The timeline lights {date:2011-09-20-ogp-launch}: OGP's launch with {fig:ogp_members_founding} founding governments, and Mexico's plan drafted by federal agencies.",
			es: 'La línea de tiempo ilumina el {date:2011-09-20-ogp-launch}: el lanzamiento de la AGA con {fig:ogp_members_founding} gobiernos fundadores y el plan de México redactado por dependencias federales.'
		}
	},
	{
		id: 'objection',
		chart: 'timeline',
		state: 'objection',
		description: {
			en: 'The timeline lights the end of 2011: civil society rejects the plan ({date:2011-csos-reject-plan}, year only) and the Tripartite Technical Secretariat is created in {date:2011-12-stt-created}.',
			es: 'La línea de tiempo ilumina el final de 2011: la sociedad civil rechaza el plan ({date:2011-csos-reject-plan}, solo el año) y en {date:2011-12-stt-created} se crea el Secretariado Técnico Tripartita.'
		}
	},
	{
		id: 'plan-2011',
		chart: 'flow',
		state: 'plan-2011',
		description: {
			en: "The flow's first column: the September 2011 plan, written by federal agencies with {fig:plan1_cso_proposals} civil-society proposal; its number of commitments is unknown, drawn as one quiet glyph.",
			es: 'La primera columna del flujo: el plan de septiembre de 2011, redactado por dependencias federales con {fig:plan1_cso_proposals} propuesta de la sociedad civil; su número de compromisos se desconoce y se dibuja con un signo discreto.'
		}
	},
	{
		id: 'extended-plan',
		chart: 'flow',
		state: 'extended',
		description: {
			en: '{fig:paa_commitments} marks enter, one per commitment of the Extended Plan, built from {fig:paa_proposals} proposals by {fig:paa_csos} organisations in {fig:paa_meetings} meetings and presented on {date:2012-06-06-extended-plan-presented}.',
			es: 'Entran {fig:paa_commitments} marcas, una por compromiso del Plan de Acción Ampliado, construido con {fig:paa_proposals} propuestas de {fig:paa_csos} organizaciones en {fig:paa_meetings} reuniones y presentado el {date:2012-06-06-extended-plan-presented}.'
		}
	},
	{
		id: 'first-results',
		chart: 'flow',
		state: 'self-report',
		description: {
			en: 'Beside the {fig:paa_commitments} marks, the December 2012 self-report: {fig:paa_status_met} met, {fig:paa_status_partial} partly met and {fig:paa_status_none} not met, which add up to {fig:paa_status_sum}, not {fig:paa_commitments}.',
			es: 'Junto a las {fig:paa_commitments} marcas, el autorreporte de diciembre de 2012: {fig:paa_status_met} cumplidos, {fig:paa_status_partial} en parte y {fig:paa_status_none} sin cumplir, que suman {fig:paa_status_sum}, no {fig:paa_commitments}.'
		}
	},
	{
		id: 'new-method',
		chart: 'flow',
		state: 'second',
		description: {
			en: '{fig:pa15_commitments} marks enter for the 2013–2015 plan, drafted in {fig:pa15_tables} thematic tables with {fig:pa15_specialists} specialists; commitments are linked across plans only where a source does so.',
			es: 'Entran {fig:pa15_commitments} marcas del plan 2013–2015, elaborado en {fig:pa15_tables} mesas temáticas con {fig:pa15_specialists} especialistas; los compromisos se enlazan entre planes solo donde una fuente lo hace.'
		}
	},
	{
		id: 'sectors',
		chart: 'flow',
		state: 'by-cluster',
		description: {
			en: "The {fig:pa15_commitments} commitments of 2013–2015 regroup by the independent reviewers' sector clusters; the {fig:pa15_unclustered} without a known cluster stay together, in grey.",
			es: 'Los {fig:pa15_commitments} compromisos de 2013–2015 se reagrupan por los sectores de los revisores independientes; los {fig:pa15_unclustered} sin sector conocido quedan juntos, en gris.'
		}
	},
	{
		id: 'hundred-percent',
		chart: 'flow',
		state: 'claim',
		description: {
			en: "The dashboard's progress cuts ({date:2014-10-27-dashboard-cut-1}, {date:2015-03-08-dashboard-cut-2}, {date:2015-07-22-dashboard-cut-3}) lead to {date:2015-09-17-pa15-results}: all {fig:pa15_dashboard_claim} of {fig:pa15_commitments} marks shown complete, as the government claimed.",
			es: 'Los cortes de avance del tablero ({date:2014-10-27-dashboard-cut-1}, {date:2015-03-08-dashboard-cut-2}, {date:2015-07-22-dashboard-cut-3}) llevan al {date:2015-09-17-pa15-results}: las {fig:pa15_dashboard_claim} de {fig:pa15_commitments} marcas aparecen cumplidas, según el gobierno.'
		}
	},
	{
		id: 'independent-review',
		chart: 'flow',
		state: 'verdict',
		description: {
			en: 'The same marks by independent rating: {fig:pa15_irm_rated_major} rated “major” on “did it open government?”, labelled by name; the other {fig:pa15_irm_unrated} share one quiet “no independent rating” glyph.',
			es: 'Las mismas marcas según la calificación independiente: {fig:pa15_irm_rated_major} con resultado «importante» en «¿abrió el gobierno?», con su nombre; las otras {fig:pa15_irm_unrated} comparten un signo discreto de «sin calificación independiente».'
		}
	},
	{
		id: 'disputed',
		chart: 'flow',
		state: 'dispute',
		description: {
			en: '“Joining EITI” highlighted: the dashboard showed {fig:pa15_c26_objectives} of {fig:pa15_c26_objectives} objectives green; Fundar and Transparencia Mexicana said at least {fig:pa15_c26_disputed} should not be.',
			es: '«Adhesión a EITI» resaltado: el tablero mostraba {fig:pa15_c26_objectives} de {fig:pa15_c26_objectives} objetivos en verde; Fundar y Transparencia Mexicana dijeron que al menos {fig:pa15_c26_disputed} no debían estarlo.'
		}
	},
	{
		id: 'two-year-cycles',
		chart: 'cycles',
		state: 'windows',
		description: {
			en: "Time available per plan, drafting beside carrying out, from the dates in the data, captioned with the case study's conclusion on two-year cycles.",
			es: 'El tiempo disponible de cada plan, elaboración junto a ejecución, según las fechas de los datos, con la conclusión del estudio de caso sobre los ciclos de dos años.'
		}
	},
	{
		id: 'world-stage',
		chart: 'membership',
		state: 'growth',
		description: {
			en: 'OGP membership: {fig:ogp_members_founding} founding governments in 2011, {fig:ogp_members_2014b} countries in September 2014 and {fig:ogp_members_2015} in 2015, connected; the end-2012 count of {fig:ogp_members_2012}, a different measure, hollow and apart.',
			es: 'Los miembros de la AGA: {fig:ogp_members_founding} gobiernos fundadores en 2011, {fig:ogp_members_2014b} países en septiembre de 2014 y {fig:ogp_members_2015} en 2015, unidos por una línea; la cifra de fines de 2012, {fig:ogp_members_2012}, otra medida, hueca y aparte.'
		}
	},
	{
		id: 'summit',
		chart: 'timeline',
		state: 'world-stage',
		description: {
			en: 'The timeline lights 2014–2015: Mexico chairs OGP from {date:2014-09-24-mexico-assumes-chair}, hosts the Global Summit in October 2015, and {fig:summit_statement_orgs_191} (or {fig:summit_statement_orgs_195}) organisations say open government fell short.',
			es: 'La línea de tiempo ilumina 2014–2015: México preside la AGA desde el {date:2014-09-24-mexico-assumes-chair}, recibe la Cumbre Global en octubre de 2015 y {fig:summit_statement_orgs_191} (o {fig:summit_statement_orgs_195}) organizaciones dicen que el gobierno abierto se quedó corto.'
		}
	},
	{
		id: 'walkout',
		chart: 'timeline',
		state: 'walkout',
		description: {
			en: "The timeline lights {date:2017-csos-leave-stt}: civil society's core group leaves the Tripartite Technical Secretariat after the revelations of government spying.",
			es: 'La línea de tiempo ilumina {date:2017-csos-leave-stt}: el núcleo de la sociedad civil abandona el Secretariado Técnico Tripartita tras las revelaciones de espionaje del gobierno.'
		}
	},
	{
		id: 'third-plan',
		chart: 'flow',
		state: 'third',
		description: {
			en: '{fig:pa18_commitments} marks enter for the 2016–2018 plan, built with {fig:pa18_participants} people, according to the government.',
			es: 'Entran {fig:pa18_commitments} marcas del plan 2016–2018, construido con {fig:pa18_participants} personas, según el gobierno.'
		}
	},
	{
		id: 'third-verdict',
		chart: 'flow',
		state: 'third-verdict',
		description: {
			en: 'The 2016–2018 marks: the dashboard shows {fig:pa18_dashboard_completed} of {fig:pa18_commitments} complete and {fig:pa18_dashboard_pct_complete} % done; the independent reviewers found significant results in {fig:pa18_significant_results}. Different measures, shown side by side.',
			es: 'Las marcas de 2016–2018: el tablero muestra {fig:pa18_dashboard_completed} de {fig:pa18_commitments} completados y {fig:pa18_dashboard_pct_complete} % de avance; los revisores independientes hallaron resultados significativos en {fig:pa18_significant_results}. Son medidas distintas, una junto a otra.'
		}
	},
	{
		id: 'epilogue',
		chart: 'timeline',
		state: 'epilogue',
		description: {
			en: 'The timeline lights {date:2017-10-25-eiti-admits-mexico}: EITI admits Mexico, after the plan that promised it had ended.',
			es: 'La línea de tiempo ilumina el {date:2017-10-25-eiti-admits-mexico}: la EITI admite a México, ya concluido el plan que lo prometía.'
		}
	}
];

export { STEP_ALIASES };

/** A step id as written in a link: a current id, an old id's replacement, or null. */
export function resolveStepId(id: string): string | null {
	if (STEPS.some((s) => s.id === id)) return id;
	return STEP_ALIASES[id] ?? null;
}
