/**
 * The deck shows its first slide before any of its scripts has run: the server draws the title
 * slide in both orientations (the "poster"), and a few lines in <head> pick the one for this
 * screen and its scale, as fitSlide() will (layout.ts), before the first paint. The slides' own
 * script then replaces the poster with the live slide at the same place and size. A link to
 * another slide keeps the poster hidden: that slide shows once the script has read the link.
 */
import { SLIDE_SIZE } from './layout';
import { TITLE_SLIDE } from './slides';

/** On <html>: the orientation whose poster to show (unset: show none). */
export const POSTER_ATTRIBUTE = 'data-slide-poster';
/** On <html>: the poster's scale. */
export const POSTER_SCALE = '--poster-scale';

/** The <head> script (its body, to be wrapped in a script tag). */
export function posterScript(): string {
	const { landscape, portrait } = SLIDE_SIZE;
	return `(function () {
	var w = innerWidth, h = innerHeight, o = h > w ? 'portrait' : 'landscape';
	var size = o === 'portrait' ? [${portrait.width}, ${portrait.height}] : [${landscape.width}, ${landscape.height}];
	var s = Math.min(w / size[0], h / size[1]);
	var id = location.hash.replace(/^#/, '');
	var root = document.documentElement;
	root.style.setProperty(${JSON.stringify(POSTER_SCALE)}, String(isFinite(s) && s > 0 ? s : 1));
	if (id === '' || id === ${JSON.stringify(TITLE_SLIDE)}) root.setAttribute(${JSON.stringify(POSTER_ATTRIBUTE)}, o);
})();`;
}
