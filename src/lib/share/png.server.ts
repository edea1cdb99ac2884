/**
 * Build time only: an SVG drawn by the site (a share card, a chart download) as a PNG, with the
 * site's own fonts and no system fonts, so every machine draws the same pixels.
 */
import { Resvg } from '@resvg/resvg-js';
import { fontFiles } from './fonts.server';

/** `svg` at `zoom` times its own size (2 for a download's "2×"). */
export function svgToPng(svg: string, zoom = 1, what = 'svg'): Uint8Array<ArrayBuffer> {
	try {
		const resvg = new Resvg(svg, {
			background: '#ffffff',
			fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom },
			font: {
				loadSystemFonts: false,
				fontFiles: fontFiles(),
				defaultFontFamily: 'Source Sans 3',
				sansSerifFamily: 'Source Sans 3',
				serifFamily: 'Source Serif 4'
			},
			logLevel: 'error'
		});
		return new Uint8Array(resvg.render().asPng());
	} catch (e) {
		throw new Error(`${what}: PNG rendering failed: ${(e as Error).message}`, { cause: e });
	}
}
