// Moving through the story the way a reader's scrolling does, shared by the story's test files.
import type { Page } from 'playwright-core';

/**
 * Scroll so the step's top sits just above the story's reading line (the `--trigger` share of the
 * viewport the layout sets: lower on phones, where cards are read under the pinned chart), and
 * wait until it is active.
 */
export async function scrollToStep(page: Page, id: string) {
	await page.evaluate((stepId) => {
		const el = document.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
		const article = el.closest('article') ?? document.documentElement;
		const share = parseFloat(getComputedStyle(article).getPropertyValue('--trigger')) || 0.5;
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo({ top: top - window.innerHeight * share + 4, behavior: 'instant' });
	}, id);
	await page.waitForSelector(`[data-step="${id}"][aria-current="step"]`);
}
