/**
 * Rich text as the page draws it: runs of plain text, emphasis, data (linked to their sources),
 * source references and links to steps. The story's copy produces it; any component may draw it.
 */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'em'; text: string }
	/** A number or date from data/, linked to its first source. */
	| { kind: 'datum'; text: string; sourceIds: readonly string[] }
	| { kind: 'sources'; sourceIds: readonly string[] }
	| { kind: 'step'; stepId: string; text: string };

export type Paragraph = readonly Inline[];
