/**
 * Turns a file's bytes into text only when they are UTF-8. Anything else (Latin-1 or Windows-1252
 * exports, UTF-16 from Excel's "Unicode text", a workbook saved by mistake) is refused with a
 * message that names what the bytes look like and how to convert them, instead of being decoded
 * into replacement characters (`T�tulo`).
 */
import type { Problem } from './problems';

/** Encodings an editor may name with `--encoding` (only the importer accepts it). */
export const ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** How many leading bytes are sniffed for NUL bytes (binary or BOM-less UTF-16). */
const SNIFF_BYTES = 8192;

const convert = (from: string, file: string) => {
	const name = file.split(/[\\/]/).pop()!;
	return `convert it with: iconv -f ${from} -t utf-8 ${name} > ${name.replace(/(\.\w+)?$/, '-utf8$1')}`;
};

/** File signatures of things that are not CSV text. */
const SIGNATURES: { bytes: number[]; name: string }[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (an Excel .xlsx workbook?)' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Excel .xls workbook' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' }
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/**
 * Decode `bytes` as UTF-8 (a UTF-8 BOM is dropped), or explain why not. With `encoding` latin1 or
 * windows-1252 the bytes are converted instead; both decode as Windows-1252, Latin-1's superset.
 */
export function decodeText(
	bytes: Uint8Array,
	file: string,
	encoding: Encoding = 'utf-8'
): { text: string; problem: null } | { text: null; problem: Problem } {
	const refuse = (message: string, line = 1, column = 1, value?: string) => ({
		text: null,
		problem: { file, line, column, message, ...(value === undefined ? {} : { value }) }
	});
	if (bytes.length === 0) return refuse('the file is empty: it needs a header row');
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		const order = bytes[0] === 0xff ? 'LE' : 'BE';
		return refuse(
			`the file is UTF-16 ${order} (it starts with a UTF-16 byte order mark), not UTF-8: ${convert('utf-16', file)}`
		);
	}
	for (const sig of SIGNATURES)
		if (startsWith(bytes, sig.bytes))
			return refuse(`this is ${sig.name}, not a CSV text file: export the sheet as "CSV UTF-8"`);
	const head = bytes.subarray(0, SNIFF_BYTES);
	const nul = head.indexOf(0);
	if (nul >= 0) {
		const evenNuls = head.filter((b, i) => i % 2 === 1 && b === 0).length;
		if (evenNuls > head.length / 4)
			return refuse(`the file looks like UTF-16 without a byte order mark: ${convert('utf-16le', file)}`);
		return refuse(`the file is binary (it contains NUL bytes), not CSV text`);
	}
	if (encoding !== 'utf-8') return { text: new TextDecoder('windows-1252').decode(bytes), problem: null };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), problem: null };
	} catch {
		return refuseInvalidUtf8(bytes, file, refuse);
	}
}

/** Locate the first invalid byte and guess the encoding from the bytes that are not UTF-8. */
function refuseInvalidUtf8(
	bytes: Uint8Array,
	file: string,
	refuse: (m: string, l: number, c: number, v: string) => { text: null; problem: Problem }
) {
	let line = 1;
	let lineStart = 0;
	let first = -1;
	let c1 = false;
	for (let i = 0; i < bytes.length; ) {
		const len = sequenceLength(bytes, i);
		if (len === 0) {
			if (bytes[i]! >= 0x80 && bytes[i]! <= 0x9f) c1 = true;
			if (first < 0) first = i;
			i += 1;
			continue;
		}
		if (first < 0 && bytes[i] === 0x0a) {
			line += 1;
			lineStart = i + 1;
		}
		i += len;
	}
	const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, first)).length + 1;
	const name = c1 ? 'Windows-1252' : 'Latin-1 (ISO-8859-1)';
	const from = c1 ? 'windows-1252' : 'latin1';
	return refuse(
		`not valid UTF-8; it looks like ${name}: ${convert(from, file)}`,
		line,
		column,
		`byte 0x${bytes[first]!.toString(16).padStart(2, '0')}`
	);
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
