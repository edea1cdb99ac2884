// Moving through the story the way a reader's scrolling does, shared by the story's test files.
import type { Page } from 'playwright-core';

/** Scroll so the step's top sits at the middle of the viewport, and wait until it is active. */
export async function scrollToStep(page: Page, id: string) {
	await page.evaluate((stepId) => {
		const el = document.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo({ top: top - window.innerHeight * 0.5, behavior: 'instant' });
	}, id);
	await page.waitForSelector(`[data-step="${id}"][aria-current="step"]`);
}
