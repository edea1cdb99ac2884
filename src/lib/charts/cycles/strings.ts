/**
 * Every word the plan-windows chart draws, in English and Mexican Spanish. Numbers arrive
 * formatted; durations are ranges computed from the plans' own dates (see windows.ts).
 */
import type { Locale } from '$lib/format/dates';
import type { CycleDateField } from './data';

export interface CyclesStrings {
	/** Accessible name of the drawing. */
	label: (from: string, to: string) => string;
	/** Key entries. */
	drafting: string;
	carryingOut: string;
	/** A window whose split between drafting and carrying out no source gives. */
	both: string;
	/** The plans no two known dates bound. */
	noWindow: (plans: string[]) => string;
	/** The same, shorter, for short boxes: "2 other plans: no window in the sources". */
	noWindowShort: (n: number) => string;
	editorialKey: string;
	/** "36 commitments". */
	commitments: (n: string) => string;
	/** A duration range in months or days: "5–6 months", "3 months". */
	months: (from: string, to: string) => string;
	days: (from: string, to: string) => string;
	/** "carrying out: 3–4 months". */
	window: (what: string, duration: string) => string;
	/** "presentation and end not in the sources". */
	missing: (what: CycleDateField[]) => string;
	/** The case study's conclusion, attributed to its authors. */
	conclusion: string;
	/** The same, shorter, for short boxes. */
	conclusionShort: string;
}

const list = (and: string) => (w: string[]) =>
	w.length < 2 ? (w[0] ?? '') : `${w.slice(0, -1).join(', ')} ${and} ${w.at(-1)}`;
const range = (a: string, b: string) => (a === b ? a : `${a}–${b}`);

const DATE_NAMES: Record<Locale, Record<CycleDateField, string>> = {
	en: { draftingStart: 'drafting start', presented: 'presentation', implementationEnd: 'end' },
	es: {
		draftingStart: 'inicio de la elaboración',
		presented: 'presentación',
		implementationEnd: 'fin'
	}
};

const en: CyclesStrings = {
	label: (from, to) =>
		`Time each of Mexico’s OGP action plans had for drafting and carrying out, ${from} to ${to}`,
	drafting: 'drafting',
	carryingOut: 'carrying out',
	both: 'drafting and carrying out',
	noWindow: (plans) => `No window in the sources for the ${list('and')(plans)}.`,
	noWindowShort: (n) => `${n} other ${n === 1 ? 'plan' : 'plans'}: no window in the sources.`,
	editorialKey: '† editorial judgement',
	commitments: (n) => `${n} commitments`,
	months: (a, b) => `${range(a, b)} ${a === '1' && b === '1' ? 'month' : 'months'}`,
	days: (a, b) => `${range(a, b)} days`,
	window: (what, d) => `${what}: ${d}`,
	missing: (what) => `${list('and')(what.map((w) => DATE_NAMES.en[w]))} not in the sources`,
	conclusion:
		'The case study’s authors (Gerson and Nieto, 2016) conclude that the two-year action-plan cycles limited ambition.',
	conclusionShort: 'Gerson and Nieto (2016): the two-year cycles limited ambition.'
};

const es: CyclesStrings = {
	label: (from, to) =>
		`Tiempo que tuvo cada plan de acción de México ante la AGA para elaborarse y ejecutarse, de ${from} a ${to}`,
	drafting: 'elaboración',
	carryingOut: 'ejecución',
	both: 'elaboración y ejecución',
	noWindow: (plans) => `Las fuentes no dan un periodo para el ${list('ni el')(plans)}.`,
	noWindowShort: (n) => `${n} ${n === 1 ? 'plan más' : 'planes más'}: sin periodo en las fuentes.`,
	editorialKey: '† criterio editorial',
	commitments: (n) => `${n} compromisos`,
	months: (a, b) => `${range(a, b)} ${a === '1' && b === '1' ? 'mes' : 'meses'}`,
	days: (a, b) => `${range(a, b)} días`,
	window: (what, d) => `${what}: ${d}`,
	missing: (what) =>
		`${list('y')(what.map((w) => DATE_NAMES.es[w]))} ${what.length > 1 ? 'no constan' : 'no consta'} en las fuentes`,
	conclusion:
		'Los autores del estudio de caso (Gerson y Nieto, 2016) concluyen que los ciclos de dos años de los planes de acción limitaron la ambición.',
	conclusionShort: 'Gerson y Nieto (2016): los ciclos de dos años limitaron la ambición.'
};

export const CYCLES_STRINGS: Record<Locale, CyclesStrings> = { en, es };
