/**
 * The first drawing of every section, for the prerendered HTML. It is made on the server only and
 * never sent as page data: in the browser the charts adopt the server's SVG as it is.
 */
import type { StoryText } from './build';

export type FirstDrawings = Record<string, string>;

export async function firstDrawings(story: StoryText): Promise<FirstDrawings | null> {
	if (!import.meta.env.SSR) return null;
	const { renderFirstDrawings } = await import('$lib/charts/artboards/render');
	return renderFirstDrawings(story);
}
