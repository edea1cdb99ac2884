/**
 * Slides are laid out once at a fixed design size and scaled to the screen, as keynote software
 * does: a slide looks the same on a 1280×720 projector and a 1920×1080 one, only sharper. Portrait
 * screens (phones, tablets held upright) get a portrait design with the chart under the caption.
 */

export const SLIDE_SIZE = {
	landscape: { width: 1280, height: 720 },
	portrait: { width: 720, height: 1280 }
} as const;

export type Orientation = keyof typeof SLIDE_SIZE;

/**
 * Charts draw their labels at a fixed pixel size; on a slide they are laid out this much smaller
 * (on SLIDE_BOARDS, the slide's plot box divided by this) and scaled up, so 13 px labels show at
 * 24 px at 1280×720 and read from the back of the room.
 */
export const SLIDE_CHART_MAGNIFY = 1.85;

/** The design and the scale that fit a `width` × `height` screen, letterboxed. */
export function fitSlide(
	width: number,
	height: number
): { orientation: Orientation; scale: number } {
	const orientation: Orientation = height > width ? 'portrait' : 'landscape';
	const size = SLIDE_SIZE[orientation];
	const scale = Math.min(width / size.width, height / size.height);
	return { orientation, scale: Number.isFinite(scale) && scale > 0 ? scale : 1 };
}
