/**
 * The 2013–2015 plan's 26 marks in rows: by sector cluster, by what the dashboard claimed, by what
 * the independent reviewers rated, and with the disputed commitment set apart. A row's position,
 * colour and shape all say its category; marks our data cannot place share the quiet glyph.
 */
import { COLORS } from '$lib/theme';
import { NOT_IN_SOURCES } from '$lib/data/derive';
import type { FlowData, FlowMarkDatum } from '../data';
import {
	COMPLETION_ORDER,
	OPENED_ORDER,
	type Completion,
	type MarkKind,
	type Opened
} from '../encoding';
import { CLUSTERED_STAGE, type FlowState } from '../states';
import { stackScene, type Block, type BlockText } from './stack';
import type { Scene, Size } from './types';

const UNKNOWN: MarkKind = { kind: 'unknown' };
/** Marks that are context while one is discussed. */
export const CONTEXT_OPACITY = 0.35;

export function clusteredMarks(data: FlowData): FlowMarkDatum[] {
	return data.stages.find((s) => s.stage === CLUSTERED_STAGE)!.marks;
}

function names(marks: readonly FlowMarkDatum[]): string {
	return marks
		.map((m) => m.short)
		.filter((s): s is string => s !== null)
		.join(', ');
}

/** Rows of one category each, best first, with the unrated last and quiet. */
export function categoryRows<C extends string>(
	id: string,
	marks: readonly FlowMarkDatum[],
	order: readonly C[],
	valueOf: (m: FlowMarkDatum) => C | null,
	kindOf: (c: C) => MarkKind,
	word: (c: C) => string,
	unrated: string,
	opts: {
		opacity?: (m: FlowMarkDatum) => number | undefined;
		named?: boolean;
		/** Row labels may give way (level 2) once the legend names the kinds. */
		labelsOptional?: boolean;
		/** Rated rows as table rows (marks beside their label); the unrated row never is. */
		table?: boolean;
	} = {}
): { blocks: Block[]; legend: MarkKind[] } {
	const { opacity, named: withNames = true } = opts;
	const optional = opts.labelsOptional ? (2 as const) : undefined;
	const blocks: Block[] = [];
	const legend: MarkKind[] = [];
	for (const c of order) {
		const ms = marks.filter((m) => valueOf(m) === c);
		if (ms.length === 0) continue;
		const named = withNames ? names(ms) : '';
		blocks.push({
			id: `${id}-${c.toLowerCase().replace(/\s+/g, '-')}`,
			texts: [
				{ text: `${word(c)}: ${ms.length}${named ? ` (${named})` : ''}`, bold: true, optional }
			],
			items: ms.map((m) => ({ id: m.id, kind: kindOf(c), opacity: opacity?.(m) })),
			inline: opts.table ?? true
		});
		legend.push(kindOf(c));
	}
	const rest = marks.filter((m) => valueOf(m) === null);
	if (rest.length > 0) {
		blocks.push({
			id: `${id}-unrated`,
			texts: [{ text: `${unrated}: ${rest.length}`, optional }],
			items: rest.map((m) => ({ id: m.id, kind: UNKNOWN, opacity: opacity?.(m) }))
		});
		legend.push(UNKNOWN);
	}
	return { blocks, legend };
}

const opened = (v: Opened): MarkKind => ({ kind: 'opened', value: v });
const completed = (v: Completion): MarkKind => ({ kind: 'completion', value: v });

export function rowsScene(
	data: FlowData,
	state: FlowState,
	size: Size,
	legendWords: (k: MarkKind) => string
): Scene {
	const w = data.words;
	const marks = clusteredMarks(data);
	const unknownAs = (word: string) => (k: MarkKind) =>
		k.kind === 'unknown' ? word : legendWords(k);
	if (state === 'by-cluster') {
		const blocks: Block[] = data.groups.map((g) => ({
			id: `cluster-${g.id}`,
			texts: [{ text: g.label, bold: g.known, color: g.known ? COLORS.ink : COLORS.muted }],
			items: g.markIds.map((id) => ({
				id,
				kind: g.id === NOT_IN_SOURCES ? UNKNOWN : ({ kind: 'plain' } as MarkKind)
			}))
		}));
		const unknownGroup = data.groups.find((g) => !g.known);
		return stackScene(
			blocks,
			size,
			unknownGroup ? [{ kind: 'plain' }, UNKNOWN] : [{ kind: 'plain' }],
			legendWords
		);
	}
	if (state === 'claim') {
		const head: Block = {
			id: 'claim-head',
			texts: [
				...(data.claim.final
					? [{ text: data.claim.final, bold: true, color: COLORS.government }]
					: []),
				...(data.claim.cuts ? [{ text: data.claim.cuts, optional: true }] : [])
			],
			items: []
		};
		const anyCompletion = marks.some((m) => m.completion !== null);
		const rows = anyCompletion
			? categoryRows(
					'completion',
					marks,
					COMPLETION_ORDER,
					(m) => m.completion,
					completed,
					(c) => w.completion[c],
					w.noRating,
					{ named: false }
				)
			: categoryRows(
					'claim',
					marks,
					['complete'] as const,
					(m) => (m.dashboardPct === 100 ? 'complete' : null),
					() => ({ kind: 'claim' }),
					() => w.claimComplete,
					w.unknown,
					{ named: false, table: false }
				);
		const title: BlockText[] = anyCompletion ? [{ text: w.completionTitle }] : [];
		return stackScene(
			[{ ...head, texts: [...head.texts, ...title] }, ...rows.blocks],
			size,
			rows.legend,
			unknownAs(anyCompletion ? w.noRating : w.unknown)
		);
	}
	if (state === 'verdict') {
		const multiples = clusterMultiples(data, size, legendWords);
		if (multiples) return multiples;
	}
	const disputed = state === 'dispute' ? data.dispute : null;
	const rated = disputed ? marks.filter((m) => m.id !== disputed.markId) : marks;
	const rows = categoryRows(
		'opened',
		rated,
		OPENED_ORDER,
		(m) => m.opened,
		opened,
		(c) => w.opened[c],
		w.noRating,
		{ opacity: disputed ? () => CONTEXT_OPACITY : undefined, labelsOptional: true }
	);
	const head: Block = {
		id: 'verdict-head',
		texts: [{ text: w.verdictTitle, optional: disputed ? 1 : undefined }],
		items: []
	};
	const words = unknownAs(w.noRating);
	if (!disputed)
		return stackScene([head, ...rows.blocks], size, rows.legend, words, { legendOptional: true });
	const m = marks.find((x) => x.id === disputed.markId)!;
	const eiti: Block = {
		id: 'dispute',
		texts: [
			{ text: m.short ?? m.title, bold: true, color: COLORS.dispute },
			...(disputed.claim ? [{ text: disputed.claim, color: COLORS.government }] : []),
			...(disputed.objection ? [{ text: disputed.objection, color: COLORS.dispute }] : [])
		],
		items: [{ id: m.id, kind: m.opened ? opened(m.opened) : UNKNOWN, highlight: true }]
	};
	return stackScene([eiti, head, ...rows.blocks], size, rows.legend, words, {
		legendOptional: true
	});
}

/** Share of a group's marks rated major or outstanding: what the small multiples sort by. */
function openedShare(ms: readonly FlowMarkDatum[]): number {
	const good = ms.filter((m) => m.opened === 'Major' || m.opened === 'Outstanding').length;
	return ms.length === 0 ? 0 : good / ms.length;
}

/**
 * Where the data allows it (every commitment has a cluster and a rating, in two clusters or
 * more), the verdict as sector small multiples: one row per cluster, sorted by its share rated
 * major or outstanding, marks in rating order. Otherwise null: clusters would show nothing.
 */
export function clusterMultiples(
	data: FlowData,
	size: Size,
	legendWords: (k: MarkKind) => string
): Scene | null {
	const marks = clusteredMarks(data);
	const known = data.groups.filter((g) => g.known);
	if (known.length < 2 || marks.some((m) => m.opened === null || m.cluster === NOT_IN_SOURCES))
		return null;
	const byId = new Map(marks.map((m) => [m.id, m]));
	const rank = (m: FlowMarkDatum) => OPENED_ORDER.indexOf(m.opened!);
	const groups = known
		.map((g) => ({ g, ms: g.markIds.map((id) => byId.get(id)!).sort((a, b) => rank(a) - rank(b)) }))
		.sort((a, b) => openedShare(b.ms) - openedShare(a.ms));
	const blocks: Block[] = [
		{ id: 'verdict-head', texts: [{ text: data.words.verdictTitle }], items: [] },
		...groups.map(({ g, ms }) => ({
			id: `multiple-${g.id}`,
			texts: [{ text: g.label, bold: true }],
			items: ms.map((m) => ({ id: m.id, kind: opened(m.opened!) }))
		}))
	];
	const legend = OPENED_ORDER.filter((v) => marks.some((m) => m.opened === v)).map(opened);
	return stackScene(blocks, size, legend, legendWords);
}
