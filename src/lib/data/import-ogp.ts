/**
 * Merge Mexico's rows from OGP's official commitment export into commitments.csv.
 * Rules: match by Commitment Unique Identifier (or, failing that, by action plan and commitment
 * number); fill blanks; never overwrite a sourced value: a differing value is reported as a
 * conflict and left alone. The export becomes a source and is cited on every row it changed.
 * Pure: text in, text and a report out; scripts/data-import.ts does the file work.
 */
import { csvFormatRows } from 'd3-dsv';
import { splitList } from './cells';
import { readRowsStrict } from './csv';
import { cellHazard } from './hostile';
import type { Problem } from './problems';
import {
	COMPLETION,
	DID_IT_OPEN_GOVERNMENT,
	OGP_VALUES,
	POTENTIAL_IMPACT,
	SPECIFICITY,
	YES_NO,
	ACTION_PLANS
} from './schema';

/** Export header → our column, with the vocabulary its values must map onto (if any). */
const FIELD_MAP: { headers: string[]; column: string; vocab?: readonly string[]; list?: boolean }[] = [
	{ headers: ['Commitment Title'], column: 'title_en' },
	{ headers: ['Commitment Title (Spanish)', 'Commitment Title (Original Language)'], column: 'title_es' },
	{ headers: ['Lead Institution'], column: 'lead_institution' },
	{ headers: ['Support Institution(s)', 'Supporting Institution(s)', 'Support Institutions'], column: 'support_institutions' },
	{ headers: ['Policy Areas', 'Policy Area(s)'], column: 'policy_areas' },
	{ headers: ['OGP Values', 'OGP Value(s)'], column: 'ogp_values', vocab: OGP_VALUES, list: true },
	{ headers: ['Specificity'], column: 'specificity', vocab: SPECIFICITY },
	{ headers: ['Potential Impact'], column: 'potential_impact', vocab: POTENTIAL_IMPACT },
	{ headers: ['Completion (Progress Report)', 'Completion (Mid-term)', 'Completion (Midterm)'], column: 'completion_midterm', vocab: COMPLETION },
	{ headers: ['Completion (End of Term)', 'Completion (End-of-Term)'], column: 'completion_end', vocab: COMPLETION },
	{ headers: ['Did It Open Government (Overall)', 'Did It Open Government?'], column: 'did_it_open_government', vocab: DID_IT_OPEN_GOVERNMENT },
	{ headers: ['Starred'], column: 'starred', vocab: YES_NO }
];

const ID_HEADER = 'Commitment Unique Identifier';
const PLAN_HEADERS = ['Action Plan', 'Action Plan Number', 'Action Plan Cycle'];
const NUMBER_HEADERS = ['Commitment Number', 'Commitment Number (in Action Plan)'];
/** OGP spells "Completed" where the IRM scale says "Complete"; accept known variants. */
const SYNONYMS: Record<string, string> = { completed: 'Complete', 'not started': 'Not Started', 'did not change': 'Did Not Change' };

export interface ImportOptions {
	/** source_id to record the export under, e.g. ogp-export-2026-11-26. */
	sourceId: string;
	/** Where the export was downloaded from. */
	url: string;
	/** File name of the export, for the source title. */
	fileName: string;
	/** Download date, YYYY-MM-DD. */
	date: string;
	/** The export's path as the editor typed it, for messages (default: fileName). */
	exportPath?: string;
	/** The data folder, for messages (default: data). */
	dataDir?: string;
}

export interface Change {
	rowId: string;
	column: string;
	value: string;
}

export interface Conflict {
	rowId: string;
	ogpId: string;
	column: string;
	ours: string;
	theirs: string;
	reason: string;
}

export interface ImportResult {
	commitmentsCsv: string;
	sourcesCsv: string;
	changes: Change[];
	conflicts: Conflict[];
	/** Export rows for Mexico that match no row of ours; not added (an editor decides). */
	unmatched: { ogpId: string; line: number; reason: string }[];
	/** Export rows read and how many were Mexico's. */
	read: { rows: number; mexico: number };
	/** Export cells refused as hazards (formulas, control characters, too long); none is used. */
	problems: Problem[];
}

/** Export header names are not perfectly stable; match them loosely. */
function findHeader(columns: readonly string[], names: readonly string[]): string | undefined {
	const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
	const wanted = names.map(norm);
	return columns.find((c) => wanted.includes(norm(c)));
}

/** Map an export value onto our vocabulary, or null if it has no exact counterpart. */
export function mapVocab(value: string, vocab: readonly string[]): string | null {
	const key = value.trim().toLowerCase();
	const hit = vocab.find((v) => v.toLowerCase() === key);
	if (hit) return hit;
	const syn = SYNONYMS[key];
	return syn && vocab.includes(syn) ? syn : null;
}

/** "Mexico Action Plan 2013-2015" → "2013-2015"; null when no cycle of ours matches. */
export function toActionPlan(value: string): string | null {
	const m = value.match(/(20\d\d)\s*[-–]\s*(20\d\d)/);
	if (!m) return null;
	const cycle = `${m[1]}-${m[2]}`;
	return (ACTION_PLANS as readonly string[]).includes(cycle) ? cycle : null;
}

export function mergeOgpExport(
	commitmentsCsv: string,
	sourcesCsv: string,
	exportCsv: string,
	options: ImportOptions
): ImportResult {
	const dataDir = options.dataDir ?? 'data';
	const exportFile = options.exportPath ?? options.fileName;
	const [header, ...rows] = readRowsStrict(commitmentsCsv, `${dataDir}/commitments.csv`).rows;
	if (!header) throw new Error('commitments.csv has no header row');
	const col = (name: string) => {
		const i = header.indexOf(name);
		if (i < 0) throw new Error(`commitments.csv has no "${name}" column`);
		return i;
	};
	const exportTable = readRowsStrict(exportCsv, exportFile);
	const columns = exportTable.rows[0]!;
	const exportRows = exportTable.rows
		.slice(1)
		.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]!])) as Record<string, string>);
	const problems: Problem[] = [];
	const idHeader = findHeader(columns, [ID_HEADER]);
	if (!idHeader) throw new Error(`the export has no "${ID_HEADER}" column; is it OGP's commitment export?`);
	const countryHeader = findHeader(columns, ['Country', 'Member']);
	const planHeader = findHeader(columns, PLAN_HEADERS);
	const numberHeader = findHeader(columns, NUMBER_HEADERS);

	const changes: Change[] = [];
	const conflicts: Conflict[] = [];
	const unmatched: ImportResult['unmatched'] = [];
	const touched = new Set<string[]>();
	let mexico = 0;

	exportRows.forEach((er, i) => {
		const ogpId = (er[idHeader] ?? '').trim();
		const country = countryHeader ? (er[countryHeader] ?? '').trim() : '';
		const isMexico = /^MX\d+$/i.test(ogpId) || /^m[eé]xico$/i.test(country);
		if (!isMexico) return;
		mexico += 1;
		const exportCells = exportTable.cells[i + 1]!;
		const line = exportCells[0]!.line;
		let row = rows.find((r) => r[col('ogp_id')] === ogpId);
		if (!row) {
			const plan = planHeader ? toActionPlan(er[planHeader] ?? '') : null;
			const number = numberHeader ? (er[numberHeader] ?? '').trim() : '';
			row = plan && number
				? rows.find((r) => r[col('action_plan')] === plan && r[col('commitment_number')] === number && r[col('ogp_id')] === '')
				: undefined;
			if (!row) {
				unmatched.push({ ogpId, line, reason: plan && number ? `no row for ${plan} commitment ${number}` : 'no row with this identifier, and no action plan and number to match by' });
				return;
			}
			row[col('ogp_id')] = ogpId;
			changes.push({ rowId: row[col('row_id')]!, column: 'ogp_id', value: ogpId });
			touched.add(row);
		}
		const rowId = row[col('row_id')]!;
		for (const field of FIELD_MAP) {
			const h = findHeader(columns, field.headers);
			if (!h) continue;
			const theirsRaw = (er[h] ?? '').trim();
			if (theirsRaw === '') continue;
			const hazard = cellHazard(theirsRaw, false);
			if (hazard) {
				const { column } = exportCells[columns.indexOf(h)]!;
				problems.push({ file: exportFile, line, column, message: `${h}: ${hazard}`, value: theirsRaw });
				continue;
			}
			let theirs: string | null = theirsRaw;
			if (field.vocab) {
				const items = field.list ? splitList(theirsRaw.replace(/,\s*/g, ';')) : [theirsRaw];
				const mapped = items.map((x) => mapVocab(x, field.vocab!));
				theirs = mapped.every((x) => x !== null) ? mapped.join('; ') : null;
				if (theirs === null) {
					conflicts.push({ rowId, ogpId, column: field.column, ours: row[col(field.column)] ?? '', theirs: theirsRaw, reason: `value not in our vocabulary (${field.vocab.join(' | ')}); not written` });
					continue;
				}
			}
			const i = col(field.column);
			const ours = row[i] ?? '';
			if (ours === '') {
				row[i] = theirs;
				changes.push({ rowId, column: field.column, value: theirs });
				touched.add(row);
			} else if (ours !== theirs) {
				conflicts.push({ rowId, ogpId, column: field.column, ours, theirs, reason: 'differs from our sourced value; kept ours' });
			}
		}
	});

	let sourcesOut = sourcesCsv;
	if (touched.size > 0) {
		const si = col('source_ids');
		for (const row of touched) {
			const ids = splitList(row[si] ?? '');
			if (!ids.includes(options.sourceId)) row[si] = [...ids, options.sourceId].join('; ');
		}
		sourcesOut = addSource(sourcesCsv, options);
	}
	return {
		commitmentsCsv: csvFormatRows([header, ...rows]) + '\n',
		sourcesCsv: sourcesOut,
		changes,
		conflicts,
		unmatched,
		read: { rows: exportRows.length, mexico },
		problems
	};
}

function addSource(sourcesCsv: string, o: ImportOptions): string {
	const [header, ...rows] = readRowsStrict(sourcesCsv, 'sources.csv').rows;
	if (!header) throw new Error('sources.csv has no header row');
	if (rows.some((r) => r[0] === o.sourceId)) return sourcesCsv;
	const record: Record<string, string> = {
		source_id: o.sourceId,
		title: `OGP commitment data export (${o.fileName})`,
		publisher: 'Open Government Partnership',
		date: o.date,
		date_precision: 'day',
		url: o.url,
		language: 'en',
		notes: 'Merged with npm run data:import; the date is the download date.'
	};
	return csvFormatRows([header, ...rows, header.map((h) => record[h] ?? '')]) + '\n';
}
