/**
 * The source list as a reader scans it: grouped by who published the source, with copies of one
 * document (the same title and publisher at several addresses) merged into one entry that keeps
 * every copy's link and anchor. Pure, so the grouping is tested without rendering.
 */
import type { SourceEntry } from './build';

export const SOURCE_KINDS = [
	'ogp',
	'government',
	'civil-society',
	'news',
	'copies',
	'other'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Address patterns of each kind, checked in order (first match wins). */
const KIND_RULES: readonly [SourceKind, RegExp][] = [
	[
		'copies',
		/documentop|doczz|studylib|docplayer|scribd|yumpu|pdfslide|vdocumento|fdocuments|mail-archive/
	],
	['ogp', /opengovpartnership\.org/],
	[
		'government',
		/gob\.mx|ifai\.mx|pa2015\.mx|dof\.gob|embamex|mexidata|presidencia|funcionpublica|sre\.gob/
	],
	[
		'civil-society',
		/fundar|tm\.org|transparenciamexicana|imco\.org|articulo19|poderlatam|gesoc|globalintegrity|transparency-initiative|eldis|ansa-eap|tagteam|contralacorrupcion/
	],
	[
		'news',
		/freedominfo|jornada|milenio|pressreader|arkansasonline|abcnews|reporteindigo|vertigos|e-pluribusunum|grillaenelpoder/
	]
];

export function sourceKind(url: string): SourceKind {
	return KIND_RULES.find(([, re]) => re.test(url))?.[0] ?? 'other';
}

export interface SourceGroupEntry {
	/** Every copy: its id (the anchor), number and address. */
	copies: SourceEntry[];
	title: string;
	publisher: string;
	date: string | null;
}

export function groupSources(
	sources: readonly SourceEntry[]
): { kind: SourceKind; entries: SourceGroupEntry[] }[] {
	const entries = new Map<string, SourceGroupEntry>();
	for (const s of sources) {
		const key = `${s.title.trim().toLowerCase()}|${s.publisher.trim().toLowerCase()}`;
		const found = entries.get(key);
		if (found) found.copies.push(s);
		else entries.set(key, { copies: [s], title: s.title, publisher: s.publisher, date: s.date });
	}
	return SOURCE_KINDS.map((kind) => ({
		kind,
		entries: [...entries.values()].filter((e) => sourceKind(e.copies[0]!.url) === kind)
	})).filter((g) => g.entries.length > 0);
}
