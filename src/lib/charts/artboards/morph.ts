/**
 * Moves a drawn chart to another state by changing only what differs between its SVG and the next
 * state's SVG, so elements keep their identity and the charts' own CSS transitions (transform,
 * opacity) play exactly as they would in the Svelte components. Elements are matched by tag and
 * data-mark (then by order among equals); text nodes by order.
 *
 * Marks move by CSS transform (compositor-friendly); any numeric geometry attribute that still
 * changes outside a label is given to a caller-supplied tween, so this module stays free of timing.
 */

/** Attributes whose numeric changes are tweened rather than jumped when motion is on. */
export const TWEENED_ATTRIBUTES = ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy'];

/** A numeric attribute change the caller may animate: from → to on element. */
export interface AttributeChange {
	element: Element;
	name: string;
	from: number;
	to: number;
	/** The new value exactly as the artboard writes it, set when the tween ends. */
	value: string;
}

/** A child's identity among its siblings: tag, data-mark and occurrence. */
export function childKeys(nodes: readonly Node[]): string[] {
	const seen = new Map<string, number>();
	return nodes.map((n) => {
		const base =
			n.nodeType === 1
				? `${(n as Element).tagName.toLowerCase()}|${(n as Element).getAttribute('data-mark') ?? ''}`
				: '#text';
		const i = seen.get(base) ?? 0;
		seen.set(base, i + 1);
		return `${base}|${i}`;
	});
}

function morphable(node: Node): boolean {
	return node.nodeType === 1 || node.nodeType === 3;
}

function syncAttributes(target: Element, source: Element, changes: AttributeChange[] | null): void {
	for (const { name } of Array.from(target.attributes)) {
		if (!source.hasAttribute(name)) target.removeAttribute(name);
	}
	for (const { name, value } of Array.from(source.attributes)) {
		const old = target.getAttribute(name);
		if (old === value) continue;
		if (changes && old !== null && TWEENED_ATTRIBUTES.includes(name)) {
			const from = Number(old);
			const to = Number(value);
			if (Number.isFinite(from) && Number.isFinite(to)) {
				changes.push({ element: target, name, from, to, value });
				continue;
			}
		}
		target.setAttribute(name, value);
	}
}

/**
 * Makes target's attributes and subtree equal to source's. With `changes`, numeric geometry
 * attributes are left at their old values and listed there for the caller to tween (and to set at
 * the end); without it they are set at once.
 */
export function morph(target: Element, source: Element, changes: AttributeChange[] | null): void {
	// Most of a chart stays as it is between two states (axes, legends, marks that keep their
	// place): the browser's own deep comparison skips those subtrees far faster than walking them.
	if (target.isEqualNode(source)) return;
	// A label is hidden while the marks move and fades in where it lands (LiveChart): its geometry
	// is set at once, so no frame is spent tweening text nobody sees.
	if (changes && target.hasAttribute('data-label')) changes = null;
	syncAttributes(target, source, changes);
	for (const n of Array.from(target.childNodes)) if (!morphable(n)) n.remove();
	const oldNodes = Array.from(target.childNodes);
	const oldKeys = childKeys(oldNodes);
	const pool = new Map(oldKeys.map((k, i) => [k, oldNodes[i]!]));
	const newNodes = Array.from(source.childNodes).filter(morphable);
	const newKeys = childKeys(newNodes);
	const doc = target.ownerDocument;
	let prev: Node | null = null;
	newNodes.forEach((node, i) => {
		let match = pool.get(newKeys[i]!);
		if (match) {
			pool.delete(newKeys[i]!);
			if (node.nodeType === 3) {
				if (match.nodeValue !== node.nodeValue) match.nodeValue = node.nodeValue;
			} else morph(match as Element, node as Element, changes);
		} else {
			match = doc.importNode(node, true);
		}
		const next: Node | null = prev ? prev.nextSibling : target.firstChild;
		// Only move what is out of place: moving a node restarts its transitions.
		if (match !== next) target.insertBefore(match, next);
		prev = match;
	});
	for (const left of pool.values()) left.parentNode?.removeChild(left);
}

/**
 * Makes target equal to source with new elements, matching nothing: for a drawing the reader should
 * not watch move (a new board, which is a new size, or a jump). New elements have no style to
 * transition from, so nothing moves and no style has to be computed with transitions off first; a
 * morph would have computed the whole drawing's style twice (once with transitions off, once on)
 * in the task that drew it.
 */
export function redraw(target: Element, source: Element): void {
	syncAttributes(target, source, null);
	const copy = target.ownerDocument.importNode(source, true);
	target.replaceChildren(...Array.from(copy.childNodes));
}
