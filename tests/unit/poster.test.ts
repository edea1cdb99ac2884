import { describe, expect, it } from 'vitest';
import { fitSlide } from '$lib/present/layout';
import { POSTER_ATTRIBUTE, POSTER_SCALE, posterScript } from '$lib/present/poster';

/** Runs the head script against a window of `width` × `height` at `hash`. */
function run(width: number, height: number, hash: string) {
	const props = new Map<string, string>();
	const attrs = new Map<string, string>();
	const root = {
		style: { setProperty: (k: string, v: string) => props.set(k, v) },
		setAttribute: (k: string, v: string) => attrs.set(k, v)
	};
	new Function('innerWidth', 'innerHeight', 'location', 'document', posterScript())(
		width,
		height,
		{ hash },
		{ documentElement: root }
	);
	return { scale: Number(props.get(POSTER_SCALE)), orientation: attrs.get(POSTER_ATTRIBUTE) };
}

describe('the slides’ poster script', () => {
	it.each([
		[1280, 720],
		[1920, 1080],
		[412, 823],
		[390, 844],
		[1024, 1024],
		[800, 1280]
	])('lays the title slide out at %i×%i as the slides will', (w, h) => {
		const fit = fitSlide(w, h);
		expect(run(w, h, '')).toEqual({ scale: fit.scale, orientation: fit.orientation });
	});

	it('shows the poster for the title slide, and none for a link to another slide', () => {
		expect(run(1280, 720, '#title').orientation).toBe('landscape');
		expect(run(1280, 720, '#independent-review').orientation).toBeUndefined();
	});
});
