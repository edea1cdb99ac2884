import type { Paragraph } from '$lib/components/rich-text';

/** Plain text of inline pieces (for `aria-label`, `<title>` and the like). */
export function plainText(p: Paragraph): string {
	return p
		.map((x) => (x.kind === 'sources' ? '' : x.text))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}
