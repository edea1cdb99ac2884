// The performance budgets and goals from the issue, in one place. Byte budgets are exact and
// enforced by tests/browser/budget.test.ts; the rest are noisy and only reported by the bench.

/** Sizes are in SI kilobytes (1 KB = 1000 bytes), the stricter reading of "KB". */
export const KB = 1000;

/**
 * Every page's first load (the story's, and every other page kind's in bench/pages.ts),
 * gzip-compressed (fonts as served, since woff2 is already compressed).
 */
export const JS_BUDGET = 60 * KB;
export const CSS_BUDGET = 20 * KB;
export const FONT_BUDGET = 80 * KB;
export const TOTAL_BUDGET = 250 * KB;
export const THIRD_PARTY_BUDGET = 0;
/** The slides' HTML (its printable handout's charts are fetched, not carried), gzip-compressed. */
export const PRESENT_HTML_BUDGET = 100 * KB;

/** Lighthouse, mobile: every category score, out of 100. */
export const LIGHTHOUSE_SCORE_GOAL = 100;
/** Our LCP may be at most this multiple of the zero-JavaScript reference page's LCP in the same run. */
export const LCP_RATIO_GOAL = 1.25;
export const TBT_GOAL_MS = 50;
export const CLS_GOAL = 0;

/** Scrolling under 4× CPU slowdown. */
export const SLOW_FRAME_MS = 16.7;
export const JANK_FRAME_MS = 50;
export const SLOW_FRAME_SHARE_GOAL = 0.01;
export const JANK_FRAME_GOAL = 0;
export const LONG_TASK_GOAL = 0;
export const HEAP_AFTER_GOAL = 5 * 1000 * KB;
