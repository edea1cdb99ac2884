// Measures, in the page, what a reader of the scrolly story sees while reading: how much of the
// active chart's plot is left uncovered, and how tall the largest blank band of the viewport is.
import type { Page } from 'playwright-core';

export interface ReadingFigures {
	/** Scroll positions sampled while some step's card was on screen and active. */
	readingSamples: number;
	/** Share of those samples with the plot at least 90 % uncovered. */
	uncoveredShare: number;
	/** Lowest uncovered share of the plot seen at any sample. */
	worstUncovered: number;
	/** Tallest blank horizontal band of the viewport, as a share of its height, and where. */
	blankMax: number;
	blankAt: string;
	/** Share of reading samples in which at least half the active card was visible. */
	cardVisibleShare: number;
}

/** The scroll step of the sweep, in px (the issue asks for ≤ 40). */
export const SWEEP_STEP = 32;

/**
 * Scrolls through every scrolly section in SWEEP_STEP increments. At each position: the active
 * step's card, its section's plot (`.chart-box`), and which element a reader sees on a 12×12 grid
 * of the plot (elementFromPoint: anything outside the figure covers it); then each 4 px row of the
 * viewport is blank when, at ten points across, only empty layout boxes are hit.
 */
export function measureReading(page: Page): Promise<ReadingFigures> {
	return page.evaluate(async (step) => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
		const sections = [...document.querySelectorAll<HTMLElement>('[data-section]')];
		const first = sections[0]!;
		const last = sections[sections.length - 1]!;
		const vh = window.innerHeight;
		const vw = window.innerWidth;
		const start = first.getBoundingClientRect().top + scrollY - vh;
		const end = last.getBoundingClientRect().bottom + scrollY;
		const EMPTY = (el: Element | null) =>
			!el ||
			el === document.documentElement ||
			el === document.body ||
			el.matches('article, main, .scrolly, .steps, .step, .track, .alias');
		let reading = 0;
		let good = 0;
		let cardSeen = 0;
		let worst = 1;
		let blankMax = 0;
		let blankAt = '';
		for (let y = Math.max(0, start); y <= end; y += step) {
			window.scrollTo({ top: y, behavior: 'instant' });
			await frame();
			await frame();
			const active = document.querySelector<HTMLElement>('[data-step][aria-current="step"]');
			const card = active?.querySelector<HTMLElement>('.card');
			const plot = active?.closest('[data-section]')?.querySelector<HTMLElement>('.chart-box');
			if (card && plot) {
				const c = card.getBoundingClientRect();
				const onScreen = Math.min(c.bottom, vh) - Math.max(c.top, 0);
				if (onScreen > 0) {
					reading++;
					const figure = plot.closest('figure')!;
					const p = plot.getBoundingClientRect();
					let seen = 0;
					let total = 0;
					for (let i = 0; i < 12; i++)
						for (let j = 0; j < 12; j++) {
							const x = p.left + ((i + 0.5) * p.width) / 12;
							const yy = p.top + ((j + 0.5) * p.height) / 12;
							if (x < 0 || x >= vw || yy < 0 || yy >= vh) continue;
							total++;
							const hit = document.elementFromPoint(x, yy);
							if (hit && figure.contains(hit)) seen++;
						}
					const uncovered = total === 0 ? 1 : seen / total;
					worst = Math.min(worst, uncovered);
					if (uncovered >= 0.9) good++;
					// Visible: on screen and not under the pinned figure of its section.
					const fig = figure.getBoundingClientRect();
					// Hidden: the part of the card under its section's pinned figure (phones only;
					// side by side on wide screens nothing is under anything).
					const sideBySide = c.right <= fig.left || c.left >= fig.right;
					const under = sideBySide
						? 0
						: Math.max(0, Math.min(c.bottom, fig.bottom) - Math.max(c.top, fig.top, 0));
					const visible = onScreen - under;
					if (visible >= c.height / 2 || visible >= vh * 0.3) cardSeen++;
				}
			}
			let run = 0;
			for (let row = 2; row < vh; row += 4) {
				let blank = true;
				for (let k = 0; k < 10 && blank; k++)
					if (!EMPTY(document.elementFromPoint(((k + 0.5) * vw) / 10, row))) blank = false;
				run = blank ? run + 4 : 0;
				if (run / vh > blankMax) {
					blankMax = run / vh;
					blankAt = `scrollY ${Math.round(scrollY)}, row ${row}, step ${active?.id ?? '-'}`;
				}
			}
		}
		return {
			readingSamples: reading,
			uncoveredShare: reading ? good / reading : 0,
			worstUncovered: worst,
			blankMax,
			blankAt,
			cardVisibleShare: reading ? cardSeen / reading : 0
		};
	}, SWEEP_STEP);
}
