/** Interface words (not story prose), per language. Components take them from here, never inline. */
import type { ChartId } from '$lib/charts/types';
import type { Locale } from '$lib/format/dates';
import type { SourceKind } from '$lib/story/source-groups';

export interface UiStrings {
	chartTitles: Record<ChartId, string>;
	sourcesLabel: string;
	sourcesMore: (n: number) => string;
	/** Shown in a chart's box when its other states could not be fetched. */
	chartStale: string;
	findingsHeading: string;
	findingsSeeStep: string;
	methodsHeading: string;
	notRatedHeading: string;
	sourcesHeading: string;
	citeHeading: string;
	dataLink: string;
	/** Link to THIRD_PARTY_NOTICES.txt, the licences of the shipped code and fonts. */
	noticesLink: string;
	kicker: string;
	/** Short names of steps, for links back to them. */
	stepNames: Record<string, string>;
	/** The language switch: its accessible name, and the other edition's name in its own language. */
	languageLabel: string;
	otherLanguage: { locale: Locale; name: string };
	/** Open Graph locale of this edition. */
	ogLocale: string;
	/** "26 of 26". */
	of: string;
	/** Key of the hero graphic's "no rating on record" squares. */
	noRating: string;
	/** The "What we know and what we don't" box. */
	knownHeading: string;
	knownLabel: string;
	unknownLabel: string;
	/** A step card's disclosure of detail. */
	more: string;
	/** The dates under the byline. */
	published: string;
	updated: string;
	/** The box of tools (present, embed, data) after the findings. */
	useHeading: string;
	/** Links to the other editions. */
	presentLink: string;
	embedStoryLink: string;
	embedShortLink: string;
	/** Headings of the source list's groups. */
	sourceGroups: Record<SourceKind, string>;
	/** "copy 2" of a document listed at several addresses. */
	copyLabel: (n: number) => string;
	/** Closing card of the findings: what the sources cannot tell. */
	findingsLabel: (n: number) => string;
	/** The short embed's closing link. */
	readWhole: string;
}

export const UI: Record<Locale, UiStrings> = {
	en: {
		chartTitles: {
			timeline: 'Mexico and the Open Government Partnership, 2011\u2060–\u20602017',
			flow: 'Commitments, plan by plan',
			cycles: 'Drafting and carrying out each plan',
			membership: 'OGP members over time'
		},
		sourcesLabel: 'Sources',
		sourcesMore: (n) => `and ${n} more`,
		chartStale: 'This chart could not load its other views. The text below it describes each one.',
		findingsHeading: 'What the case study found',
		findingsSeeStep: 'See',
		methodsHeading: 'Methods and sources',
		notRatedHeading: 'What “no independent rating found” means',
		sourcesHeading: 'Sources',
		citeHeading: 'How to cite this story',
		dataLink: 'All the data behind this story, as tables',
		noticesLink: 'Licences of the code and fonts this site uses',
		kicker: 'Open government · Mexico · 2011\u2060–\u20602018',
		stepNames: {
			opening: 'the question',
			founder: 'a founder',
			objection: 'civil society objects',
			'plan-2011': 'the first plan',
			'extended-plan': 'the Extended Plan',
			'first-results': 'the first results',
			'new-method': 'a new method',
			sectors: 'sectors',
			'hundred-percent': 'the dashboard’s claim',
			'independent-review': 'independent review',
			disputed: 'the dispute',
			'two-year-cycles': 'two-year cycles',
			'world-stage': 'the world stage',
			summit: 'the summit',
			walkout: 'the walkout',
			'third-plan': 'the third plan',
			'third-verdict': 'the third plan’s verdict',
			epilogue: 'EITI at last'
		},
		languageLabel: 'Language',
		otherLanguage: { locale: 'es', name: 'Español' },
		ogLocale: 'en_GB',
		of: 'of',
		noRating: 'no independent rating found',
		knownHeading: 'What we know and what we don’t',
		knownLabel: 'What the sources show',
		unknownLabel: 'What they don’t',
		more: 'More',
		published: 'Published',
		updated: 'Updated',
		useHeading: 'Use this story',
		presentLink: 'Present it as slides',
		embedStoryLink: 'Embed the whole story',
		embedShortLink: 'Embed the short version',
		sourceGroups: {
			ogp: 'Open Government Partnership and its independent reviewers (IRM)',
			government: 'Government of Mexico',
			'civil-society': 'Civil society, researchers and the case study',
			news: 'News',
			copies: 'Copies of documents held on other sites',
			other: 'Other organisations and records'
		},
		copyLabel: (n) => `copy ${n}`,
		findingsLabel: (n) => `Finding ${n}`,
		readWhole: 'Read the whole story'
	},
	es: {
		chartTitles: {
			timeline: 'México y la Alianza para el Gobierno Abierto, 2011\u2060–\u20602017',
			flow: 'Compromisos, plan por plan',
			cycles: 'Elaboración y ejecución de cada plan',
			membership: 'Miembros de la AGA a lo largo del tiempo'
		},
		sourcesLabel: 'Fuentes',
		sourcesMore: (n) => `y ${n} más`,
		chartStale:
			'Este gráfico no pudo cargar sus otras vistas. El texto debajo de él describe cada una.',
		findingsHeading: 'Lo que encontró el estudio de caso',
		findingsSeeStep: 'Ver',
		methodsHeading: 'Método y fuentes',
		notRatedHeading: 'Qué significa «sin calificación independiente»',
		sourcesHeading: 'Fuentes',
		citeHeading: 'Cómo citar esta historia',
		dataLink: 'Todos los datos de esta historia, en tablas',
		noticesLink: 'Licencias del código y las tipografías que usa este sitio',
		kicker: 'Gobierno abierto · México · 2011\u2060–\u20602018',
		stepNames: {
			opening: 'la pregunta',
			founder: 'un fundador',
			objection: 'la sociedad civil objeta',
			'plan-2011': 'el primer plan',
			'extended-plan': 'el Plan de Acción Ampliado',
			'first-results': 'los primeros resultados',
			'new-method': 'un nuevo método',
			sectors: 'los sectores',
			'hundred-percent': 'lo que decía el tablero',
			'independent-review': 'la revisión independiente',
			disputed: 'la disputa',
			'two-year-cycles': 'los ciclos de dos años',
			'world-stage': 'el escenario mundial',
			summit: 'la cumbre',
			walkout: 'la salida de la sociedad civil',
			'third-plan': 'el tercer plan',
			'third-verdict': 'el veredicto del tercer plan',
			epilogue: 'por fin, la EITI'
		},
		languageLabel: 'Idioma',
		otherLanguage: { locale: 'en', name: 'English' },
		ogLocale: 'es_MX',
		of: 'de',
		noRating: 'sin calificación independiente',
		knownHeading: 'Lo que sabemos y lo que no',
		knownLabel: 'Lo que muestran las fuentes',
		unknownLabel: 'Lo que no',
		more: 'Más',
		published: 'Publicado',
		updated: 'Actualizado',
		useHeading: 'Usar esta historia',
		presentLink: 'Presentarla en diapositivas',
		embedStoryLink: 'Insertar la historia completa',
		embedShortLink: 'Insertar la versión breve',
		sourceGroups: {
			ogp: 'Alianza para el Gobierno Abierto y sus revisores independientes (MRI)',
			government: 'Gobierno de México',
			'civil-society': 'Sociedad civil, investigadores y el estudio de caso',
			news: 'Prensa',
			copies: 'Copias de documentos alojadas en otros sitios',
			other: 'Otras organizaciones y registros'
		},
		copyLabel: (n) => `copia ${n}`,
		findingsLabel: (n) => `Hallazgo ${n}`,
		readWhole: 'Leer la historia completa'
	}
};
