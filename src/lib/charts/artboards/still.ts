/**
 * Build time: a drawing that is shown as it is and never morphed (readers without JavaScript, the
 * printed handout, flat embeds) leaves out the marks that draw nothing. Every state of a chart
 * keeps every mark, faded out where it does not belong (opacity 0), so the live chart can move and
 * fade it in; a still drawing has no use for them, and without them the page's HTML grows only
 * with the marks it shows.
 */

/**
 * A group start tag whose inline style fades it out entirely: `opacity: 0` as a declaration of its
 * own (not `fill-opacity`, which leaves the stroke drawn), in a `style` attribute (not `data-style`).
 */
const FADED_GROUP = /<g\b[^>]*\sstyle="(?:[^"]*[;\s])?opacity:\s*0(?:\.0+)?\s*(?:;|")[^>]*>/g;
const GROUP_TAG = /<g\b[^>]*>|<\/g>/g;

/** `svg` without its fully transparent groups (each with everything inside it). */
export function dropFadedGroups(svg: string): string {
	let out = '';
	let from = 0;
	FADED_GROUP.lastIndex = 0;
	for (let open = FADED_GROUP.exec(svg); open; open = FADED_GROUP.exec(svg)) {
		if (open.index < from) continue;
		// Find the group's own end, past any groups nested in it.
		GROUP_TAG.lastIndex = open.index + open[0].length;
		let depth = open[0].endsWith('/>') ? 0 : 1;
		let end = GROUP_TAG.lastIndex;
		while (depth > 0) {
			const tag = GROUP_TAG.exec(svg);
			if (!tag) throw new Error('dropFadedGroups: a <g> is never closed');
			depth += tag[0] === '</g>' ? -1 : tag[0].endsWith('/>') ? 0 : 1;
			end = GROUP_TAG.lastIndex;
		}
		out += svg.slice(from, open.index);
		from = end;
		FADED_GROUP.lastIndex = end;
	}
	return out + svg.slice(from);
}
