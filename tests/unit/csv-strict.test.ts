import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../../src/lib/data/csv';
import { decodeText } from '../../src/lib/data/encoding';
import { formatProblem, type Problem } from '../../src/lib/data/problems';
import { validateData } from '../../src/lib/data/validate';
import { FIXTURES, readDir, VALID_DIR } from './fixtures';

const read = (text: string) => {
	const problems: Problem[] = [];
	const table = readCsv(text, 'f.csv', problems);
	return { table, problems: problems.map(formatProblem) };
};

describe('one strict CSV reader', () => {
	it.each([
		['stray quote', 'a,b,c\n1,ti"tle,3\n', 'f.csv:2:5: stray quote inside an unquoted field'],
		['unclosed quote', 'a,b,c\n1,"title,3\n4,5,6\n', 'f.csv:2:3: unclosed quote'],
		['text after a closing quote', 'a,b,c\n1,"ti"tle,3\n', 'f.csv:2:7: text after a closing quote'],
		[
			'unclosed quote after a blank line',
			'a,b\r\n\r\n1,2\r\n"x,3\r\n',
			'f.csv:4:1: unclosed quote'
		],
		[
			'too few columns',
			'a,b,c\n1,2\n',
			'f.csv:2:3: wrong number of columns: the header has 3, this row has 2'
		],
		[
			'too many columns',
			'a,b\n1,2,3\n',
			'f.csv:2:5: wrong number of columns: the header has 2, this row has 3'
		]
	])('refuses a %s with file:line:column', (_, text, expected) => {
		const { problems } = read(text);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(expected);
	});

	it('reads LF, CRLF and a UTF-8 byte order mark the same way', () => {
		const lf = 'a,b,c\n1,"x, y",3\n4,5,"last"\n';
		const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
		const values = (t: string) => read(t).table!.rows.map((r) => r.cells.map((c) => c.value));
		expect(read(crlf).problems).toEqual([]);
		expect(values(crlf)).toEqual([
			['1', 'x, y', '3'],
			['4', '5', 'last']
		]);
		expect(values(crlf)).toEqual(values(lf));
	});

	it('places every cell, also after multi-line cells and blank lines', () => {
		const { table } = read('a,b\n"one\ntwo",x\n\n"q""uote",y\n');
		const at = table!.rows.map((r) => r.cells.map((c) => `${c.line}:${c.column}`));
		expect(at).toEqual([
			['2:1', '3:6'],
			['5:1', '5:11']
		]);
	});

	it('accepts the valid fixture saved with CRLF line ends and a BOM (it used to fail)', () => {
		const files = readDir(VALID_DIR);
		files['events.csv'] = new Uint8Array(readFileSync(join(FIXTURES, 'crlf-bom', 'events.csv')));
		const { problems, dataset } = validateData(files);
		expect(problems).toEqual([]);
		expect(dataset!.events.map((e) => e.text_en)).toContain('A body, created');
		for (const name of Object.keys(files) as (keyof typeof files)[]) {
			if (name === 'events.csv') continue;
			const lf = new TextDecoder().decode(files[name] as Uint8Array);
			files[name] = '\uFEFF' + lf.replace(/\n/g, '\r\n');
		}
		expect(validateData(files).problems).toEqual([]);
	});
});

describe('encodings', () => {
	const bytes = (...b: number[]) => new Uint8Array(b);
	const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
	const refused = (b: Uint8Array) => {
		const r = decodeText(b, 'data/x.csv');
		return r.problem ? formatProblem(r.problem) : null;
	};

	it.each([
		[
			'Latin-1',
			bytes(...ascii('a,b\nT'), 0xed, ...ascii('tulo,1\n')),
			'data/x.csv:2:2: not valid UTF-8; it looks like Latin-1 (ISO-8859-1): convert it with: iconv -f latin1 -t utf-8 x.csv > x-utf8.csv ("byte 0xed")'
		],
		[
			'Windows-1252',
			bytes(...ascii('a\n'), 0x93, ...ascii('q'), 0x94),
			'it looks like Windows-1252: convert it with: iconv -f windows-1252 -t utf-8'
		],
		[
			'UTF-16 LE',
			bytes(0xff, 0xfe, 0x61, 0, 0x2c, 0),
			'the file is UTF-16 LE (it starts with a UTF-16 byte order mark), not UTF-8: convert it with: iconv -f utf-16 -t utf-8 x.csv'
		],
		['UTF-16 BE', bytes(0xfe, 0xff, 0, 0x61, 0, 0x2c), 'the file is UTF-16 BE'],
		[
			'UTF-16 without a BOM',
			bytes(0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0),
			'looks like UTF-16 without a byte order mark'
		],
		[
			'binary',
			bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0),
			'the file is binary (it contains NUL bytes), not CSV text'
		],
		[
			'Excel workbook',
			bytes(0x50, 0x4b, 3, 4, 20, 0),
			'this is a ZIP archive (an Excel .xlsx workbook?), not a CSV text file'
		],
		['empty file', bytes(), 'data/x.csv:1:1: the file is empty: it needs a header row']
	])('refuses %s, naming it and how to convert', (_, input, expected) => {
		expect(refused(input)).toContain(expected);
	});

	it('converts Latin-1 only when asked to', () => {
		const latin1 = bytes(...ascii('T'), 0xed, ...ascii('tulo'));
		expect(decodeText(latin1, 'x.csv', 'latin1').text).toBe('Título');
		expect(decodeText(latin1, 'x.csv').text).toBeNull();
		expect(decodeText(new TextEncoder().encode('\uFEFFok'), 'x.csv').text).toBe('ok');
	});
});
