/** Typed, read-only rows of the bundled data, as the validator hands them out. */
import type {
	ACTION_PLANS,
	COMPLETION,
	DID_IT_OPEN_GOVERNMENT,
	DRAFTING_METHODS,
	EVENT_KINDS,
	FIGURE_QUALIFIERS,
	LANGUAGES,
	OGP_VALUES,
	PLAN_JUDGEMENT_FIELDS,
	PLAN_AXES,
	POTENTIAL_IMPACT,
	ROW_KINDS,
	SPECIFICITY,
	StageId,
	DatePrecision,
	YES_NO
} from './schema';

type Of<T extends readonly string[]> = T[number];

/** A date known only as precisely as the sources give it: `2011`, `2011-12` or `2011-12-05`. */
export interface PartialDate {
	readonly value: string;
	readonly precision: DatePrecision;
}

export interface Source {
	readonly source_id: string;
	readonly title: string;
	readonly publisher: string;
	readonly date: PartialDate | null;
	readonly url: string;
	readonly language: Of<typeof LANGUAGES>;
	readonly notes: string | null;
	/** Spanish of our own wording in `title` (a bracketed description) and in `publisher`. */
	readonly title_es: string | null;
	readonly publisher_es: string | null;
}

export interface Plan {
	readonly stage_id: StageId;
	readonly action_plan: Of<typeof ACTION_PLANS>;
	readonly name_en: string;
	readonly name_es: string;
	readonly drafting_method: Of<typeof DRAFTING_METHODS>;
	readonly drafting_en: string;
	readonly drafting_es: string;
	readonly drafting_start: PartialDate | null;
	readonly presented: PartialDate | null;
	readonly implementation_end: PartialDate | null;
	readonly commitment_count: number | null;
	readonly source_ids: readonly string[];
	/** Fields that are our editorial judgement, not a sourced fact. */
	readonly editorial_fields: readonly Of<typeof PLAN_JUDGEMENT_FIELDS>[];
	readonly notes: string | null;
}

export interface Cluster {
	readonly cluster_id: string;
	readonly report_number: number | null;
	readonly name_es: string;
	readonly name_en: string;
	readonly source_ids: readonly string[];
	readonly notes: string | null;
}

export interface Commitment {
	readonly row_id: string;
	readonly row_kind: Of<typeof ROW_KINDS>;
	readonly ogp_id: string | null;
	readonly action_plan: Of<typeof ACTION_PLANS>;
	readonly stage: StageId | null;
	readonly commitment_number: number | null;
	readonly title_es: string | null;
	readonly title_en: string | null;
	readonly topic_en: string | null;
	readonly lead_institution: string | null;
	readonly support_institutions: string | null;
	readonly policy_areas: string | null;
	readonly ogp_values: readonly Of<typeof OGP_VALUES>[];
	readonly specificity: Of<typeof SPECIFICITY> | null;
	readonly potential_impact: Of<typeof POTENTIAL_IMPACT> | null;
	readonly completion_midterm: Of<typeof COMPLETION> | null;
	readonly completion_end: Of<typeof COMPLETION> | null;
	readonly starred: Of<typeof YES_NO> | null;
	readonly did_it_open_government: Of<typeof DID_IT_OPEN_GOVERNMENT> | null;
	readonly plan_axis: Of<typeof PLAN_AXES> | null;
	readonly irm_cluster: string | null;
	readonly dashboard_progress_pct: number | null;
	readonly dispute_note: string | null;
	readonly continues: string | null;
	readonly source_ids: readonly string[];
	readonly notes: string | null;
}

export interface TimelineEvent {
	readonly event_id: string;
	readonly date: PartialDate;
	readonly kind: Of<typeof EVENT_KINDS>;
	readonly text_en: string;
	readonly text_es: string;
	readonly source_ids: readonly string[];
	readonly notes: string | null;
}

export interface Figure {
	readonly figure_id: string;
	readonly value: number;
	readonly qualifier: Of<typeof FIGURE_QUALIFIERS>;
	readonly unit: string;
	readonly as_of: PartialDate | null;
	readonly description_en: string;
	readonly description_es: string;
	readonly conflicts_with: string | null;
	readonly source_ids: readonly string[];
	readonly notes: string | null;
}

export interface Dataset {
	readonly sources: readonly Source[];
	readonly plans: readonly Plan[];
	readonly clusters: readonly Cluster[];
	readonly commitments: readonly Commitment[];
	readonly events: readonly TimelineEvent[];
	readonly figures: readonly Figure[];
}
