/**
 * CSV reading with positions. d3-dsv does the parsing; a small scanner alongside it records where
 * each field starts and catches what d3-dsv silently accepts (an unclosed quote, a stray quote),
 * so every problem can be reported as file:line:column.
 */
import { csvParseRows } from 'd3-dsv';
import type { Problem } from './problems';

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

/** Decode bytes as UTF-8, reporting each invalid sequence's position instead of guessing. */
export function decodeUtf8(
	bytes: Uint8Array,
	file: string
): { text: string; problems: Problem[] } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problems: [] };
	} catch {
		const problems: Problem[] = [];
		const decoder = new TextDecoder('utf-8', { fatal: true });
		let line = 1;
		let lineStart = 0;
		let i = 0;
		while (i < bytes.length) {
			const len = sequenceLength(bytes, i);
			if (len === 0) {
				problems.push({
					file,
					line,
					column: countChars(bytes.subarray(lineStart, i), decoder) + 1,
					message: 'not valid UTF-8: save the file as UTF-8',
					value: `byte 0x${bytes[i]!.toString(16).padStart(2, '0')}`
				});
				i += 1;
				continue;
			}
			if (bytes[i] === 0x0a) {
				line += 1;
				lineStart = i + 1;
			}
			i += len;
		}
		const text = new TextDecoder('utf-8').decode(bytes);
		return { text, problems };
	}
}

function countChars(bytes: Uint8Array, decoder: TextDecoder): number {
	try {
		return [...decoder.decode(bytes)].length;
	} catch {
		return bytes.length;
	}
}

/** Length of the valid UTF-8 sequence starting at i, or 0 if it is invalid. */
function sequenceLength(b: Uint8Array, i: number): number {
	const c = b[i]!;
	if (c < 0x80) return 1;
	const cont = (k: number) => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
	if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
	if (c >= 0xf0 && c <= 0xf4) return cont(1) && cont(2) && cont(3) ? 4 : 0;
	return 0;
}

interface Scanned {
	line: number;
	column: number;
	raw: string;
}

/** Find the start position of every field; report quoting errors. */
function scan(text: string, file: string, problems: Problem[]): Scanned[][] {
	const rows: Scanned[][] = [];
	let row: Scanned[] = [];
	let line = 1;
	let column = 1;
	let i = 0;
	const n = text.length;
	const advance = (ch: string) => {
		if (ch === '\n') {
			line += 1;
			column = 1;
		} else column += 1;
	};
	while (i <= n) {
		const start = { line, column };
		let raw = '';
		if (text[i] === '"') {
			advance('"');
			i += 1;
			let closed = false;
			while (i < n) {
				const ch = text[i]!;
				if (ch === '"') {
					if (text[i + 1] === '"') {
						raw += '"';
						advance('"');
						advance('"');
						i += 2;
						continue;
					}
					advance('"');
					i += 1;
					closed = true;
					break;
				}
				raw += ch;
				advance(ch);
				i += 1;
			}
			if (!closed) {
				problems.push({
					file,
					...start,
					message: 'unclosed quote: this field opens with " but never closes it'
				});
				row.push({ ...start, raw });
				rows.push(row);
				return rows;
			}
			if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
				problems.push({
					file,
					line,
					column,
					message: 'text after a closing quote: quote the whole field and double inner quotes'
				});
				while (i < n && text[i] !== ',' && text[i] !== '\n') {
					advance(text[i]!);
					i += 1;
				}
			}
		} else {
			while (i < n && text[i] !== ',' && text[i] !== '\n') {
				if (text[i] === '"') {
					problems.push({
						file,
						line,
						column,
						message: 'stray quote inside an unquoted field: quote the field and double the "'
					});
				}
				raw += text[i];
				advance(text[i]!);
				i += 1;
			}
			raw = raw.replace(/\r$/, '');
		}
		row.push({ ...start, raw });
		if (i >= n) {
			rows.push(row);
			break;
		}
		const sep = text[i]!;
		advance(sep);
		i += 1;
		if (sep === '\n') {
			rows.push(row);
			row = [];
			if (i >= n) break;
		}
	}
	return rows;
}

/** Parse one CSV file's text; structural problems are appended to `problems`. */
export function readCsv(text: string, file: string, problems: Problem[]): CsvTable | null {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const before = problems.length;
	const scanned = scan(body, file, problems).filter(
		(r) => !(r.length === 1 && r[0]!.raw.trim() === '')
	);
	if (scanned.length === 0) {
		problems.push({ file, line: 1, column: 1, message: 'the file is empty: it needs a header row' });
		return null;
	}
	if (problems.length > before && problems.slice(before).some((p) => p.message.startsWith('unclosed')))
		return null;
	const parsed = csvParseRows(body).filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
	const rows = scanned.map((r, ri) =>
		r.map((s, ci) => ({ value: parsed[ri]?.[ci] ?? s.raw, line: s.line, column: s.column }))
	);
	const [header, ...data] = rows;
	const width = header!.length;
	const table: CsvTable = { header: header!, rows: [] };
	for (const cells of data) {
		const first = cells[0]!;
		if (cells.length !== width) {
			const at = cells[Math.min(cells.length, width) - 1] ?? first;
			problems.push({
				file,
				line: first.line,
				column: cells.length > width ? cells[width]!.column : at.column,
				message: `wrong number of columns: the header has ${width}, this row has ${cells.length}`
			});
			continue;
		}
		table.rows.push({ line: first.line, cells });
	}
	return table;
}
