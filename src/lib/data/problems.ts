import { escapeText, showValue } from './hostile';

/** A problem found in a data file, located so an editor can jump straight to it. */
export interface Problem {
	/** Path as the editor knows it, e.g. `data/commitments.csv`. */
	file: string;
	/** 1-based line in the file. */
	line: number;
	/** 1-based character column where the offending field starts. */
	column: number;
	message: string;
	/** The offending value, shown in parentheses; omitted when there is none. */
	value?: string;
}

/** `file:line:column: message (value)`, the format editors' tools understand. */
export function formatProblem(p: Problem): string {
	const value = p.value === undefined ? '' : ` (${showValue(p.value)})`;
	return escapeText(`${p.file}:${p.line}:${p.column}: ${p.message}`) + value;
}

/** Stable order: by file, then position, so reports diff cleanly between runs. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
	);
}

export class DataError extends Error {
	constructor(readonly problems: readonly Problem[]) {
		super(
			`The data in data/ has ${problems.length} problem(s):\n` +
				sortProblems(problems).map(formatProblem).join('\n')
		);
		this.name = 'DataError';
	}
}
