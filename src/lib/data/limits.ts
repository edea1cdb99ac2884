/**
 * Size limits of the data tools, checked before anything is parsed so memory stays bounded. The
 * largest file in data/ is under 30 KB and OGP's full commitment export (every country) a few MB.
 */

/** Largest file accepted in data/, in bytes. */
export const MAX_DATA_FILE_BYTES = 2_000_000;
/** Largest OGP export the importer reads, in bytes. */
export const MAX_EXPORT_BYTES = 25_000_000;
/** Longest cell accepted, in characters; the longest real note in data/ is under 1,000. */
export const MAX_CELL_CHARS = 10_000;

const n = (x: number) => x.toLocaleString('en');

/** The message for a file over its limit. */
export function tooLargeMessage(bytes: number, limit: number): string {
	return `file too large: ${n(bytes)} bytes; the limit is ${n(limit)} bytes. Is this the right file?`;
}
