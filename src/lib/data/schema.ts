/**
 * The shape of every file in `data/`: column names, which are required, and the exact value
 * vocabularies. Where OGP's own commitment data has a vocabulary, we use its wording verbatim so
 * an editor can paste from an OGP/IRM export. `data/README.md` documents the same rules for people.
 */

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const LANGUAGES = ['en', 'es'] as const;

/** OGP/IRM vocabularies (verbatim). */
export const SPECIFICITY = ['None', 'Low', 'Medium', 'High'] as const;
export const POTENTIAL_IMPACT = ['None', 'Minor', 'Moderate', 'Transformative'] as const;
export const COMPLETION = ['Not Started', 'Limited', 'Substantial', 'Complete'] as const;
export const DID_IT_OPEN_GOVERNMENT = [
	'Worsened',
	'Did Not Change',
	'Marginal',
	'Major',
	'Outstanding'
] as const;
export const YES_NO = ['Yes', 'No'] as const;
export const OGP_VALUES = [
	'Access to Information',
	'Civic Participation',
	'Public Accountability',
	'Technology and Innovation for Transparency and Accountability'
] as const;

/** Our own vocabularies. */
export const ACTION_PLANS = ['2011-2013', '2013-2015', '2016-2018'] as const;
export const STAGES = ['original-2011', 'extended-2012', 'plan-2013-2015', 'plan-2016-2018'] as const;
export type StageId = (typeof STAGES)[number];
export const ROW_KINDS = ['commitment', 'topic', 'outcome'] as const;
export const DRAFTING_METHODS = ['government-drafted', 'jointly-built', 'co-created'] as const;
export const PLAN_AXES = [
	'citizen-centric-government',
	'open-participatory-spending',
	'open-data-for-development',
	'civic-engagement',
	'natural-resources-governance'
] as const;
/** Fields of plans.csv that may hold an editorial judgement rather than a sourced fact. */
export const PLAN_JUDGEMENT_FIELDS = [
	'drafting_method',
	'drafting_start',
	'presented',
	'implementation_end',
	'commitment_count'
] as const;
export const EVENT_KINDS = ['plan', 'institution', 'conflict', 'summit', 'milestone'] as const;
export const FIGURE_QUALIFIERS = ['exact', 'about', 'more-than', 'at-least'] as const;

/** How a column is checked. `list` columns hold `; `-separated values. */
export type ColumnType =
	| { kind: 'text' }
	| { kind: 'id' }
	| { kind: 'enum'; values: readonly string[] }
	| { kind: 'enum-list'; values: readonly string[] }
	| { kind: 'date'; precisionColumn: string }
	| { kind: 'precision' }
	| { kind: 'int'; min?: number; max?: number }
	| { kind: 'number' }
	| { kind: 'url' }
	| { kind: 'source-ids' }
	| { kind: 'ref'; file: FileName; column: string };

export interface ColumnSpec {
	name: string;
	required: boolean;
	type: ColumnType;
	/** One line for data/README.md and error messages. */
	doc: string;
}

export const FILE_NAMES = [
	'sources.csv',
	'plans.csv',
	'clusters.csv',
	'commitments.csv',
	'events.csv',
	'figures.csv'
] as const;
export type FileName = (typeof FILE_NAMES)[number];

const text = { kind: 'text' } as const;
const id = { kind: 'id' } as const;
const sourceIds = { kind: 'source-ids' } as const;
const precision = { kind: 'precision' } as const;
const en = (values: readonly string[]) => ({ kind: 'enum', values }) as const;
const date = (precisionColumn: string) => ({ kind: 'date', precisionColumn }) as const;

const col = (name: string, required: boolean, type: ColumnType, doc: string): ColumnSpec => ({
	name,
	required,
	type,
	doc
});

export const SCHEMA: Record<FileName, readonly ColumnSpec[]> = {
	'sources.csv': [
		col('source_id', true, id, 'Stable kebab-case id that other files cite'),
		col('title', true, text, 'Title of the page or document as it appears (or a bracketed description)'),
		col('publisher', true, text, 'Site or organisation that published it'),
		col('date', false, date('date_precision'), 'Publication date, as precise as known'),
		col('date_precision', false, precision, 'day, month or year; required when date is set'),
		col('url', true, { kind: 'url' }, 'Address of the page (http or https)'),
		col('language', true, en(LANGUAGES), 'en or es'),
		col('notes', false, text, 'Anything a reader of the source should know'),
		col('title_es', false, text, 'Spanish version of a bracketed (editorial) title; required when title is in [brackets]'),
		col('publisher_es', false, text, 'Spanish version of an editorial note in publisher, e.g. “(copy of …)”; required when publisher has one')
	],
	'plans.csv': [
		col('stage_id', true, en(STAGES), 'The stage this row describes'),
		col('action_plan', true, en(ACTION_PLANS), "OGP's action-plan cycle the stage belongs to"),
		col('name_en', true, text, 'Name in English'),
		col('name_es', true, text, 'Name in Spanish'),
		col('drafting_method', true, en(DRAFTING_METHODS), 'How the stage was drafted'),
		col('drafting_en', true, text, 'One sentence on how it was drafted (English)'),
		col('drafting_es', true, text, 'Same in Spanish'),
		col('drafting_start', false, date('drafting_start_precision'), 'When drafting began'),
		col('drafting_start_precision', false, precision, 'Precision of drafting_start'),
		col('presented', false, date('presented_precision'), 'When the plan was presented'),
		col('presented_precision', false, precision, 'Precision of presented'),
		col('implementation_end', false, date('implementation_end_precision'), 'Deadline or end of the implementation window'),
		col('implementation_end_precision', false, precision, 'Precision of implementation_end'),
		col('commitment_count', false, { kind: 'int', min: 0 }, 'Number of commitments; blank if unknown'),
		col('source_ids', true, sourceIds, 'Sources for this row'),
		col(
			'editorial_fields',
			false,
			{ kind: 'enum-list', values: PLAN_JUDGEMENT_FIELDS },
			'Fields in this row that are our editorial judgement, not a sourced fact (; separated); the notes say why'
		),
		col('notes', false, text, 'Caveats, conflicts, editorial judgements (labelled as such)')
	],
	'clusters.csv': [
		col('cluster_id', true, id, 'Stable kebab-case id used by commitments.csv'),
		col('report_number', false, { kind: 'int', min: 1 }, "Cluster's number in the IRM report; blank if not seen"),
		col('name_es', true, text, "IRM's wording (Spanish)"),
		col('name_en', true, text, 'English rendering (ours)'),
		col('source_ids', true, sourceIds, 'Sources that show this cluster'),
		col('notes', false, text, 'Caveats')
	],
	'commitments.csv': [
		col('row_id', true, id, 'Our stable id, e.g. pa15-c05'),
		col('row_kind', true, en(ROW_KINDS), 'commitment (official), topic (described, no official title) or outcome'),
		col('ogp_id', false, { kind: 'text' }, 'Commitment Unique Identifier, e.g. MX0042; only where OGP confirms it'),
		col('action_plan', true, en(ACTION_PLANS), 'Action Plan (OGP cycle)'),
		col('stage', false, en(STAGES), 'Stage within the cycle; blank if sources do not say'),
		col('commitment_number', false, { kind: 'int', min: 1 }, 'Commitment Number within its plan'),
		col('title_es', false, text, 'Official Commitment Title in Spanish, verbatim'),
		col('title_en', false, text, 'Commitment Title in English as OGP gives it, verbatim'),
		col('topic_en', false, text, 'Our description for rows with no official title (never a title)'),
		col('lead_institution', false, text, 'Lead Institution'),
		col('support_institutions', false, text, 'Support Institution(s)'),
		col('policy_areas', false, text, 'Policy Areas as OGP tags them (; separated)'),
		col('ogp_values', false, { kind: 'enum-list', values: OGP_VALUES }, 'OGP values (; separated)'),
		col('specificity', false, en(SPECIFICITY), 'IRM Specificity'),
		col('potential_impact', false, en(POTENTIAL_IMPACT), 'IRM Potential Impact'),
		col('completion_midterm', false, en(COMPLETION), 'IRM Completion at mid-term'),
		col('completion_end', false, en(COMPLETION), 'IRM Completion at end of term'),
		col('starred', false, en(YES_NO), 'IRM Starred'),
		col('did_it_open_government', false, en(DID_IT_OPEN_GOVERNMENT), 'IRM Did It Open Government (Overall)'),
		col('plan_axis', false, en(PLAN_AXES), "The plan's own axis"),
		col('irm_cluster', false, { kind: 'ref', file: 'clusters.csv', column: 'cluster_id' }, 'IRM sector cluster; blank = not in our sources'),
		col('dashboard_progress_pct', false, { kind: 'int', min: 0, max: 100 }, "Government dashboard's final progress (a claim)"),
		col('dispute_note', false, text, "Civil-society dispute of the government's claim, if any"),
		col('continues', false, { kind: 'ref', file: 'commitments.csv', column: 'row_id' }, 'row_id of the earlier commitment this one continues, only where a source says so'),
		col('source_ids', true, sourceIds, 'Sources for this row'),
		col('notes', false, text, 'Caveats and conflicts')
	],
	'events.csv': [
		col('event_id', true, id, 'Stable kebab-case id'),
		col('date', true, date('date_precision'), 'Date, only as precise as the sources'),
		col('date_precision', true, precision, 'day, month or year'),
		col('kind', true, en(EVENT_KINDS), 'plan, institution, conflict, summit or milestone'),
		col('text_en', true, text, 'What happened (English)'),
		col('text_es', true, text, 'What happened (Spanish)'),
		col('source_ids', true, sourceIds, 'Sources'),
		col('notes', false, text, 'Caveats and conflicts')
	],
	'figures.csv': [
		col('figure_id', true, id, 'Stable id the story cites'),
		col('value', true, { kind: 'number' }, 'The number as the source states it'),
		col('qualifier', true, en(FIGURE_QUALIFIERS), 'exact, about, more-than or at-least'),
		col('unit', true, text, 'What is counted'),
		col('as_of', false, date('as_of_precision'), 'When the number applies'),
		col('as_of_precision', false, precision, 'Precision of as_of'),
		col('description_en', true, text, 'What the number is (English)'),
		col('description_es', true, text, 'Same in Spanish'),
		col('conflicts_with', false, { kind: 'ref', file: 'figures.csv', column: 'figure_id' }, 'figure_id of a figure a source contradicts'),
		col('source_ids', true, sourceIds, 'Sources'),
		col('notes', false, text, 'Caveats')
	]
};
