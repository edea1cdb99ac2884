/**
 * Words of the share page, the share and download links, and the downloaded files (CSV headers,
 * credit), in English and Mexican Spanish with the same keys.
 */
import type { Locale } from '$lib/format/dates';

export interface ShareStrings {
	/** The tools-row control that copies a step's share link. */
	share: string;
	/** Its accessible detail: what is shared. */
	shareWhat: (title: string) => string;
	/** Said once the link is on the clipboard. */
	copied: string;
	/** Before the download links. */
	download: string;
	/** Accessible detail of each download link. */
	downloadWhat: (format: string, title: string) => string;
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
	| 'date_precision'
	| 'kind'
	| 'event'
	| 'highlighted'
	| 'plan'
	| 'commitment_id'
	| 'commitment'
	| 'cluster'
	| 'dashboard_progress_pct'
	| 'did_it_open_government'
	| 'completion_end'
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
		share: 'Share',
		shareWhat: (t) => `a link to this chart: ${t} (copies the link)`,
		copied: 'Link copied',
		download: 'Download',
		downloadWhat: (f, t) => `${f} of this chart: ${t}`,
		openStory: 'Open the story at this chart',
		cardAlt: (t) => `Chart: ${t}`,
		csvFrom: (h) => `Data behind a chart of the story “${h}”`,
		csvWhat: (c, s) =>
			`Chart: ${c}, as in “${s}”. Only the rows and columns the chart shows; blank = not in our sources.`,
		columns: {
			event_id: 'event_id',
			date: 'date',
			date_precision: 'date_precision',
			kind: 'kind',
			event: 'event',
			highlighted: 'highlighted',
			plan: 'plan',
			commitment_id: 'commitment_id',
			commitment: 'commitment',
			cluster: 'cluster',
			dashboard_progress_pct: 'dashboard_progress_pct',
			did_it_open_government: 'did_it_open_government',
			completion_end: 'completion_end',
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
		share: 'Compartir',
		shareWhat: (t) => `un enlace a esta gráfica: ${t} (copia el enlace)`,
		copied: 'Enlace copiado',
		download: 'Descargar',
		downloadWhat: (f, t) => `${f} de esta gráfica: ${t}`,
		openStory: 'Abrir la historia en esta gráfica',
		cardAlt: (t) => `Gráfica: ${t}`,
		csvFrom: (h) => `Datos de una gráfica de la historia «${h}»`,
		csvWhat: (c, s) =>
			`Gráfica: ${c}, como en «${s}». Solo las filas y columnas que muestra la gráfica; vacío = no está en nuestras fuentes.`,
		columns: {
			event_id: 'id_evento',
			date: 'fecha',
			date_precision: 'precision_fecha',
			kind: 'tipo',
			event: 'evento',
			highlighted: 'resaltado',
			plan: 'plan',
			commitment_id: 'id_compromiso',
			commitment: 'compromiso',
			cluster: 'sector',
			dashboard_progress_pct: 'avance_tablero_pct',
			did_it_open_government: 'abrio_el_gobierno',
			completion_end: 'cumplimiento_final',
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
