// Synthetic data for the growth bench: data/ with its commitments and events repeated `factor`
// times, written to a folder outside data/ (never into it). Every row of every file is marked
// synthetic in its notes, so no copy can pass for research data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvFormat, csvParse, type DSVRowString } from 'd3-dsv';
import { deriveFlowCounts, FIGURES_DERIVED } from '../src/lib/charts/flow/derived';
import { checkDataDir } from '../src/lib/data/load';
import { formatProblem } from '../src/lib/data/problems';
import { FILE_NAMES } from '../src/lib/data/schema';

export const SYNTHETIC_MARK = 'SYNTHETIC';

type Row = DSVRowString<string>;

function copies(rows: Row[], factor: number, copy: (row: Row, k: number) => Row): Row[] {
	const out = [...rows];
	for (let k = 1; k < factor; k++) out.push(...rows.map((r) => copy({ ...r }, k)));
	return out;
}

/** Writes the synthetic copy of `from` into `to` and checks it as the build will. */
export function writeSyntheticData(from: string, to: string, factor: number): void {
	mkdirSync(to, { recursive: true });
	const planCount = new Map(
		csvParse(readFileSync(path.join(from, 'plans.csv'), 'utf8')).map((p) => [
			p.stage_id!,
			Number(p.commitment_count) || 0
		])
	);
	// Each copy's commitments are numbered after the real ones: by the plan's count, or, where the
	// count is not known, after the highest number the plan's real rows use.
	const highest = new Map<string, number>();
	for (const r of csvParse(readFileSync(path.join(from, 'commitments.csv'), 'utf8')))
		if (r.commitment_number)
			highest.set(r.stage!, Math.max(highest.get(r.stage!) ?? 0, Number(r.commitment_number)));
	let synthIds = 0;
	const step = (stage: string) => planCount.get(stage) || highest.get(stage) || 0;
	const note = `${SYNTHETIC_MARK}: bench growth data, ${factor}× the real commitments and events; not research data`;
	for (const name of FILE_NAMES) {
		const text = readFileSync(path.join(from, name), 'utf8');
		const rows = csvParse(text);
		let out: Row[] = rows;
		if (name === 'commitments.csv')
			out = copies(rows, factor, (r, k) => ({
				...r,
				row_id: `syn${k}-${r.row_id}`,
				// Numbered after the real ones, within the plan's (multiplied) count.
				commitment_number: r.commitment_number
					? String(Number(r.commitment_number) + k * step(r.stage!))
					: '',
				// A row known only by its OGP id (no number) needs an id: MX9001 up, far above the
				// ids OGP has given Mexico, so a synthetic row never takes a real one.
				ogp_id: r.ogp_id && !r.commitment_number ? `MX${9000 + ++synthIds}` : ''
			}));
		if (name === 'events.csv')
			out = copies(rows, factor, (r, k) => ({ ...r, event_id: `${r.event_id}-syn${k}` }));
		if (name === 'plans.csv')
			out = rows.map((r) => ({
				...r,
				commitment_count: r.commitment_count ? String(Number(r.commitment_count) * factor) : ''
			}));
		out = out.map((r) => ({ ...r, notes: note }));
		writeFileSync(path.join(to, name), csvFormat(out, rows.columns));
	}
	const { dataset, problems } = checkDataDir(to);
	if (!dataset)
		throw new Error(
			`synthetic data ×${factor} is invalid:\n${problems.map(formatProblem).join('\n')}`
		);
	// Figures that state a count of commitments must agree with the rows (the build checks it):
	// they become the synthetic rows' own counts, derived by the chart's code, never typed.
	const derived = deriveFlowCounts(dataset);
	const figures = csvParse(readFileSync(path.join(to, 'figures.csv'), 'utf8'));
	const counted = figures.map((f) => {
		const key = FIGURES_DERIVED[f.figure_id!];
		return key === undefined ? f : { ...f, value: String(derived[key]) };
	});
	writeFileSync(path.join(to, 'figures.csv'), csvFormat(counted, figures.columns));
	if (!checkDataDir(to).dataset) throw new Error(`synthetic data ×${factor}: figures.csv invalid`);
}
