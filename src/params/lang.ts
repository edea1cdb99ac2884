import type { ParamMatcher } from '@sveltejs/kit';

/**
 * The `[[lang=lang]]` route segment: the Spanish edition lives under /es/, English at the root,
 * so each page exists once for both languages. Only `es` matches; no segment means English.
 */
export const match = ((param: string): param is 'es' => param === 'es') satisfies ParamMatcher;
