/**
 * The one placement engine. Labels are placed in priority order; each tries its candidate spots in
 * the order given and takes the first that stays inside the bounds and clear of every obstacle and
 * every label already placed. A label with no clear spot is dropped, and the result says which and
 * why: a chart never draws a label on top of another, nor cuts one short.
 */
import { inside, overlaps, segmentHitsBox, segmentsCross, type Box, type Point } from './geometry';
import type { Label } from './label';
import { LABEL_PAD } from './sizes';

export interface LabelRequest {
	id: string;
	/** Higher goes first. Ties keep the order given. */
	priority: number;
	/** Candidate placements, best first (e.g. right of the mark, left, above, with a leader…). */
	candidates: readonly Label[];
}

export type DropReason = 'no-candidates' | 'outside' | 'collides';

export interface Placement {
	placed: Label[];
	dropped: { id: string; reason: DropReason }[];
}

export interface PlaceOptions {
	/** Labels stay inside this box. */
	bounds: Box;
	/** Marks and fixed text labels must not cover. */
	obstacles?: readonly Box[];
	/** Lines drawn in the chart (connectors) that no label may cross. */
	segments?: readonly (readonly [Point, Point])[];
	/** Clear space between a label and anything else, px. */
	pad?: number;
}

function leaderOk(l: Label, obstacles: readonly Box[], placed: readonly Label[]): boolean {
	if (!l.leader) return true;
	const p = [l.leader.x1, l.leader.y1] as const;
	const q = [l.leader.x2, l.leader.y2] as const;
	return (
		placed.every((o) => !segmentHitsBox(p, q, o.box)) &&
		placed.every(
			(o) =>
				!o.leader || !segmentsCross(p, q, [o.leader.x1, o.leader.y1], [o.leader.x2, o.leader.y2])
		) &&
		obstacles.every((o) => !segmentHitsBox(p, q, shrink(o, 1)))
	);
}

function shrink(b: Box, by: number): Box {
	return { x: b.x + by, y: b.y + by, width: b.width - 2 * by, height: b.height - 2 * by };
}

export function placeLabels(requests: readonly LabelRequest[], opts: PlaceOptions): Placement {
	const pad = opts.pad ?? LABEL_PAD;
	const obstacles = opts.obstacles ?? [];
	const segments = opts.segments ?? [];
	const order = requests
		.map((r, i) => ({ r, i }))
		.sort((a, b) => b.r.priority - a.r.priority || a.i - b.i);
	const placed: Label[] = [];
	const dropped: Placement['dropped'] = [];
	for (const { r } of order) {
		if (r.candidates.length === 0) {
			dropped.push({ id: r.id, reason: 'no-candidates' });
			continue;
		}
		const within = r.candidates.filter((c) => inside(c.box, opts.bounds));
		const ok = within.find(
			(c) =>
				placed.every((o) => !overlaps(c.box, o.box, pad)) &&
				obstacles.every((o) => !overlaps(c.box, o, pad)) &&
				segments.every(([p, q]) => !segmentHitsBox(p, q, c.box)) &&
				leaderOk(c, obstacles, placed) &&
				placed.every(
					(o) =>
						!o.leader ||
						!segmentHitsBox([o.leader.x1, o.leader.y1], [o.leader.x2, o.leader.y2], c.box)
				)
		);
		if (ok) placed.push(ok);
		else dropped.push({ id: r.id, reason: within.length === 0 ? 'outside' : 'collides' });
	}
	return { placed, dropped };
}

/**
 * Nudging along one axis: items (wanted start, size) in order, pushed apart by gap and kept inside
 * [min, max]: pushed forward from the start, then pulled back from the end if they overflow.
 * Returns the new starts; `fits` is false when even packed tight they exceed the room.
 */
export function nudge(
	items: readonly { at: number; size: number }[],
	min: number,
	max: number,
	gap = LABEL_PAD
): { at: number[]; fits: boolean } {
	const at = items.map((d) => d.at);
	for (let i = 0; i < at.length; i++) {
		const floor = i === 0 ? min : at[i - 1]! + items[i - 1]!.size + gap;
		at[i] = Math.max(at[i]!, floor);
	}
	for (let i = at.length - 1; i >= 0; i--) {
		const ceil = i === at.length - 1 ? max - items[i]!.size : at[i + 1]! - gap - items[i]!.size;
		at[i] = Math.max(min, Math.min(at[i]!, ceil));
	}
	const total = items.reduce((s, d) => s + d.size, 0) + gap * Math.max(0, items.length - 1);
	return { at, fits: total <= max - min + 0.01 };
}
