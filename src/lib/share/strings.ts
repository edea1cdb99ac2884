/**
 * Words of the share pages and the downloaded files (CSV comments and headers), in English and
 * Mexican Spanish with the same keys. The links' words are in tools.ts.
 */
import type { Locale } from '$lib/format/dates';

export interface ShareStrings {
	/** The share page's link into the story. */
	openStory: string;
	/** The share page's words before the card. */
	cardAlt: (title: string) => string;
	/** First line of a downloaded CSV (after "# "). */
	csvFrom: (headline: string) => string;
	/** Second line: the chart, the step's takeaway it is in, and what the rows are. */
	csvWhat: (chart: string, takeaway: string) => string;
	/** CSV column headers. */
	columns: Record<ColumnId, string>;
	yes: string;
	no: string;
}

export type ColumnId =
	| 'event_id'
	| 'date'
	| 'event'
	| 'highlighted'
	| 'plan'
	| 'commitment_id'
	| 'commitment'
	| 'cluster'
	| 'dashboard_progress_pct'
	| 'did_it_open_government'
	| 'disputed'
	| 'commitments'
	| 'drafting_start'
	| 'presented'
	| 'implementation_end'
	| 'figure_id'
	| 'value'
	| 'qualifier'
	| 'measure'
	| 'description'
	| 'source_ids';

export const SHARE_STRINGS: Record<Locale, ShareStrings> = {
	en: {
		openStory: 'Open the story at this chart',
		cardAlt: (t) => `Chart: ${t}`,
		csvFrom: (h) => `Data behind a chart of the story “${h}”`,
		csvWhat: (c, s) =>
			`Chart: ${c}, as in “${s}”. Only the rows and columns the chart shows; blank = not in the sources of this story (see “Methods and sources”).`,
		columns: {
			event_id: 'event_id',
			date: 'date',
			event: 'event',
			highlighted: 'highlighted',
			plan: 'plan',
			commitment_id: 'commitment_id',
			commitment: 'commitment',
			cluster: 'cluster',
			dashboard_progress_pct: 'dashboard_progress_pct',
			did_it_open_government: 'did_it_open_government',
			disputed: 'disputed',
			commitments: 'commitments',
			drafting_start: 'drafting_start',
			presented: 'presented',
			implementation_end: 'implementation_end',
			figure_id: 'figure_id',
			value: 'value',
			qualifier: 'qualifier',
			measure: 'measure',
			description: 'description',
			source_ids: 'source_ids'
		},
		yes: 'yes',
		no: 'no'
	},
	es: {
		openStory: 'Abrir la historia en esta gráfica',
		cardAlt: (t) => `Gráfica: ${t}`,
		csvFrom: (h) => `Datos de una gráfica de la historia «${h}»`,
		csvWhat: (c, s) =>
			`Gráfica: ${c}, como en «${s}». Solo las filas y columnas que muestra la gráfica; vacío = no está en las fuentes de esta historia (véase «Método y fuentes»).`,
		columns: {
			event_id: 'id_evento',
			date: 'fecha',
			event: 'evento',
			highlighted: 'resaltado',
			plan: 'plan',
			commitment_id: 'id_compromiso',
			commitment: 'compromiso',
			cluster: 'sector',
			dashboard_progress_pct: 'avance_tablero_pct',
			did_it_open_government: 'abrio_el_gobierno',
			disputed: 'disputado',
			commitments: 'compromisos',
			drafting_start: 'inicio_elaboracion',
			presented: 'presentado',
			implementation_end: 'fin_ejecucion',
			figure_id: 'id_cifra',
			value: 'valor',
			qualifier: 'calificador',
			measure: 'medida',
			description: 'descripcion',
			source_ids: 'ids_fuentes'
		},
		yes: 'sí',
		no: 'no'
	}
};
