/**
 * One data file from bytes to checked rows of cells: size limit, encoding, strict CSV, the exact
 * header, at least one row. Cell values are checked afterwards, in validate.ts.
 */
import { readCsv, type Cell, type CsvTable } from './csv';
import { decodeText } from './encoding';
import { MAX_DATA_FILE_BYTES, tooLargeMessage } from './limits';
import type { ColumnSpec } from './schema';
import type { Problem } from './problems';

/** The rows of one file, or null when the file cannot be read as its table at all. */
export function readTable(
	raw: Uint8Array | string,
	file: string,
	spec: readonly ColumnSpec[],
	problems: Problem[]
): CsvTable['rows'] | null {
	if (raw.length > MAX_DATA_FILE_BYTES) {
		problems.push({ file, line: 1, column: 1, message: tooLargeMessage(raw.length, MAX_DATA_FILE_BYTES) });
		return null;
	}
	let text: string;
	if (typeof raw === 'string') text = raw;
	else {
		const decoded = decodeText(raw, file);
		if (decoded.problem) {
			problems.push(decoded.problem);
			return null;
		}
		text = decoded.text;
	}
	const table = readCsv(text, file, problems);
	if (!table) return null;
	if (!checkHeader(table.header, spec, file, problems)) return null;
	if (table.rows.length === 0 && problems.every((p) => p.file !== file)) {
		problems.push({
			file,
			line: 2,
			column: 1,
			message: 'the file has a header but no rows: at least one row is required'
		});
		return null;
	}
	return table.rows;
}

function checkHeader(
	header: Cell[],
	spec: readonly ColumnSpec[],
	file: string,
	problems: Problem[]
): boolean {
	const expected = spec.map((c) => c.name);
	let ok = true;
	expected.slice(0, header.length).forEach((name, i) => {
		const cell = header[i]!;
		if (cell.value.trim() !== name) {
			ok = false;
			problems.push({
				file,
				line: 1,
				column: cell.column,
				message: `header column ${i + 1} should be "${name}"`,
				value: cell.value
			});
		}
	});
	const missing = expected.slice(header.length);
	if (missing.length > 0) {
		ok = false;
		const last = header[header.length - 1]!;
		problems.push({
			file,
			line: 1,
			column: last.column + last.value.length + 1,
			message: `header is missing column(s): ${missing.join(', ')}`
		});
	}
	for (const extra of header.slice(expected.length)) {
		ok = false;
		problems.push({
			file,
			line: 1,
			column: extra.column,
			message: 'unknown column',
			value: extra.value
		});
	}
	return ok;
}
