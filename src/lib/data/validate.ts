/**
 * Turns the raw bytes of data/ into a typed, frozen Dataset, or into every problem found, each
 * with file, line and column. Pure: no file system here (see load.ts), so tests feed it fixtures.
 */
import type { Cell } from './csv';
import { cellHazard } from './hostile';
import { readTable } from './read-table';
import { isRealDate, parseCell, precisionOf } from './cells';
import { FILE_NAMES, SCHEMA, type ColumnSpec, type DatePrecision, type FileName } from './schema';
import type { Problem } from './problems';
import { checkSourceSpanish } from './source-spanish';
import type { Dataset, PartialDate } from './types';

export type RawFiles = Partial<Record<FileName, Uint8Array | string>>;

/** A validated row: typed values keyed by column, plus where each cell sits. */
interface Row {
	line: number;
	values: Record<string, unknown>;
	cells: Record<string, Cell>;
}

export interface ValidationResult {
	dataset: Dataset | null;
	problems: Problem[];
}

const ID_COLUMN: Record<FileName, string> = {
	'sources.csv': 'source_id',
	'plans.csv': 'stage_id',
	'clusters.csv': 'cluster_id',
	'commitments.csv': 'row_id',
	'events.csv': 'event_id',
	'figures.csv': 'figure_id'
};

const OGP_ID = /^MX\d{4}$/;

/** Validate every file and the links between them; report all problems, not just the first. */
export function validateData(files: RawFiles, dir = 'data'): ValidationResult {
	const problems: Problem[] = [];
	const tables = {} as Record<FileName, Row[]>;
	// Files that could not be read at all: links into them are not checked, to avoid a cascade.
	const unreadable = new Set<FileName>();
	for (const name of FILE_NAMES) {
		const path = `${dir}/${name}`;
		const raw = files[name];
		if (raw === undefined) {
			problems.push({ file: path, line: 1, column: 1, message: 'file is missing' });
			tables[name] = [];
			unreadable.add(name);
			continue;
		}
		const rows = readTable(raw, path, SCHEMA[name], problems);
		if (rows === null) unreadable.add(name);
		tables[name] = (rows ?? []).map((r) => readRow(r.line, r.cells, SCHEMA[name], path, problems));
	}
	crossCheck(tables, dir, problems, unreadable);
	if (problems.length > 0) return { dataset: null, problems };
	const pick = (name: FileName) => deepFreeze(tables[name].map((r) => r.values));
	const dataset = {
		sources: pick('sources.csv'),
		plans: pick('plans.csv'),
		clusters: pick('clusters.csv'),
		commitments: pick('commitments.csv'),
		events: pick('events.csv'),
		figures: pick('figures.csv')
	} as unknown as Dataset;
	return { dataset: Object.freeze(dataset), problems };
}

function readRow(
	line: number,
	cells: Cell[],
	spec: readonly ColumnSpec[],
	file: string,
	problems: Problem[]
): Row {
	const row: Row = { line, values: {}, cells: {} };
	spec.forEach((col, i) => {
		const cell = cells[i]!;
		row.cells[col.name] = cell;
		const hazard = cellHazard(cell.value, col.type.kind === 'text');
		if (hazard) {
			problems.push({ ...at(file, cell), message: `${col.name}: ${hazard}`, value: cell.value });
			row.values[col.name] = null;
			return;
		}
		const raw = cell.value.trim();
		if (raw !== cell.value) {
			problems.push({ ...at(file, cell), message: `${col.name}: leading or trailing spaces`, value: cell.value });
		}
		if (raw === '') {
			if (col.required) problems.push({ ...at(file, cell), message: `${col.name}: required field is empty` });
			row.values[col.name] = col.type.kind === 'enum-list' || col.type.kind === 'source-ids' ? [] : null;
			return;
		}
		const parsed = parseCell(col.type, raw);
		if (parsed.ok) row.values[col.name] = parsed.value;
		else {
			problems.push({ ...at(file, cell), message: `${col.name}: ${parsed.message}`, value: raw });
			row.values[col.name] = null;
		}
	});
	combineDates(row, spec, file, problems);
	return row;
}

/** Fold each date and its precision column into one PartialDate and check they agree. */
function combineDates(row: Row, spec: readonly ColumnSpec[], file: string, problems: Problem[]) {
	for (const col of spec) {
		if (col.type.kind !== 'date') continue;
		const pcol = col.type.precisionColumn;
		const value = row.values[col.name] as string | null;
		const precision = row.values[pcol] as DatePrecision | null;
		const dateCell = row.cells[col.name]!;
		const rawDate = dateCell.value.trim();
		const rawPrecision = row.cells[pcol]!.value.trim();
		delete row.values[pcol];
		row.values[col.name] = null;
		if (value === null || precision === null) {
			if (rawDate !== '' && rawPrecision === '' && value !== null)
				problems.push({ ...at(file, row.cells[pcol]!), message: `${pcol}: required when ${col.name} is set` });
			if (rawDate === '' && rawPrecision !== '')
				problems.push({ ...at(file, dateCell), message: `${col.name}: empty, but ${pcol} says "${rawPrecision}"` });
			continue;
		}
		const written = precisionOf(value);
		if (written !== precision) {
			problems.push({
				...at(file, dateCell),
				message: `${col.name}: written at ${written} precision, but ${pcol} says ${precision}`,
				value
			});
			continue;
		}
		if (!isRealDate(value, precision)) {
			problems.push({
				...at(file, dateCell),
				message: `${col.name}: not a real date at ${precision} precision (${precision === 'day' ? 'YYYY-MM-DD' : precision === 'month' ? 'YYYY-MM' : 'YYYY'})`,
				value
			});
			continue;
		}
		row.values[col.name] = { value, precision } satisfies PartialDate;
	}
}

function crossCheck(
	tables: Record<FileName, Row[]>,
	dir: string,
	problems: Problem[],
	unreadable: Set<FileName>
) {
	const path = (name: FileName) => `${dir}/${name}`;
	const ids = {} as Record<FileName, Set<string>>;
	for (const name of FILE_NAMES) {
		ids[name] = uniqueValues(tables[name], ID_COLUMN[name], path(name), problems);
	}
	const sourceIds = ids['sources.csv'];
	for (const name of FILE_NAMES) {
		for (const row of tables[name]) {
			for (const col of SCHEMA[name]) {
				const cell = row.cells[col.name]!;
				if (col.type.kind === 'source-ids' && !unreadable.has('sources.csv')) {
					for (const sid of (row.values[col.name] as string[] | null) ?? []) {
						if (!sourceIds.has(sid))
							problems.push({ ...at(path(name), cell), message: `${col.name}: unknown source id; add it to sources.csv`, value: sid });
					}
				}
				if (col.type.kind === 'ref') {
					const ref = row.values[col.name] as string | null;
					if (ref !== null && !unreadable.has(col.type.file) && !ids[col.type.file].has(ref))
						problems.push({ ...at(path(name), cell), message: `${col.name}: no ${col.type.column} "${ref}" in ${col.type.file}`, value: ref });
				}
			}
		}
	}
	checkCommitments(tables['commitments.csv'], tables['plans.csv'], path, problems);
	uniqueValues(tables['sources.csv'], 'url', path('sources.csv'), problems, 'the same URL is listed twice');
	checkSourceSpanish(tables['sources.csv'], path('sources.csv'), problems);
}

function checkCommitments(
	commitments: Row[],
	plans: Row[],
	path: (n: FileName) => string,
	problems: Problem[]
) {
	const file = path('commitments.csv');
	const seenNumber = new Map<string, number>();
	const ogpIds = new Map<string, number>();
	const countByStage = new Map<string, Row[]>();
	for (const row of commitments) {
		const v = row.values;
		const ogp = v.ogp_id as string | null;
		if (ogp !== null) {
			if (!OGP_ID.test(ogp))
				problems.push({ ...at(file, row.cells.ogp_id!), message: 'ogp_id: must look like MX0042', value: ogp });
			else if (ogpIds.has(ogp))
				problems.push({ ...at(file, row.cells.ogp_id!), message: `ogp_id: duplicate (also on line ${ogpIds.get(ogp)})`, value: ogp });
			else ogpIds.set(ogp, row.line);
		}
		const num = v.commitment_number as number | null;
		if (num !== null) {
			const key = `${v.action_plan}/${v.stage}/${num}`;
			if (seenNumber.has(key))
				problems.push({ ...at(file, row.cells.commitment_number!), message: `commitment_number: duplicate in this plan (also on line ${seenNumber.get(key)})`, value: String(num) });
			else seenNumber.set(key, row.line);
		}
		// A commitment known only by its OGP id (third plan: OGP pages give no number) needs no number.
		if (v.row_kind === 'commitment' && num === null && v.ogp_id === null)
			problems.push({ ...at(file, row.cells.commitment_number!), message: 'commitment_number: required for row_kind commitment' });
		if (v.row_kind !== 'commitment' && (v.title_es !== null || v.title_en !== null))
			problems.push({ ...at(file, row.cells.title_es!), message: `title_es/title_en: only official commitments have titles; use topic_en for a ${v.row_kind}` });
		if (v.row_kind !== 'commitment' && v.topic_en === null)
			problems.push({ ...at(file, row.cells.topic_en!), message: `topic_en: required for row_kind ${v.row_kind}` });
		if (v.row_kind === 'commitment' && v.stage !== null) {
			const list = countByStage.get(v.stage as string) ?? [];
			list.push(row);
			countByStage.set(v.stage as string, list);
		}
	}
	const plansFile = path('plans.csv');
	for (const plan of plans) {
		const stage = plan.values.stage_id as string;
		const count = plan.values.commitment_count as number | null;
		const rows = countByStage.get(stage) ?? [];
		if (count === null || rows.length === 0) continue;
		// A plan listed by number must list every commitment; one listed only by OGP ids (our sources
		// name 4 of the third plan's 11) may list fewer, never more.
		const numbered = rows.some((r) => r.values.commitment_number !== null);
		if (rows.length > count || (numbered && rows.length !== count))
			problems.push({ ...at(plansFile, plan.cells.commitment_count!), message: `commitment_count: says ${count}, but commitments.csv has ${rows.length} commitment rows for ${stage}`, value: String(count) });
		for (const r of rows) {
			const n = r.values.commitment_number as number | null;
			if (n !== null && n > count)
				problems.push({ ...at(file, r.cells.commitment_number!), message: `commitment_number: above the plan's commitment_count (${count})`, value: String(n) });
		}
	}
}

function uniqueValues(
	rows: Row[],
	column: string,
	file: string,
	problems: Problem[],
	message = 'duplicate id'
): Set<string> {
	const seen = new Map<string, number>();
	for (const row of rows) {
		const value = row.values[column] as string | null;
		if (value === null || value === undefined) continue;
		if (seen.has(value))
			problems.push({ ...at(file, row.cells[column]!), message: `${column}: ${message} (first on line ${seen.get(value)})`, value });
		else seen.set(value, row.line);
	}
	return new Set(seen.keys());
}

function at(file: string, cell: Cell) {
	return { file, line: cell.line, column: cell.column };
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}
