/** Every word the membership chart draws, in English and Mexican Spanish. */
import type { Locale } from '$lib/format/dates';

export interface MembershipStrings {
	/** Accessible name of the drawing. */
	label: (from: string, to: string) => string;
	title: string;
	/** What each measure counts, keyed by measure (a figures.csv unit or an id in measures.ts). */
	measures: Record<string, string>;
	/** Key entries: the connected measure, and any other measure. */
	keyMain: (measure: string) => string;
	keyOther: string;
	/** A figure in another measure than the connected one: "8 founding governments". */
	withMeasure: (value: string, measure: string) => string;
	undated: (value: string) => string;
	/** Under a figure dated only to a month or a year. */
	someTimeIn: (date: string) => string;
}

const en: MembershipStrings = {
	label: (from, to) => `OGP membership, ${from} to ${to}, as stated by the sources`,
	title: 'OGP members, as stated by the sources',
	measures: {
		countries: 'countries',
		governments: 'governments',
		founding: 'founding governments',
		participants: 'countries of participants'
	},
	keyMain: (m) => `${m} in OGP (joined: same measure)`,
	keyOther: 'another measure: not comparable',
	withMeasure: (value, m) => `${value} ${m}`,
	undated: (value) => `${value}: date not in the sources`,
	someTimeIn: (date) => `some time in ${date}`
};

const es: MembershipStrings = {
	label: (from, to) => `Miembros de la AGA, de ${from} a ${to}, según las fuentes`,
	title: 'Miembros de la AGA, según las fuentes',
	measures: {
		countries: 'países',
		governments: 'gobiernos',
		founding: 'gobiernos fundadores',
		participants: 'países de participantes'
	},
	keyMain: (m) => `${m} en la AGA (unidos: misma medida)`,
	keyOther: 'otra medida: no comparable',
	withMeasure: (value, m) => `${value} ${m}`,
	undated: (value) => `${value}: la fecha no consta en las fuentes`,
	someTimeIn: (date) => `en algún momento de ${date}`
};

export const MEMBERSHIP_STRINGS: Record<Locale, MembershipStrings> = { en, es };
