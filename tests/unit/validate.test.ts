import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/lib/data/validate';
import { formatProblem } from '../../src/lib/data/problems';
import { badFiles, readDir, VALID_DIR } from './fixtures';

/** Every bad fixture, and the exact place and message an editor must be shown. */
export const BAD_CASES: [string, string][] = [
	[
		'unknown-source-id',
		'data/events.csv:3:67: source_ids: unknown source id; add it to sources.csv ("src-zzz")'
	],
	[
		'bad-enum',
		'data/commitments.csv:4:137: did_it_open_government: unknown value; allowed: Worsened | Did Not Change | Marginal | Major | Outstanding ("Huge")'
	],
	[
		'impossible-date',
		'data/events.csv:3:7: date: not a real date at day precision (YYYY-MM-DD) ("2011-02-30")'
	],
	['duplicate-id', 'data/figures.csv:4:1: figure_id: duplicate id (first on line 2) ("f-18")'],
	[
		'wrong-column-count',
		'data/events.csv:4:77: wrong number of columns: the header has 8, this row has 9'
	],
	[
		'unclosed-quote',
		'data/sources.csv:3:7: unclosed quote: this field opens with " but never closes it'
	],
	[
		'non-utf8',
		'data/events.csv:4:64: not valid UTF-8; it looks like Latin-1 (ISO-8859-1): convert it with: iconv -f latin1 -t utf-8 events.csv > events-utf8.csv ("byte 0xf3")'
	],
	['empty-required', 'data/figures.csv:4:17: unit: required field is empty'],
	[
		'date-precision-mismatch',
		'data/events.csv:4:9: date: written at month precision, but date_precision says day ("2011-12")'
	],
	[
		'formula-cell',
		'data/events.csv:3:27: text_en: starts with "=", so spreadsheets would run it as a formula: reword it, or write a number as -3 or +2.5 ("=HYPERLINK(\\"http://evil.example\\",\\"click\\")")'
	],
	[
		'control-char',
		'data/events.csv:3:27: text_en: contains a control character (U+001B): remove it; such characters are invisible or drive terminals ("\\u{1b}[31mA plan\\u{1b}[0m")'
	],
	[
		'replacement-char',
		'data/events.csv:4:53: text_es: contains U+FFFD, the replacement character: the text was decoded with the wrong encoding somewhere; copy it again from the original source ("Se crea un \uFFFDrgano")'
	],
	[
		'stray-quote',
		'data/events.csv:3:37: stray quote inside an unquoted field: quote the field and double the "'
	],
	[
		'text-after-quote',
		'data/events.csv:3:35: text after a closing quote: quote the whole field and double inner quotes'
	],
	[
		'header-only',
		'data/commitments.csv:2:1: the file has a header but no rows: at least one row is required'
	],
	[
		'count-mismatch',
		'data/plans.csv:4:114: commitment_count: says 26, but commitments.csv has 3 commitment rows for plan-2013-2015 ("26")'
	]
];

describe('validateData', () => {
	it('accepts the valid fixture and types its rows', () => {
		const { dataset, problems } = validateData(readDir(VALID_DIR));
		expect(problems).toEqual([]);
		expect(dataset?.commitments).toHaveLength(4);
		const c2 = dataset!.commitments.find((c) => c.row_id === 'pa15-c02')!;
		expect(c2.ogp_values).toEqual(['Access to Information', 'Civic Participation']);
		expect(c2.dashboard_progress_pct).toBe(100);
		expect(c2.specificity).toBeNull();
		const year = dataset!.events.find((e) => e.event_id === 'e-year')!;
		expect(year.date).toEqual({ value: '2011', precision: 'year' });
		expect(dataset!.sources[1]!.date).toBeNull();
		expect(dataset!.commitments[0]!.topic_en).toBe('A described topic, with a comma');
	});

	it('hands out read-only rows', () => {
		const { dataset } = validateData(readDir(VALID_DIR));
		expect(Object.isFrozen(dataset!.commitments)).toBe(true);
		expect(() => {
			(dataset!.commitments[0] as { row_id: string }).row_id = 'x';
		}).toThrow();
	});

	it.each(BAD_CASES)('reports %s with file, line and column', (name, expected) => {
		const { dataset, problems } = validateData(badFiles(name));
		expect(dataset).toBeNull();
		expect(problems.map(formatProblem)).toEqual([expected]);
	});

	it('reports every problem, not just the first', () => {
		const files = readDir(VALID_DIR);
		const events = new TextDecoder().decode(files['events.csv'] as Uint8Array);
		files['events.csv'] = events
			.replace('2011-09-20,day,plan', '2011-13-01,day,plan')
			.replace('e-month,2011-12,month,institution', 'e-month,2011-12,month,party');
		const { problems } = validateData(files);
		expect(problems.map((p) => p.message)).toEqual([
			'date: not a real date at day precision (YYYY-MM-DD)',
			'kind: unknown value; allowed: plan | institution | conflict | summit | milestone'
		]);
	});

	it('names a missing file and a wrong header', () => {
		const files = readDir(VALID_DIR);
		delete files['clusters.csv'];
		files['figures.csv'] = 'figure_id,value,qualifer\n';
		const out = validateData(files).problems.map(formatProblem);
		expect(out).toContain('data/clusters.csv:1:1: file is missing');
		expect(out).toContain(
			'data/figures.csv:1:17: header column 3 should be "qualifier" ("qualifer")'
		);
		expect(out).toContain(
			'data/figures.csv:1:26: header is missing column(s): unit, as_of, as_of_precision, description_en, description_es, conflicts_with, source_ids, notes'
		);
	});

	it('rejects titles on rows that are not official commitments', () => {
		const files = readDir(VALID_DIR);
		const text = new TextDecoder().decode(files['commitments.csv'] as Uint8Array);
		files['commitments.csv'] = text.replace(
			'original-2011,,,,"A described',
			'original-2011,,Invented,,"A described'
		);
		const out = validateData(files).problems.map((p) => p.message);
		expect(out).toEqual([
			'title_es/title_en: only official commitments have titles; use topic_en for a topic'
		]);
	});

	it('checks references, URLs and OGP ids', () => {
		const files = readDir(VALID_DIR);
		const c = new TextDecoder().decode(files['commitments.csv'] as Uint8Array);
		files['commitments.csv'] = c
			.replace(',justice-security,100,', ',security,100,')
			.replace('MX0039', 'MX39');
		const s = new TextDecoder().decode(files['sources.csv'] as Uint8Array);
		files['sources.csv'] = s.replace('https://example.org/b', 'example dot org');
		const out = validateData(files).problems.map((p) => `${p.message} (${p.value})`);
		expect(out).toEqual(
			expect.arrayContaining([
				'irm_cluster: no cluster_id "security" in clusters.csv (security)',
				'ogp_id: must look like MX0042 (MX39)',
				'url: not a well-formed http(s) URL (example dot org)'
			])
		);
	});
});
