/**
 * The one CSV reader of the project: data:check, data:import and the site build all read CSV
 * here. csv-parse does the parsing, strictly (an unclosed quote, a stray quote or text after a
 * closing quote stops it); `locate` then walks the text beside the parsed values to give every
 * cell its line and column, so each problem reads `file:line:column: message (value)`.
 * LF and CRLF line ends and a UTF-8 byte order mark are accepted; blank lines are skipped.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { DataError, type Problem } from './problems';

export interface Cell {
	value: string;
	line: number;
	column: number;
}

export interface CsvTable {
	header: Cell[];
	/** Data rows; each keeps the line of its first field. */
	rows: { line: number; cells: Cell[] }[];
}

/** What each csv-parse error means to an editor. */
const MESSAGES: Record<string, string> = {
	CSV_QUOTE_NOT_CLOSED: 'unclosed quote: this field opens with " but never closes it',
	INVALID_OPENING_QUOTE: 'stray quote inside an unquoted field: quote the field and double the "',
	CSV_INVALID_CLOSING_QUOTE:
		'text after a closing quote: quote the whole field and double inner quotes'
};

/** Parse one CSV file's text; structural problems are appended to `problems`. */
export function readCsv(text: string, file: string, problems: Problem[]): CsvTable | null {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const records: string[][] = [];
	try {
		parse(body, {
			relax_column_count: true,
			skip_empty_lines: true,
			record_delimiter: ['\r\n', '\n'],
			on_record: (record: string[]) => {
				records.push(record);
				return null;
			}
		});
	} catch (e) {
		if (!(e instanceof CsvError)) throw e;
		const { positions, end } = locate(body, records);
		const at = findQuoteError(body, end, positions.length === 0 ? 1 : nextLine(body, end));
		problems.push({
			file,
			line: at.line,
			column: at.column,
			message: MESSAGES[e.code] ?? `cannot read this CSV: ${e.message}`
		});
		return null;
	}
	if (records.length === 0) {
		problems.push({ file, line: 1, column: 1, message: 'the file is empty: it needs a header row' });
		return null;
	}
	const { positions } = locate(body, records);
	const rows = records.map((r, ri) =>
		r.map((value, ci) => ({ value, ...positions[ri]![ci]! }))
	);
	const [header, ...data] = rows;
	const width = header!.length;
	const table: CsvTable = { header: header!, rows: [] };
	for (const cells of data) {
		const first = cells[0]!;
		if (cells.length !== width) {
			const at = cells.length > width ? cells[width]! : cells[cells.length - 1]!;
			problems.push({
				file,
				line: first.line,
				column: at.column,
				message: `wrong number of columns: the header has ${width}, this row has ${cells.length}`
			});
			continue;
		}
		table.rows.push({ line: first.line, cells });
	}
	return table;
}

type Position = { line: number; column: number };

/**
 * Walk `text` alongside the records csv-parse returned, which are known to be well formed, and
 * return where each field starts and the offset just after the last record.
 */
function locate(text: string, records: string[][]): { positions: Position[][]; end: number } {
	let i = 0;
	let line = 1;
	let column = 1;
	const step = (n: number) => {
		for (let k = 0; k < n; k++, i++) {
			if (text[i] === '\n') {
				line += 1;
				column = 1;
			} else column += 1;
		}
	};
	const skipBlankLines = () => {
		for (;;) {
			if (text[i] === '\n') step(1);
			else if (text[i] === '\r' && text[i + 1] === '\n') step(2);
			else return;
		}
	};
	const positions = records.map((record) => {
		skipBlankLines();
		return record.map((value, fi) => {
			const at = { line, column };
			const quoted = text[i] === '"';
			step(quoted ? value.length + 2 + (value.match(/"/g)?.length ?? 0) : value.length);
			if (fi < record.length - 1) step(1);
			return at;
		});
	});
	skipBlankLines();
	return { positions, end: i };
}

/** The line number at `offset`. */
function nextLine(text: string, offset: number): number {
	let line = 1;
	for (let k = 0; k < offset; k++) if (text[k] === '\n') line += 1;
	return line;
}

/**
 * Find the offending quote in the record that starts at `start` (the one csv-parse stopped on):
 * an opening quote never closed, a quote inside an unquoted field, or text after a closing quote.
 */
function findQuoteError(text: string, start: number, startLine: number): Position {
	let line = startLine;
	let column = 1;
	let i = start;
	const step = () => {
		if (text[i] === '\n') {
			line += 1;
			column = 1;
		} else column += 1;
		i += 1;
	};
	for (;;) {
		if (text[i] === '"') {
			const open = { line, column };
			step();
			for (;;) {
				if (i >= text.length) return open;
				if (text[i] === '"' && text[i + 1] === '"') {
					step();
					step();
				} else if (text[i] === '"') break;
				else step();
			}
			step();
			const next = text[i];
			if (i < text.length && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n'))
				return { line, column };
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\n') {
				if (text[i] === '"') return { line, column };
				step();
			}
		}
		if (i >= text.length || text[i] !== ',') return { line: startLine, column: 1 };
		step();
	}
}

/**
 * Read a whole CSV into rows of strings (header first), or throw a DataError listing every
 * structural problem. For the importer, which works on rows rather than typed cells.
 */
export function readRowsStrict(text: string, file: string): { rows: string[][]; cells: Cell[][] } {
	const problems: Problem[] = [];
	const table = readCsv(text, file, problems);
	if (!table || problems.length > 0) throw new DataError(problems);
	const cells = [table.header, ...table.rows.map((r) => r.cells)];
	return { rows: cells.map((r) => r.map((c) => c.value)), cells };
}
