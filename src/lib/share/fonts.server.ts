/**
 * Build time only: the site's own fonts (the @fontsource packages it already ships) as TrueType
 * files for resvg, which reads TTF/OTF but not WOFF. WOFF 1.0 is the same tables, each
 * zlib-compressed, so unpacking is a few lines of node:zlib; nothing is fetched from the network.
 * Unpacked files are cached under node_modules/.cache/ogp-share-fonts/, keyed by name and size.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

/** The faces cards and downloads draw with: the charts' sans, the headings' serif. */
const FACES: readonly { pkg: string; weights: readonly number[] }[] = [
	{ pkg: 'source-sans-3', weights: [400, 600, 700] },
	{ pkg: 'source-serif-4', weights: [400, 600] }
];
/** Latin and Latin Extended cover English and Spanish, dashes, quotes and the dagger (†). */
const SUBSETS = ['latin', 'latin-ext'] as const;

/** A WOFF 1.0 font as the sfnt (TrueType/OpenType) file it wraps. */
export function woffToSfnt(woff: Uint8Array, name = 'font'): Buffer {
	const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (src.toString('latin1', 0, 4) !== 'wOFF') throw new Error(`${name}: not a WOFF 1.0 file`);
	const flavor = src.readUInt32BE(4);
	const numTables = src.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = 44 + i * 20;
		const offset = src.readUInt32BE(at + 4);
		const compLength = src.readUInt32BE(at + 8);
		const origLength = src.readUInt32BE(at + 12);
		const raw = src.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(raw) : raw;
		if (data.length !== origLength) throw new Error(`${name}: table ${i} has the wrong length`);
		return { tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 16), data };
	});
	let entrySelector = 0;
	while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
	const searchRange = 2 ** entrySelector * 16;
	const head = Buffer.alloc(12 + 16 * numTables);
	head.writeUInt32BE(flavor, 0);
	head.writeUInt16BE(numTables, 4);
	head.writeUInt16BE(searchRange, 6);
	head.writeUInt16BE(entrySelector, 8);
	head.writeUInt16BE(numTables * 16 - searchRange, 10);
	const parts: Buffer[] = [head];
	let offset = head.length;
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		head.writeUInt32BE(t.tag, at);
		head.writeUInt32BE(t.checksum, at + 4);
		head.writeUInt32BE(offset, at + 8);
		head.writeUInt32BE(t.data.length, at + 12);
		const padded = (t.data.length + 3) & ~3;
		parts.push(t.data, Buffer.alloc(padded - t.data.length));
		offset += padded;
	});
	return Buffer.concat(parts);
}

let cached: string[] | undefined;

/** Paths of the unpacked font files (made once per build). */
export function fontFiles(): string[] {
	if (cached) return cached;
	const require = createRequire(path.join(process.cwd(), 'package.json'));
	const dir = path.join(process.cwd(), 'node_modules/.cache/ogp-share-fonts');
	mkdirSync(dir, { recursive: true });
	cached = FACES.flatMap(({ pkg, weights }) =>
		weights.flatMap((w) =>
			SUBSETS.map((subset) => {
				const file = `${pkg}-${subset}-${w}-normal.woff`;
				const woff = require.resolve(`@fontsource/${pkg}/files/${file}`);
				const bytes = readFileSync(woff);
				// Keyed by size too, so a fontsource update never reuses an old unpacked file.
				const out = path.join(dir, file.replace(/\.woff$/, `-${bytes.length}.ttf`));
				if (!existsSync(out)) {
					// Written aside and renamed, so a parallel build never reads half a font.
					const tmp = `${out}.${process.pid}.tmp`;
					writeFileSync(tmp, woffToSfnt(bytes, woff));
					renameSync(tmp, out);
				}
				return out;
			})
		)
	);
	return cached;
}
