/**
 * The few words and paths the story's and embeds' share and download links need, apart from the
 * rest of the share strings so the story's JavaScript carries only these.
 */
import type { Locale } from '$lib/format/dates';

export const TOOL_FORMATS = ['svg', 'png', 'csv'] as const;

export interface ToolStrings {
	share: string;
	shareWhat: (title: string) => string;
	copied: string;
	download: string;
	/** Accessible detail of a download link. */
	downloadWhat: (format: string, title: string) => string;
	/** Visible name of each format. */
	formats: Record<(typeof TOOL_FORMATS)[number], string>;
}

export const TOOL_STRINGS: Record<Locale, ToolStrings> = {
	en: {
		share: 'Share',
		shareWhat: (t) => `a link to this chart, "${t}" (copies the link)`,
		copied: 'Link copied',
		download: 'Download',
		downloadWhat: (f, t) => `${f}: "${t}"`,
		formats: { svg: 'SVG', png: 'PNG', csv: 'CSV' }
	},
	es: {
		share: 'Compartir',
		shareWhat: (t) => `un enlace a esta gráfica, «${t}» (copia el enlace)`,
		copied: 'Enlace copiado',
		download: 'Descargar',
		downloadWhat: (f, t) => `${f}: «${t}»`,
		formats: { svg: 'SVG', png: 'PNG', csv: 'CSV' }
	}
};

/** A step's share page, from the site root (ending in "/"). */
export function sharePath(root: string, locale: Locale, step: string): string {
	return `${root}${locale === 'en' ? '' : `${locale}/`}share/${step}/`;
}

/** A chart state's download, from the site root. */
export function downloadHref(
	root: string,
	locale: Locale,
	chart: string,
	state: string,
	ext: (typeof TOOL_FORMATS)[number]
): string {
	return `${root}downloads/${locale}/${chart}-${state}.${ext}`;
}
