/**
 * Every word the charts draw, per language. Chart components, layouts and build-time data
 * functions take their slice from here; none of them holds text of its own. Strings with numbers
 * or dates in them are functions of the already-formatted values, so every number still comes
 * from data/ and is formatted for the page's language before it gets here.
 */
import type { DID_IT_OPEN_GOVERNMENT, DRAFTING_METHODS, EVENT_KINDS } from '$lib/data/schema';
import type { Locale } from '$lib/format/dates';

type EventKind = (typeof EVENT_KINDS)[number];
type DraftingMethod = (typeof DRAFTING_METHODS)[number];
type Rating = (typeof DID_IT_OPEN_GOVERNMENT)[number];

/** The plan dates the cycles chart draws. */
export type CycleDateField = 'draftingStart' | 'presented' | 'implementationEnd';

export interface TimelineStrings {
	/** Legend word for each kind of event. */
	kinds: Record<EventKind, string>;
}

export interface FlowStrings {
	/** Accessible name of the drawing. */
	label: string;
	/** Column headers, built from each plan's own dates. */
	stageNames: {
		/** From the month it was presented ("September 2011"). */
		original: (month: string) => string;
		/** From the year it was presented. */
		extended: (year: string) => string;
		/** From its OGP cycle ("2013–2015"). */
		cycle: (years: string) => string;
	};
	/** How each plan was built, as its header prints it. */
	methods: Record<DraftingMethod, string>;
	/** A plan's stated count. */
	commitments: (n: string) => string;
	/** In a header, for a plan whose count no source gives. */
	countUnknown: string;
	/** Inside the dashed block drawn instead of marks. */
	blockLabel: string;
	/** Under the clustered plan's header. */
	clusterNote: string;
	/** Name of the group no source places in a cluster. */
	clusterUnknown: string;
	/** Tooltips. */
	commitment: (n: string, title: string) => string;
	commitmentNoNumber: (title: string) => string;
	titleUnknown: string;
	/** A commitment the count implies but no row of ours lists. */
	unlisted: (n: string) => string;
}

export interface CompletionStrings {
	/** Accessible name of the drawing in each state. */
	labels: {
		selfReport: (plan: string, date: string | null) => string;
		claim: (plan: string) => string;
		irm: (plan: string) => string;
		dispute: (plan: string) => string;
	};
	/** What each self-reported status means. */
	meanings: { met: string; partial: string; none: string };
	selfReportTitle: (plan: string) => string;
	governmentFigures: (date: string | null) => string;
	/** "21 fully met". */
	segment: (n: string, meaning: string) => string;
	/** The plan's stated number, by its reference line. */
	inPlan: (n: string) => string;
	/** The parts add up to more, or fewer, than the plan had. */
	addsUpMore: (sum: string, diff: string) => string;
	addsUpFewer: (sum: string, diff: string) => string;
	/** "26 of 26". */
	headline: (n: string, total: string) => string;
	/** Beside the headline: the dashboard's value, as the government's claim. */
	claim: (pct: string) => string;
	/** Legends. */
	below: (n: string, pct: string) => string;
	ratedBy: (n: string, rating: string) => string;
	notRated: (n: string) => string;
	noDispute: (n: string) => string;
	noDashboard: (n: string) => string;
	/** Beside a row: "1 Major". */
	rowRating: (n: string, rating: string) => string;
	/** The IRM's "did it open government?" scale. */
	ratings: Record<Rating, string>;
	clusterUnknown: string;
	/** Square tooltips. */
	commitment: (n: string, title: string) => string;
	numberUnknown: string;
	titleUnknown: string;
	square: {
		rated: (name: string, rating: string) => string;
		unrated: (name: string) => string;
		disputed: (name: string) => string;
		claim: (name: string, pct: string) => string;
		noDashboard: (name: string) => string;
	};
	/** Annotation of a disputed square. */
	disputeHead: (n: string) => string;
	disputedBy: string;
	disputedOf: (part: string, whole: string) => string;
}

export interface CyclesStrings {
	/** Accessible name of the drawing in each state. */
	labels: { cycles: (from: string, to: string) => string; dashboard: (plan: string) => string };
	/** The two windows. */
	drafting: string;
	carryingOut: string;
	/** A known date's label, longest wording first. */
	known: Record<CycleDateField, string[]>;
	/** A date no source gives: the long and the short way to name it. */
	missing: Record<CycleDateField, { long: string; short: string }>;
	/** "drafting start and end not in our sources". */
	notInSources: (what: string[]) => string;
	/** The same said shorter, for narrow boxes, from the short names. */
	notInSourcesShort: (what: string[]) => string;
	/** A known date outside the axis window, at the edge it lies beyond. */
	edge: Record<CycleDateField, (date: string) => string>;
	/** Notes for dates that are our editorial judgement (†), one per date. */
	editorial: Record<CycleDateField, string>;
	/** Sharper notes for a particular plan's date, keyed `<stage_id>:<field>`. */
	editorialWhy: Partial<Record<string, string>>;
	/** The note where a box has no room for the longer ones. */
	editorialShort: string;
	/** The dashboard lane. */
	dashboardCut: (n: string) => string;
	results: string;
}

export interface MembershipStrings {
	/** Accessible name of the drawing. */
	label: (from: string, to: string) => string;
	title: string;
	/** Words for the units figures.csv gives these figures in, keyed by that unit. */
	units: Record<string, string>;
	/** A figure in a unit other than the main one: "63 governments". */
	withUnit: (value: string, unit: string) => string;
	undated: (value: string) => string;
	/** Under a figure dated only to a month or a year. */
	someTimeIn: (date: string) => string;
}

export interface ChartStrings {
	timeline: TimelineStrings;
	flow: FlowStrings;
	completion: CompletionStrings;
	cycles: CyclesStrings;
	membership: MembershipStrings;
}

/** "a", "a and b", "a, b and c". */
const listWith = (and: string) => (words: string[]) =>
	words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
const listEn = listWith('and');
const listEs = listWith('y');

const en: ChartStrings = {
	timeline: {
		kinds: {
			plan: 'Plan',
			institution: 'Institution',
			conflict: 'Conflict',
			summit: 'Summit',
			milestone: 'Milestone'
		}
	},
	flow: {
		label: "Commitments in Mexico's first three open-government plans, one mark each",
		stageNames: {
			original: (month) => `${month} plan`,
			extended: (year) => `Extended Plan, ${year}`,
			cycle: (years) => `${years} plan`
		},
		methods: {
			'government-drafted': 'government-drafted',
			'jointly-built': 'jointly built',
			'co-created': 'co-created'
		},
		commitments: (n) => `${n} commitments`,
		countUnknown: 'count not in our sources',
		blockLabel: 'number of commitments not in our sources',
		clusterNote: 'grouped by IRM sector cluster',
		clusterUnknown: 'Cluster not in our sources',
		commitment: (n, title) => `Commitment ${n}: ${title}`,
		commitmentNoNumber: (title) => `Commitment: ${title}`,
		titleUnknown: 'title not in our sources',
		unlisted: (n) => `Commitment ${n}: not listed in our sources`
	},
	completion: {
		labels: {
			selfReport: (plan, date) => `${plan}: self-reported status${date ? `, ${date}` : ''}`,
			claim: (plan) =>
				`${plan}: commitments by sector cluster, as the government's dashboard showed them`,
			irm: (plan) =>
				`${plan}: commitments by sector cluster, with the independent ratings in our sources`,
			dispute: (plan) =>
				`${plan}: commitments by sector cluster, with the one civil society disputed`
		},
		meanings: { met: 'fully met', partial: 'partly met', none: 'not met' },
		selfReportTitle: (plan) => `${plan}: self-reported status`,
		governmentFigures: (date) => `government figures${date ? `, ${date}` : ''}`,
		segment: (n, meaning) => `${n} ${meaning}`,
		inPlan: (n) => `${n} commitments in the plan`,
		addsUpMore: (sum, diff) => `adds up to ${sum}: ${diff} more than the plan had`,
		addsUpFewer: (sum, diff) => `adds up to ${sum}: ${diff} fewer than the plan had`,
		headline: (n, total) => `${n} of ${total}`,
		claim: (pct) => `${pct}% on the government's dashboard (a claim)`,
		below: (n, pct) => `${n} below ${pct}% on the dashboard`,
		ratedBy: (n, rating) => `${n} rated “${rating}” by the IRM on “did it open government?”`,
		notRated: (n) => `${n} not rated in our sources`,
		noDispute: (n) => `${n} others: no dispute in our sources`,
		noDashboard: (n) => `${n} with no dashboard value in our sources`,
		rowRating: (n, rating) => `${n} ${rating}`,
		ratings: {
			Worsened: 'Worsened',
			'Did Not Change': 'Did Not Change',
			Marginal: 'Marginal',
			Major: 'Major',
			Outstanding: 'Outstanding'
		},
		clusterUnknown: 'Cluster not in our sources',
		commitment: (n, title) => `Commitment ${n}: ${title}`,
		numberUnknown: '(number not in our sources)',
		titleUnknown: 'title not in our sources',
		square: {
			rated: (name, rating) => `${name}. IRM: “${rating}”`,
			unrated: (name) => `${name}. Not rated in our sources`,
			disputed: (name) => `${name}. Disputed by civil society`,
			claim: (name, pct) => `${name}. ${pct}% on the government's dashboard (a claim)`,
			noDashboard: (name) => `${name}. Dashboard value not in our sources`
		},
		disputeHead: (n) => `Commitment ${n}`,
		disputedBy: 'disputed by civil society',
		disputedOf: (part, whole) => `${part} of ${whole} objectives disputed`
	},
	cycles: {
		labels: {
			cycles: (from, to) =>
				`Drafting and carrying-out windows of Mexico’s OGP action plans, ${from} to ${to}`,
			dashboard: (plan) => `${plan}: public dashboard progress cuts and results presentation`
		},
		drafting: 'drafting',
		carryingOut: 'carrying out',
		known: {
			draftingStart: ['drafting starts'],
			presented: ['presented'],
			implementationEnd: ['carrying out ends', 'ends']
		},
		missing: {
			draftingStart: { long: 'drafting start', short: 'start' },
			presented: { long: 'presentation', short: 'presentation' },
			implementationEnd: { long: 'end', short: 'end' }
		},
		notInSources: (what) => `${listEn(what)} not in our sources`,
		notInSourcesShort: (what) => `${listEn(what)} not in our sources`,
		edge: {
			draftingStart: (date) => `drafting from ${date}`,
			presented: (date) => `presented ${date}`,
			implementationEnd: (date) => `ends ${date}`
		},
		editorial: {
			draftingStart: '† our judgement: no source dates this start',
			presented: '† our judgement: no source gives this date',
			implementationEnd: '† our judgement: no source dates this end'
		},
		editorialWhy: {
			'extended-2012:draftingStart': '† our judgement: from the secretariat’s creation',
			'plan-2013-2015:implementationEnd': '† our judgement: sourced for one commitment only'
		},
		editorialShort: '† our judgement',
		dashboardCut: (n) => `dashboard cut ${n}`,
		results: 'results presented'
	},
	membership: {
		label: (from, to) => `OGP membership, ${from} to ${to}, as stated by our sources`,
		title: 'OGP members, as stated by our sources',
		units: { countries: 'countries', governments: 'governments' },
		withUnit: (value, unit) => `${value} ${unit}`,
		undated: (value) => `${value}: date not in our sources`,
		someTimeIn: (date) => `some time in ${date}`
	}
};

const es: ChartStrings = {
	timeline: {
		kinds: {
			plan: 'Plan',
			institution: 'Institución',
			conflict: 'Conflicto',
			summit: 'Cumbre',
			milestone: 'Hito'
		}
	},
	flow: {
		label:
			'Compromisos de los tres primeros planes de gobierno abierto de México, una marca por cada uno',
		stageNames: {
			original: (month) => `Plan de ${month}`,
			extended: (year) => `Plan de Acción Ampliado, ${year}`,
			cycle: (years) => `Plan de Acción ${years}`
		},
		methods: {
			'government-drafted': 'elaborado por el gobierno',
			'jointly-built': 'construido en conjunto',
			'co-created': 'cocreado'
		},
		commitments: (n) => `${n} compromisos`,
		countUnknown: 'número que no consta en nuestras fuentes',
		blockLabel: 'el número de compromisos no consta en nuestras fuentes',
		clusterNote: 'agrupados por sector según el Mecanismo de Revisión Independiente (MRI)',
		clusterUnknown: 'Sin sector en nuestras fuentes',
		commitment: (n, title) => `Compromiso ${n}: ${title}`,
		commitmentNoNumber: (title) => `Compromiso: ${title}`,
		titleUnknown: 'el título no consta en nuestras fuentes',
		unlisted: (n) => `Compromiso ${n}: no aparece en nuestras fuentes`
	},
	completion: {
		labels: {
			selfReport: (plan, date) =>
				`${plan}: avance reportado por el propio gobierno${date ? `, ${date}` : ''}`,
			claim: (plan) =>
				`${plan}: compromisos por sector, como los mostraba el tablero público del gobierno`,
			irm: (plan) =>
				`${plan}: compromisos por sector, con las calificaciones independientes que constan en nuestras fuentes`,
			dispute: (plan) =>
				`${plan}: compromisos por sector, con el que la sociedad civil puso en duda`
		},
		meanings: {
			met: 'cumplidos totalmente',
			partial: 'cumplidos parcialmente',
			none: 'sin cumplimiento'
		},
		selfReportTitle: (plan) => `${plan}: avance reportado por el propio gobierno`,
		governmentFigures: (date) => `cifras del gobierno${date ? `, ${date}` : ''}`,
		segment: (n, meaning) => `${n} ${meaning}`,
		inPlan: (n) => `${n} compromisos en el plan`,
		addsUpMore: (sum, diff) => `suman ${sum}: ${diff} más de los que tenía el plan`,
		addsUpFewer: (sum, diff) => `suman ${sum}: ${diff} menos de los que tenía el plan`,
		headline: (n, total) => `${n} de ${total}`,
		claim: (pct) => `al ${pct}% en el tablero público (dicho del gobierno)`,
		below: (n, pct) => `${n} por debajo del ${pct}% en el tablero público`,
		ratedBy: (n, rating) => `${n} con «${rating}» del MRI en «¿abrió el gobierno?»`,
		notRated: (n) => `${n} sin calificación en nuestras fuentes`,
		noDispute: (n) => `${n} restantes: sin disputa en nuestras fuentes`,
		noDashboard: (n) => `${n} sin valor del tablero público en nuestras fuentes`,
		rowRating: (n, rating) => `${n} «${rating}»`,
		// As the Spanish story words the IRM's scale ("Major" is «importante» there).
		ratings: {
			Worsened: 'empeoró',
			'Did Not Change': 'no cambió',
			Marginal: 'marginal',
			Major: 'importante',
			Outstanding: 'sobresaliente'
		},
		clusterUnknown: 'Sin sector en nuestras fuentes',
		commitment: (n, title) => `Compromiso ${n}: ${title}`,
		numberUnknown: '(el número no consta en nuestras fuentes)',
		titleUnknown: 'el título no consta en nuestras fuentes',
		square: {
			rated: (name, rating) => `${name}. MRI: «${rating}»`,
			unrated: (name) => `${name}. Sin calificación en nuestras fuentes`,
			disputed: (name) => `${name}. Puesto en duda por la sociedad civil`,
			claim: (name, pct) => `${name}. Al ${pct}% en el tablero público (dicho del gobierno)`,
			noDashboard: (name) => `${name}. El valor del tablero público no consta en nuestras fuentes`
		},
		disputeHead: (n) => `Compromiso ${n}`,
		disputedBy: 'puesto en duda por la sociedad civil',
		disputedOf: (part, whole) => `${part} de ${whole} objetivos en disputa`
	},
	cycles: {
		labels: {
			cycles: (from, to) =>
				`Periodos de elaboración y ejecución de los planes de acción de México ante la AGA, de ${from} a ${to}`,
			dashboard: (plan) =>
				`${plan}: cortes de avance del tablero público y presentación de resultados`
		},
		drafting: 'elaboración',
		carryingOut: 'ejecución',
		known: {
			draftingStart: ['inicio de la elaboración', 'inicio'],
			presented: ['presentación'],
			implementationEnd: ['fin de la ejecución', 'fin']
		},
		missing: {
			draftingStart: { long: 'inicio de la elaboración', short: 'inicio' },
			presented: { long: 'presentación', short: 'presentación' },
			implementationEnd: { long: 'fin', short: 'fin' }
		},
		notInSources: (what) =>
			`${listEs(what)} ${what.length > 1 ? 'no constan' : 'no consta'} en nuestras fuentes`,
		notInSourcesShort: (what) => `sin ${listWith('ni')(what)} en nuestras fuentes`,
		edge: {
			draftingStart: (date) => `elaboración desde ${date}`,
			presented: (date) => `presentación: ${date}`,
			implementationEnd: (date) => `fin: ${date}`
		},
		editorial: {
			draftingStart: '† criterio propio: ninguna fuente da el inicio',
			presented: '† criterio propio: ninguna fuente da la fecha',
			implementationEnd: '† criterio propio: ninguna fuente da el fin'
		},
		editorialWhy: {
			'extended-2012:draftingStart': '† criterio propio: inicia con el Secretariado',
			'plan-2013-2015:implementationEnd': '† criterio propio: fecha de un solo compromiso'
		},
		editorialShort: '† criterio propio',
		dashboardCut: (n) => `corte ${n} del tablero`,
		results: 'presentación de resultados'
	},
	membership: {
		label: (from, to) => `Miembros de la AGA, de ${from} a ${to}, según nuestras fuentes`,
		title: 'Miembros de la AGA, según nuestras fuentes',
		units: { countries: 'países', governments: 'gobiernos' },
		withUnit: (value, unit) => `${value} ${unit}`,
		undated: (value) => `${value}: la fecha no consta en nuestras fuentes`,
		someTimeIn: (date) => `en algún momento de ${date}`
	}
};

export const CHART_STRINGS: Record<Locale, ChartStrings> = { en, es };
