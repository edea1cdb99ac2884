// Turns the bench's measurements into rows: one per metric, one column per page, with the goal
// and whether our story pages meet it. Goals are checked on story pages only (`/`, `/es/`);
// embeds and slides are shown for comparison.
import * as budget from './budgets';
import type { FormFactor, LighthouseFigures } from './lighthouse';
import { formatKB, type BytesReport, type Kind } from './measure-bytes';
import { FRAME_SLACK_MS, type ScrollReport } from './scroll';

export type PageResult = {
	label: string;
	url: string;
	reference: boolean;
	story: boolean;
	bytes: BytesReport;
	lighthouse?: Partial<
		Record<FormFactor, { median: LighthouseFigures; runs: LighthouseFigures[] }>
	>;
	scroll?: ScrollReport;
};

export type Row = { metric: string; cells: string[]; goal: string; met: boolean | undefined };

type Value = number | undefined;
type Goal = { text: string; ok: (value: number, reference: Value) => boolean };
type Spec = {
	metric: string;
	get: (p: PageResult) => Value;
	format: (n: number) => string;
	goal?: Goal;
};

const fixed = (digits: number) => (n: number) => n.toFixed(digits);
const ms = (n: number) => `${Math.round(n)} ms`;
const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
const megabytes = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const atMost = (limit: number, text: string): Goal => ({ text, ok: (v) => v <= limit });

function bytesSpecs(): Spec[] {
	const kinds: [Kind, string, number | undefined][] = [
		['script', 'JS', budget.JS_BUDGET],
		['stylesheet', 'CSS', budget.CSS_BUDGET],
		['font', 'fonts', budget.FONT_BUDGET],
		['document', 'HTML', undefined],
		['image', 'images', undefined],
		['other', 'other', undefined]
	];
	return [
		...kinds.flatMap(([kind, name, limit]): Spec[] => [
			{
				metric: `${name} gzip`,
				get: (p) => p.bytes.byKind[kind].compressed,
				format: formatKB,
				goal: limit === undefined ? undefined : atMost(limit, `≤ ${formatKB(limit)}`)
			},
			{ metric: `${name} raw`, get: (p) => p.bytes.byKind[kind].raw, format: formatKB }
		]),
		{
			metric: 'total gzip',
			get: (p) => p.bytes.total.compressed,
			format: formatKB,
			goal: atMost(budget.TOTAL_BUDGET, `≤ ${formatKB(budget.TOTAL_BUDGET)}`)
		},
		{ metric: 'total raw', get: (p) => p.bytes.total.raw, format: formatKB },
		{
			metric: 'inline <script> in HTML raw',
			get: (p) => p.bytes.resources.reduce((total, r) => total + (r.inlineScript ?? 0), 0),
			format: formatKB
		},
		{ metric: 'requests', get: (p) => p.bytes.requests, format: fixed(0) },
		{
			metric: 'third-party requests',
			get: (p) => p.bytes.thirdParty.length,
			format: fixed(0),
			goal: atMost(budget.THIRD_PARTY_BUDGET, `${budget.THIRD_PARTY_BUDGET}`)
		}
	];
}

function lighthouseSpecs(formFactor: FormFactor): Spec[] {
	const get = (key: keyof LighthouseFigures) => (p: PageResult) =>
		p.lighthouse?.[formFactor]?.median[key];
	// The issue sets score goals for mobile only; desktop scores are shown for comparison.
	const scoreGoal: Goal | undefined =
		formFactor === 'mobile'
			? { text: `${budget.LIGHTHOUSE_SCORE_GOAL}`, ok: (v) => v >= budget.LIGHTHOUSE_SCORE_GOAL }
			: undefined;
	const lh = `LH ${formFactor}`;
	return [
		{ metric: `${lh} performance`, get: get('performance'), format: fixed(0), goal: scoreGoal },
		{ metric: `${lh} accessibility`, get: get('accessibility'), format: fixed(0), goal: scoreGoal },
		{
			metric: `${lh} best practices`,
			get: get('best-practices'),
			format: fixed(0),
			goal: scoreGoal
		},
		{ metric: `${lh} SEO`, get: get('seo'), format: fixed(0), goal: scoreGoal },
		{ metric: `${lh} FCP`, get: get('fcp'), format: ms },
		{
			metric: `${lh} LCP`,
			get: get('lcp'),
			format: ms,
			goal: {
				text: `≤ ${budget.LCP_RATIO_GOAL} × reference`,
				ok: (v, ref) => ref !== undefined && v <= budget.LCP_RATIO_GOAL * ref
			}
		},
		{
			metric: `${lh} TBT`,
			get: get('tbt'),
			format: ms,
			goal: atMost(budget.TBT_GOAL_MS, `≤ ${budget.TBT_GOAL_MS} ms`)
		},
		{
			metric: `${lh} CLS`,
			get: get('cls'),
			format: fixed(3),
			goal: atMost(budget.CLS_GOAL, `${budget.CLS_GOAL}`)
		},
		{ metric: `${lh} Speed Index`, get: get('speedIndex'), format: ms }
	];
}

function scrollSpecs(): Spec[] {
	const get = (key: keyof ScrollReport) => (p: PageResult) =>
		p.scroll === undefined ? undefined : Number(p.scroll[key]);
	return [
		{ metric: 'frames (story: scrolling; slides: stepping)', get: get('frames'), format: fixed(0) },
		{
			metric: `frames > ${budget.SLOW_FRAME_MS} ms incl. jitter`,
			get: get('rawSlowFrameShare'),
			format: percent
		},
		{
			metric: `frames > ${budget.SLOW_FRAME_MS} ms (+${FRAME_SLACK_MS} ms slack)`,
			get: get('slowFrameShare'),
			format: percent,
			goal: atMost(budget.SLOW_FRAME_SHARE_GOAL, `≤ ${percent(budget.SLOW_FRAME_SHARE_GOAL)}`)
		},
		{
			metric: `frames > ${budget.JANK_FRAME_MS} ms`,
			get: get('jankFrames'),
			format: fixed(0),
			goal: atMost(budget.JANK_FRAME_GOAL, `${budget.JANK_FRAME_GOAL}`)
		},
		{ metric: 'worst frame', get: get('worstFrameMs'), format: ms },
		{
			metric: 'long tasks while scrolling or stepping',
			get: get('longTasks'),
			format: fixed(0),
			goal: atMost(budget.LONG_TASK_GOAL, `${budget.LONG_TASK_GOAL}`)
		},
		{ metric: 'long task time', get: get('longTaskMs'), format: ms },
		{ metric: 'main thread busy', get: get('busyShare'), format: percent },
		{ metric: 'JS heap before', get: get('heapBefore'), format: megabytes },
		{
			metric: 'JS heap after (GC)',
			get: get('heapAfter'),
			format: megabytes,
			goal: atMost(budget.HEAP_AFTER_GOAL, `≤ ${megabytes(budget.HEAP_AFTER_GOAL)}`)
		},
		{ metric: 'DOM nodes', get: get('domNodes'), format: fixed(0) },
		{
			metric: 'requests while scrolling or stepping',
			get: (p) => p.scroll?.requestsWhileScrolling.length,
			format: fixed(0)
		},
		{ metric: 'reached the end (1 = yes)', get: get('reachedBottom'), format: fixed(0) }
	];
}

function toRow(spec: Spec, pages: PageResult[]): Row {
	const reference = pages.find((p) => p.reference);
	const refValue = reference && spec.get(reference);
	// Every page measured is held to the goals (issue 15: the slides and a chart embed as well).
	const checked = pages
		.filter((p) => !p.reference)
		.map((p) => spec.get(p))
		.filter((v): v is number => v !== undefined);
	const met =
		spec.goal && checked.length > 0 ? checked.every((v) => spec.goal!.ok(v, refValue)) : undefined;
	return {
		metric: spec.metric,
		cells: pages.map((p) => {
			const value = spec.get(p);
			return value === undefined || Number.isNaN(value) ? '–' : spec.format(value);
		}),
		goal: spec.goal?.text ?? '',
		met
	};
}

/** An embed must load less than the story it comes from. */
function embedRow(pages: PageResult[]): Row | undefined {
	const story = pages.find((p) => p.label === '/');
	const embeds = pages.filter((p) => p.label.includes('embed'));
	if (!story || embeds.length === 0) return undefined;
	return {
		metric: 'embed total gzip < story',
		cells: pages.map((p) => (embeds.includes(p) ? formatKB(p.bytes.total.compressed) : '')),
		goal: `< ${formatKB(story.bytes.total.compressed)}`,
		met: embeds.every((e) => e.bytes.total.compressed < story.bytes.total.compressed)
	};
}

export function toRows(pages: PageResult[]): Row[] {
	const rows = [
		...bytesSpecs(),
		...lighthouseSpecs('mobile'),
		...lighthouseSpecs('desktop'),
		...scrollSpecs()
	].map((spec) => toRow(spec, pages));
	const embed = embedRow(pages);
	return embed ? [...rows, embed] : rows;
}

/** A plain-text table: metric | each page | goal | met? */
export function formatTable(pages: PageResult[], rows: Row[]): string {
	const header = ['metric', ...pages.map((p) => p.label), 'goal', 'met?'];
	const body = rows.map((r) => [
		r.metric,
		...r.cells,
		r.goal,
		r.met === undefined ? '' : r.met ? 'yes' : 'NO'
	]);
	const widths = header.map((_, i) =>
		Math.max(...[header, ...body].map((line) => line[i]!.length))
	);
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
