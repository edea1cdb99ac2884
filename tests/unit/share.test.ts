/**
 * Sharing and reuse, without a browser: the publication check, the fonts the cards are drawn
 * with, still pictures of the page's CSS-moved marks, and the CSV downloads of every chart state
 * read back with the project's own CSV reader.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, chartsData, chartStates } from '../../src/lib/charts/registry';
import { readCsv } from '../../src/lib/data/csv';
import { loadDataset } from '../../src/lib/data/load';
import type { Problem } from '../../src/lib/data/problems';
import type { Locale } from '../../src/lib/format/dates';
import { placeDrawing, stillStyles } from '../../src/lib/share/compose';
import { fontFiles, woffToSfnt } from '../../src/lib/share/fonts.server';
import { publishProblem } from '../../src/lib/share/publish';
import { SHARE_STRINGS, type ColumnId } from '../../src/lib/share/strings';
import { chartTable, toCsv } from '../../src/lib/share/tables';
import { runWith, SPAWN_TIMEOUT } from './spawn';

describe('a publication build', () => {
	it('is refused without SITE_URL, saying why and what to set', () => {
		const message = publishProblem({ PUBLISH: '1' });
		expect(message).toMatch(/PUBLISH=1 needs SITE_URL/);
		expect(message).toMatch(/absolute/);
	});

	it('runs with an absolute SITE_URL, and a local build runs without either', () => {
		expect(
			publishProblem({ PUBLISH: '1', SITE_URL: 'https://example.org/graphics/ogp' })
		).toBeNull();
		expect(publishProblem({})).toBeNull();
	});

	it(
		'stops `npm run build` before it starts, with the reason on stderr',
		() => {
			const env = { ...process.env, PUBLISH: '1', SITE_URL: '' };
			const out = runWith({ env }, 'publish-check.ts');
			expect(out.status).toBe(1);
			expect(out.stderr).toMatch(/^npm run build: PUBLISH=1 needs SITE_URL/);
			expect(runWith({ env: { ...env, PUBLISH: '' } }, 'publish-check.ts').status).toBe(0);
			const build: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build;
			expect(build.indexOf('scripts/publish-check.ts')).toBeGreaterThan(-1);
			expect(build.indexOf('scripts/publish-check.ts')).toBeLessThan(build.indexOf('vite build'));
		},
		SPAWN_TIMEOUT
	);

	it.each(['example.org/ogp', 'ftp://example.org/', 'https://example.org/?a=1'])(
		'is refused with SITE_URL=%s, which other sites could not resolve',
		(site) => {
			expect(publishProblem({ SITE_URL: site })).toMatch(/SITE_URL must be the absolute/);
		}
	);
});

describe("the site's fonts, unpacked for the card renderer", () => {
	it('turn a WOFF file into a TrueType file with the same tables', () => {
		const require = createRequire(import.meta.url);
		const woff = readFileSync(
			require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff')
		);
		const ttf = woffToSfnt(woff);
		expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
		expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
		expect(ttf.length).toBe(woff.readUInt32BE(16));
	});

	it('refuse a file that is not WOFF 1.0, naming it', () => {
		expect(() => woffToSfnt(new Uint8Array(64), 'x.woff2')).toThrow(/x\.woff2: not a WOFF 1\.0/);
	});

	it('draw Spanish text with no system fonts at all', () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">' +
			'<text x="4" y="30" font-family="Source Sans 3" font-size="28">Gráfica «sí»</text></svg>';
		const bare = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
		const drawn = new Resvg(svg, {
			font: { loadSystemFonts: false, fontFiles: fontFiles() }
		}).render();
		const ink = (px: Buffer) => px.filter((_, i) => i % 4 === 3 && px[i]! > 0).length;
		expect(ink(bare.pixels)).toBe(0);
		expect(ink(drawn.pixels)).toBeGreaterThan(200);
	});
});

describe('a still picture of a chart drawn for the page', () => {
	it('turns CSS translations and opacity into SVG attributes and drops custom properties', () => {
		expect(
			stillStyles(
				'<g style="transform: translate(4px, -12.5px); opacity: 0;"><g style="--dur: 300ms;">'
			)
		).toBe('<g transform="translate(4 -12.5)" opacity="0"><g>');
	});

	it('refuses a style it cannot turn into attributes, so a blank picture cannot slip through', () => {
		expect(() => stillStyles('<g style="transform: rotate(4deg)">')).toThrow(/rotate/);
	});

	it('keeps the drawing whole, scaled to its place', () => {
		const placed = placeDrawing(
			'<svg class="x" viewBox="0 0 100 50" style="width: calc(100% - 0px)"><rect/></svg>',
			{ width: 100, height: 50 },
			10,
			20,
			200,
			200
		);
		expect(placed).toBe(
			'<svg x="10" y="70" width="200" height="100" viewBox="0 0 100 50" overflow="visible"><rect/></svg>'
		);
	});
});

describe('the CSV downloads', () => {
	const dataset = loadDataset();
	const cases = (['en', 'es'] as Locale[]).flatMap((locale) =>
		CHART_IDS.flatMap((chart) => chartStates(chart).map((state) => ({ locale, chart, state })))
	);

	it.each(cases)(
		'$locale $chart $state: read back by the data reader, sourced on every row',
		({ locale, chart, state }) => {
			const table = chartTable(chart, state, chartsData(dataset, locale), dataset, locale);
			const text = toCsv(table, ['From a test', 'second line'], locale);
			const lines = text.split('\n');
			expect(lines.slice(0, 2)).toEqual(['# From a test', '# second line']);
			const problems: Problem[] = [];
			const csv = readCsv(lines.slice(2).join('\n'), `${chart}-${state}.csv`, problems);
			expect(problems).toEqual([]);
			const words = SHARE_STRINGS[locale].columns;
			expect(csv!.header.map((c) => c.value)).toEqual(table.columns.map((c) => words[c]));
			expect(csv!.rows.length).toBeGreaterThan(0);
			for (const row of csv!.rows) {
				expect(row.cells).toHaveLength(table.columns.length);
				expect(row.cells.at(-1)!.value, `line ${row.line}`).toMatch(/^[a-z0-9-]+(; [a-z0-9-]+)*$/);
			}
		}
	);

	it('keeps an unknown count unknown: the first plan is one row with no commitment', () => {
		const table = chartTable('flow', 'plan-2011', chartsData(dataset, 'en'), dataset, 'en');
		const figureId = table.columns.indexOf('figure_id');
		const marks = table.rows.filter((r) => r[figureId] === null);
		expect(marks).toHaveLength(1);
		expect(marks[0]!.slice(1, 3)).toEqual([null, null]);
	});

	it('carries the figures a state quotes beside its marks, as figures.csv has them', () => {
		const figures = new Map(dataset.figures.map((f) => [f.figure_id, f]));
		const quoted = (state: string, locale: Locale) => {
			const table = chartTable('flow', state, chartsData(dataset, locale), dataset, locale);
			const col = (c: ColumnId) => table.columns.indexOf(c);
			return table.rows
				.filter((r) => r[col('figure_id')] !== null)
				.map((r) => ({
					id: r[col('figure_id')],
					value: r[col('value')],
					qualifier: r[col('qualifier')],
					description: r[col('description')],
					commitment: r[col('commitment')],
					sources: r.at(-1)
				}));
		};
		const expected = (ids: string[], locale: Locale) =>
			ids.map((id) => {
				const f = figures.get(id)!;
				return {
					id,
					value: f.value,
					qualifier: f.qualifier,
					description: locale === 'es' ? f.description_es : f.description_en,
					commitment: null,
					sources: f.source_ids.join('; ')
				};
			});
		// The first self-report's tallies, after who wrote the two plans drawn.
		expect(quoted('self-report', 'en')).toEqual(
			expected(
				[
					'plan1_cso_proposals',
					'paa_proposals',
					'paa_csos',
					'paa_meetings',
					'paa_status_met',
					'paa_status_partial',
					'paa_status_none',
					'paa_commitments'
				],
				'en'
			)
		);
		// 2016–2018: the dashboard's completion and the IRM's significant results, in Spanish too.
		expect(quoted('third-verdict', 'es')).toEqual(
			expected(
				['pa18_dashboard_completed', 'pa18_dashboard_pct_complete', 'pa18_significant_results'],
				'es'
			)
		);
		// A state that quotes nothing has no figure columns at all.
		expect(
			chartTable('flow', 'verdict', chartsData(dataset, 'en'), dataset, 'en').columns
		).not.toContain('figure_id');
	});

	it('shows in the verdict state only the 2013–2015 plan, with the independent rating', () => {
		const table = chartTable('flow', 'verdict', chartsData(dataset, 'es'), dataset, 'es');
		expect(table.columns).toContain('did_it_open_government');
		const plans = new Set(table.rows.map((r) => r[0]));
		expect(plans.size).toBe(1);
		expect([...plans][0]).toMatch(/2013/);
		const rated = table.rows.filter((r) => r[3] !== null);
		const major = dataset.figures.find((f) => f.figure_id === 'pa15_irm_rated_major')!.value;
		expect(rated).toHaveLength(major);
	});

	it('gives the 2016–2018 verdict state the early ratings its marks are drawn by', () => {
		const table = chartTable('flow', 'third-verdict', chartsData(dataset, 'en'), dataset, 'en');
		expect(table.columns).toContain('did_it_open_government');
		const col = table.columns.indexOf('did_it_open_government');
		const rated = table.rows.filter((r) => r[col] !== null).map((r) => [r[1], r[col]]);
		// As in data/commitments.csv: MX0066 did not change; MX0068, MX0069, MX0073 marginal.
		expect(rated).toEqual([
			['pa18-mx0066', 'Did not change'],
			['pa18-mx0068', 'Marginal'],
			['pa18-mx0069', 'Marginal'],
			['pa18-mx0073', 'Marginal']
		]);
	});
});
