/**
 * Our own words about a source need a Spanish version for the Spanish page: a bracketed title is
 * our description of a page, and a note in the publisher ("copy of an IRM report", "uploaded copy",
 * "translation of …") is ours too. Titles and publishers as the source gives them stay as they are.
 */
import type { Cell } from './csv';
import type { Problem } from './problems';

/** A publisher note in our words, in parentheses: "(copy …)", "(translation …)", "(via …)" … */
export const EDITORIAL_PUBLISHER = /\((?:[^)]*\b(?:copy|translation|document|via|uploaded)\b[^)]*)\)/i;

export function isEditorialTitle(title: string): boolean {
	return title.trim().startsWith('[');
}

interface SourceRow {
	values: Record<string, unknown>;
	cells: Record<string, Cell>;
}

export function checkSourceSpanish(rows: readonly SourceRow[], file: string, problems: Problem[]) {
	for (const row of rows) {
		const title = String(row.values.title ?? '');
		const publisher = String(row.values.publisher ?? '');
		const cell = (name: string) => row.cells[name]!;
		if (isEditorialTitle(title) && row.values.title_es === null)
			problems.push({
				file,
				line: cell('title_es').line,
				column: cell('title_es').column,
				message: 'title_es: required when title is a bracketed description (the Spanish page shows it)'
			});
		if (EDITORIAL_PUBLISHER.test(publisher) && row.values.publisher_es === null)
			problems.push({
				file,
				line: cell('publisher_es').line,
				column: cell('publisher_es').column,
				message: `publisher_es: required when publisher carries our note "${publisher.match(EDITORIAL_PUBLISHER)![0]}"`
			});
	}
}
