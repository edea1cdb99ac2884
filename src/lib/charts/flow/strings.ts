/**
 * Every word the commitment flow draws, in English and Mexican Spanish. Words with numbers are
 * functions of already-formatted numbers and dates, so no figure is typed here.
 */
import type { Locale } from '$lib/format/dates';
import type { Completion, Opened } from './encoding';

export interface FlowStrings {
	/** Accessible name of the drawing. */
	label: string;
	/** Band headers, built from each plan's own dates. */
	stageNames: {
		original: (month: string) => string;
		extended: (year: string) => string;
		cycle: (years: string) => string;
	};
	/** A plan's stated count. */
	commitments: (n: string) => string;
	/** Legend entry of a plain mark. */
	commitmentMark: string;
	/** Legend entry of the one glyph for anything the story's sources do not hold. */
	unknown: string;
	/** Who wrote each plan's commitments. */
	who: {
		original: (proposals: string) => string;
		extended: (proposals: string, csos: string, meetings: string) => string;
		second: (tables: string, specialists: string) => string;
		third: (people: string) => string;
	};
	/** How long a plan had, from its presentation to its deadline. */
	window: (presented: string, due: string) => string;
	/** The December 2012 self-report against the plan's own count. */
	selfReport: {
		title: (date: string) => string;
		sum: (met: string, partial: string, none: string, sum: string, stated: string) => string;
		met: string;
		partial: string;
		none: string;
	};
	/** Name of the group no source places in a cluster. */
	clusterUnknown: string;
	/** A cluster row's header. */
	cluster: (name: string, n: string) => string;
	claim: {
		cuts: (dates: string) => string;
		final: (date: string, n: string, total: string) => string;
		complete: string;
	};
	verdict: {
		title: string;
		completionTitle: string;
		noRating: string;
		row: (category: string, n: string) => string;
	};
	opened: Record<Opened, string>;
	completion: Record<Completion, string>;
	dispute: {
		claim: (n: string) => string;
		objection: (n: string) => string;
	};
	third: {
		dashboard: (done: string, total: string, pct: string) => string;
		irm: (n: string, total: string) => string;
		early: string;
		measures: string;
	};
	/** Short names of commitments the chart labels (row_id → name); tooltips keep the official title. */
	shortNames: Record<string, string>;
	/** Tooltips. */
	commitment: (n: string, title: string) => string;
	commitmentNoNumber: (title: string) => string;
	titleUnknown: string;
	unlisted: string;
}

const en: FlowStrings = {
	label: "Commitments in Mexico's open-government plans, one mark each",
	stageNames: {
		original: (month) => `${month} plan`,
		extended: (year) => `Extended Plan, ${year}`,
		cycle: (years) => `${years} plan`
	},
	commitments: (n) => `${n} commitments`,
	commitmentMark: 'one commitment',
	unknown: 'not in the sources',
	who: {
		original: (n) => `written by agencies; ${n} civil-society proposal taken`,
		extended: (p, c, m) => `${p} proposals from ${c} organisations, ${m} meetings`,
		second: (t, s) => `${t} thematic tables, ${s} specialists`,
		third: (p) => `${p} people took part`
	},
	window: (presented, due) => `presented ${presented}, due ${due}`,
	selfReport: {
		title: (date) => `Self-report, ${date}`,
		sum: (m, p, n, s, st) => `${m} + ${p} + ${n} = ${s}, not ${st}`,
		met: 'met',
		partial: 'partly met',
		none: 'not met'
	},
	clusterUnknown: 'cluster not in the sources',
	cluster: (name, n) => `${name} (${n})`,
	claim: {
		cuts: (dates) => `Dashboard cuts: ${dates}`,
		final: (date, n, total) => `${date}: ${n} of ${total} complete`,
		complete: 'complete, says the dashboard'
	},
	verdict: {
		title: 'Did it open government? (IRM)',
		completionTitle: 'Completion (IRM, end of term)',
		noRating: 'no independent rating found',
		row: (c, n) => `${c}: ${n}`
	},
	opened: {
		Outstanding: 'Outstanding',
		Major: 'Major',
		Marginal: 'Marginal',
		'Did Not Change': 'Did not change',
		Worsened: 'Worsened'
	},
	completion: {
		Complete: 'Complete',
		Substantial: 'Substantial',
		Limited: 'Limited',
		'Not Started': 'Not started'
	},
	dispute: {
		claim: (n) => `Dashboard: ${n} of ${n} objectives green`,
		objection: (n) => `Fundar, Transparencia Mexicana: ${n} should not be`
	},
	third: {
		dashboard: (d, t, p) => `Dashboard: ${d} of ${t} complete, “${p}%”`,
		irm: (n, t) => `IRM, looking back: ${n} of ${t} with significant results`,
		early: 'IRM early results',
		measures: 'Reported completion and significant results are different measures'
	},
	shortNames: {
		'pa15-c05': 'Missing persons',
		'pa15-c06': 'Beneficiaries',
		'pa15-c21': 'FONDEN',
		'pa15-c26': 'Joining EITI'
	},
	commitment: (n, title) => `Commitment ${n}: ${title}`,
	commitmentNoNumber: (title) => `Commitment: ${title}`,
	titleUnknown: 'title not in the sources',
	unlisted: 'Commitment not listed in the sources'
};

const es: FlowStrings = {
	label: 'Compromisos de los planes de gobierno abierto de México, una marca por compromiso',
	stageNames: {
		original: (month) => `Plan de ${month}`,
		extended: (year) => `Plan de Acción Ampliado, ${year}`,
		cycle: (years) => `Plan de Acción ${years}`
	},
	commitments: (n) => `${n} compromisos`,
	commitmentMark: 'un compromiso',
	unknown: 'no consta en las fuentes',
	who: {
		original: (n) => `lo redactaron dependencias; ${n} propuesta civil incluida`,
		extended: (p, c, m) => `${p} propuestas de ${c} organizaciones, ${m} reuniones`,
		second: (t, s) => `${t} mesas temáticas, ${s} especialistas`,
		third: (p) => `participaron ${p} personas`
	},
	window: (presented, due) => `presentado en ${presented}, plazo ${due}`,
	selfReport: {
		title: (date) => `Autorreporte, ${date}`,
		sum: (m, p, n, s, st) => `${m} + ${p} + ${n} = ${s}, no ${st}`,
		met: 'cumplidos',
		partial: 'en parte',
		none: 'sin cumplir'
	},
	clusterUnknown: 'grupo no consta en las fuentes',
	cluster: (name, n) => `${name} (${n})`,
	claim: {
		cuts: (dates) => `Cortes del tablero: ${dates}`,
		final: (date, n, total) => `${date}: ${n} de ${total} cumplidos`,
		complete: 'cumplido, según el tablero'
	},
	verdict: {
		title: '¿Abrió el gobierno? (MRI)',
		completionTitle: 'Cumplimiento (MRI, fin de periodo)',
		noRating: 'sin calificación independiente',
		row: (c, n) => `${c}: ${n}`
	},
	opened: {
		Outstanding: 'Sobresaliente',
		Major: 'Importante',
		Marginal: 'Marginal',
		'Did Not Change': 'No cambió',
		Worsened: 'Empeoró'
	},
	completion: {
		Complete: 'Completo',
		Substantial: 'Sustancial',
		Limited: 'Limitado',
		'Not Started': 'No iniciado'
	},
	dispute: {
		claim: (n) => `Tablero: ${n} de ${n} objetivos en verde`,
		objection: (n) => `Fundar, Transparencia Mexicana: ${n} no deberían estarlo`
	},
	third: {
		dashboard: (d, t, p) => `Tablero: ${d} de ${t} cumplidos, “${p}%”`,
		irm: (n, t) => `MRI, en retrospectiva: ${n} de ${t} con resultados significativos`,
		early: 'Primeros resultados (MRI)',
		measures: 'Cumplimiento reportado y resultados significativos son medidas distintas'
	},
	shortNames: {
		'pa15-c05': 'Personas desaparecidas',
		'pa15-c06': 'Padrón de beneficiarios',
		'pa15-c21': 'FONDEN',
		'pa15-c26': 'Adhesión a EITI'
	},
	commitment: (n, title) => `Compromiso ${n}: ${title}`,
	commitmentNoNumber: (title) => `Compromiso: ${title}`,
	titleUnknown: 'título no consta en las fuentes',
	unlisted: 'Compromiso no listado en las fuentes'
};

export const FLOW_STRINGS: Record<Locale, FlowStrings> = { en, es };
