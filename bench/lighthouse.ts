// Lighthouse runs against the system Chromium: one fresh browser per run, so no cache or state is
// carried from one run to the next. Figures are the median of several runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';

export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const AUDITS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	speedIndex: 'speed-index'
} as const;

/** Category scores out of 100, and metrics in ms (CLS unitless). */
export type LighthouseFigures = Record<(typeof CATEGORIES)[number] | keyof typeof AUDITS, number>;

export async function runLighthouse(
	url: string,
	formFactor: FormFactor
): Promise<LighthouseFigures> {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS]
	});
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message} (${url})`);
		const scores = CATEGORIES.map((id) => [id, (lhr.categories[id]?.score ?? NaN) * 100]);
		const audits = Object.entries(AUDITS).map(([key, id]) => [
			key,
			lhr.audits[id]?.numericValue ?? NaN
		]);
		return Object.fromEntries([...scores, ...audits]) as LighthouseFigures;
	} finally {
		chrome.kill();
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of each figure on its own across runs (so it may mix runs, as is usual). */
export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
	const keys = Object.keys(runs[0] ?? {}) as (keyof LighthouseFigures)[];
	return Object.fromEntries(
		keys.map((key) => [key, median(runs.map((run) => run[key]))])
	) as LighthouseFigures;
}
