/** Boxes and segments: the geometry the placement engine and the tests check labels with. */

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** True when two boxes overlap or come closer than padX side by side or padY one above the other. */
export function overlaps(a: Box, b: Box, padX = 0, padY = padX): boolean {
	return (
		a.x < b.x + b.width + padX &&
		b.x < a.x + a.width + padX &&
		a.y < b.y + b.height + padY &&
		b.y < a.y + a.height + padY
	);
}

/** True when box a lies inside box b (within a rounding tolerance). */
export function inside(a: Box, b: Box, tolerance = 0.5): boolean {
	return (
		a.x >= b.x - tolerance &&
		a.y >= b.y - tolerance &&
		a.x + a.width <= b.x + b.width + tolerance &&
		a.y + a.height <= b.y + b.height + tolerance
	);
}

export type Point = readonly [number, number];

/** True when the segment p→q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
	const dx = q[0] - p[0];
	const dy = q[1] - p[1];
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, p[0] - b.x],
		[dx, b.x + b.width - p[0]],
		[-dy, p[1] - b.y],
		[dy, b.y + b.height - p[1]]
	];
	for (const [pk, qk] of edges) {
		if (pk === 0) {
			if (qk < 0) return false;
			continue;
		}
		const t = qk / pk;
		if (pk < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

function orient(a: Point, b: Point, c: Point): number {
	return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

/** True when two segments cross at a point inside both (touching ends do not count). */
export function segmentsCross(a1: Point, a2: Point, b1: Point, b2: Point): boolean {
	const d1 = orient(b1, b2, a1);
	const d2 = orient(b1, b2, a2);
	const d3 = orient(a1, a2, b1);
	const d4 = orient(a1, a2, b2);
	return d1 * d2 < 0 && d3 * d4 < 0;
}
