import { withStepDrawings } from '$lib/embed/drawing';
import type { PageLoad } from './$types';

/** Each step's chart drawn at build time, in the HTML only. */
export const load: PageLoad = ({ data }) => withStepDrawings(data);
