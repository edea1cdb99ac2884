import { withDrawing } from '$lib/embed/drawing';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => withDrawing(data);
