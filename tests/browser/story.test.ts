/** The story as readers use it: scrolling, deep links, flings, no JavaScript, accessibility. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STEPS } from '../../src/lib/story/steps';
import { sectionState, toSections } from '../../src/lib/scroll/sections';
import { boardId, NOMINAL_BOARD } from '../../src/lib/charts/artboards/boards';
import { ID_TOKEN } from '../../src/lib/charts/artboards/token';
import { formatViolations, frames, runAxe, screenshot, useSite, waitForStill } from './harness';
import { scrollToStep } from './steps';

const site = useSite();
const sections = toSections(STEPS);

/** Every figure's expected data-state while `activeId` is the active step. */
const expectedStates = (activeId: string | null) =>
	sections.map((s) => `${s.id}:${sectionState(s, STEPS, activeId)}`);

const figureStates = (page: Page) =>
	page.$$eval('[data-section]', (els) =>
		els.map(
			(el) =>
				`${el.getAttribute('data-section')}:${el.querySelector('figure[data-chart]')?.getAttribute('data-state')}`
		)
	);

/** Opens the story's deep link to step `id` and waits until that step is the current one. */
async function openAt(page: Page, base: string, id: string) {
	await page.goto(`${base}#${id}`);
	await page.waitForSelector(`[data-step="${id}"][aria-current="step"]`);
}

describe.each([
	['', 390, 844],
	['', 1280, 800],
	['es/', 390, 844],
	['es/', 1280, 800]
])('the story at /%s, %i×%i', (path, width, height) => {
	const url = () => site.url + path;
	it('moves every chart to the right state at every step, and keeps the hash in step', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await page.goto(url());
			const historyLength = await page.evaluate(() => history.length);
			expect(await figureStates(page)).toEqual(expectedStates(null));
			for (const step of STEPS) {
				await scrollToStep(page, step.id);
				expect(await page.$$eval('[aria-current="step"]', (els) => els.map((e) => e.id))).toEqual([
					step.id
				]);
				expect(await figureStates(page)).toEqual(expectedStates(step.id));
				await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step.id}`);
				if (['founder', 'sectors', 'independent-review'].includes(step.id)) {
					await waitForStill(page);
					await screenshot(page, `story-${path.replace('/', '')}${width}-${step.id}`);
				}
			}
			expect(await page.evaluate(() => history.length)).toBe(historyLength);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('opens a deep link at its step with the chart already in that state', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await openAt(page, url(), 'sectors');
			expect(await figureStates(page)).toEqual(expectedStates('sectors'));
			expect(await page.evaluate(() => location.hash)).toBe('#sectors');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('ends a fast fling to the bottom and back up in the right state', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await page.goto(url());
			for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 4000);
			await page.evaluate(() =>
				window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })
			);
			// The fling has landed: the page has rendered at the bottom, and the step observers have
			// seen it, two frames on.
			await page.waitForFunction(
				() => Math.ceil(window.scrollY + window.innerHeight) >= document.body.scrollHeight - 1
			);
			await frames(page);
			const target = 'independent-review';
			await page.evaluate((stepId) => {
				const el = document.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
				window.scrollTo({
					top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5,
					behavior: 'instant'
				});
			}, target);
			await page.waitForSelector(`[data-step="${target}"][aria-current="step"]`);
			expect(await figureStates(page)).toEqual(expectedStates(target));
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('reads the page once after a burst of small scrolls, not after each of them', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await openAt(page, url(), 'sectors');
			// Count reads of the steps' boxes (reset on demand), from now on.
			await page.evaluate(() => {
				const w = window as unknown as { reads: number };
				w.reads = 0;
				const read = Element.prototype.getBoundingClientRect;
				Element.prototype.getBoundingClientRect = function (this: Element) {
					if (this.hasAttribute('data-step')) w.reads++;
					return read.call(this);
				};
			});
			const reads = () => page.evaluate(() => (window as unknown as { reads: number }).reads);
			// The deep link's own settling is over once no read comes for a while.
			let last = -1;
			await expect
				.poll(
					async () => {
						const now = await reads();
						const still = now === last;
						last = now;
						return still;
					},
					{ interval: 500 }
				)
				.toBe(true);
			// The page is nudged 40 times, a frame apart, as a wheel or a keyboard does: each
			// nudge ends with a scrollend.
			const steps = await page.evaluate(async () => {
				(window as unknown as { reads: number }).reads = 0;
				for (let i = 0; i < 40; i++) {
					window.scrollBy({ top: i % 2 ? -2 : 2, behavior: 'instant' });
					await new Promise((r) => requestAnimationFrame(r));
				}
				return document.querySelectorAll('[data-step]').length;
			});
			// Once the burst has settled the page is read: at most one reading of every step,
			// where a reading per nudge was 40.
			await expect.poll(reads).toBeGreaterThan(0);
			expect(await reads()).toBeLessThanOrEqual(steps);
			expect(await page.locator('[data-step="sectors"][aria-current="step"]').count()).toBe(1);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('reads no scroll position while the reader scrolls, so no frame lays the page out early', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			// Before the page's scripts: count every read of the scroll position (each one makes
			// the browser bring style and layout up to date on the spot).
			await page.addInitScript(() => {
				const w = window as unknown as { scrollReads: number };
				w.scrollReads = 0;
				for (const name of ['pageYOffset', 'scrollY'] as const) {
					const own = Object.getOwnPropertyDescriptor(window, name)!;
					Object.defineProperty(window, name, {
						configurable: true,
						get() {
							w.scrollReads++;
							return own.get!.call(window);
						}
					});
				}
			});
			await openAt(page, url(), 'sectors');
			await waitForStill(page);
			// A slow scroll through two steps, a frame at a time, as a reader's thumb does.
			const result = await page.evaluate(async () => {
				const w = window as unknown as { scrollReads: number };
				const from = document.querySelector('[data-step="sectors"]')!.getBoundingClientRect();
				w.scrollReads = 0;
				let events = 0;
				const count = () => events++;
				document.addEventListener('scroll', count);
				for (let moved = 0; moved < from.height * 2; moved += 8) {
					window.scrollBy({ top: 8, behavior: 'instant' });
					await new Promise((r) => requestAnimationFrame(r));
				}
				document.removeEventListener('scroll', count);
				return { reads: w.scrollReads, events };
			});
			expect(result.events).toBeGreaterThan(20);
			expect(result.reads).toBe(0);
			// The step still follows the reader.
			await expect
				.poll(() => page.locator('[aria-current="step"]').getAttribute('data-step'))
				.not.toBe('sectors');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('reads the page once when a step crosses the line', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await openAt(page, url(), 'sectors');
			await waitForStill(page);
			// Every reading of the page starts at the first step's box: count those from now on.
			// The check after a scroll ends is held back here, so what is counted is the crossing.
			await page.evaluate(() => {
				const w = window as unknown as { readings: number };
				w.readings = 0;
				const first = document.querySelector('[data-step]');
				const read = Element.prototype.getBoundingClientRect;
				Element.prototype.getBoundingClientRect = function (this: Element) {
					if (this === first) w.readings++;
					return read.call(this);
				};
				window.addEventListener('scrollend', (e) => e.stopPropagation(), { capture: true });
			});
			const next = await page.evaluate(() => {
				const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
				const i = steps.findIndex((s) => s.dataset.step === 'sectors');
				const box = steps[i + 1]!.getBoundingClientRect();
				// Just past the line: the next step's top a little above where the current one's was.
				const current = steps[i]!.getBoundingClientRect();
				window.scrollBy({ top: box.top - current.top, behavior: 'instant' });
				return steps[i + 1]!.dataset.step!;
			});
			await page.waitForSelector(`[data-step="${next}"][aria-current="step"]`);
			await waitForStill(page);
			expect(await page.evaluate(() => (window as unknown as { readings: number }).readings)).toBe(
				1
			);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('has no axe violations at several steps', async () => {
		const { page, close } = await site.newPage({ width, height });
		try {
			await page.goto(url());
			expect(formatViolations(await runAxe(page))).toBe('');
			for (const id of ['extended-plan', 'disputed', 'world-stage']) {
				await scrollToStep(page, id);
				expect(formatViolations(await runAxe(page))).toBe('');
			}
		} finally {
			await close();
		}
	});
});

describe('motion', () => {
	const runningAfterStep = async (reducedMotion: 'reduce' | 'no-preference') => {
		const { page, close } = await site.newPage({ width: 1280, height: 800, reducedMotion });
		try {
			await page.goto(site.url);
			await scrollToStep(page, 'new-method');
			await waitForStill(page);
			// Every transition the chart's drawing starts from here on is counted as it starts, so a
			// busy machine that reads late cannot miss a move that has already ended.
			await page.evaluate(() => {
				const w = window as unknown as { chartMoves: number };
				w.chartMoves = 0;
				document.addEventListener(
					'transitionrun',
					(e) => {
						if ((e.target as Element).closest?.('.live-chart')) w.chartMoves += 1;
					},
					true
				);
			});
			await scrollToStep(page, 'sectors');
			await page.waitForSelector('.live-chart [data-state="by-cluster"]', { state: 'attached' });
			// The drawing has its new state; what it moves starts in the same frame or the next.
			await frames(page);
			return await page.evaluate(() => (window as unknown as { chartMoves: number }).chartMoves);
		} finally {
			await close();
		}
	};

	it('animates a state change for readers who accept motion', async () => {
		expect(await runningAfterStep('no-preference')).toBeGreaterThan(0);
	});

	it('changes state without motion under prefers-reduced-motion', async () => {
		expect(await runningAfterStep('reduce')).toBe(0);
	});
});

describe('links and fallbacks', () => {
	it('starts at the top, with a console warning, on an unknown step in the link', async () => {
		const { page, errors, close } = await site.newPage();
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		try {
			await page.goto(`${site.url}#no-such-step`);
			// The warning comes once the page has started, which a busy machine may delay.
			await expect
				.poll(() => warnings.join('\n'), { timeout: 30_000 })
				.toContain('Unknown step "no-such-step"');
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			expect(await figureStates(page)).toEqual(expectedStates(null));
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('reads without JavaScript: every step, every chart drawn, nothing sticky', async () => {
		for (const [width, height] of [
			[390, 844],
			[1280, 800]
		] as const) {
			const { page, close } = await site.newPage({ width, height, javaScriptEnabled: false });
			try {
				await page.goto(site.url);
				const steps = await page.$$eval('[data-step]', (els) =>
					els.map((e) => [e.getAttribute('data-step'), (e.textContent ?? '').trim().length])
				);
				expect(steps.map(([id]) => id)).toEqual(STEPS.map((s) => s.id));
				expect(steps.every(([, n]) => (n as number) > 100)).toBe(true);
				// Only the steps' own figures are on screen, one per step, each drawn in its state.
				const figures = await page.$$eval('figure[data-chart]', (els) =>
					els
						.filter((f) => f.getBoundingClientRect().height > 0)
						.map((f) => [
							f.closest('[data-step]')?.getAttribute('data-step'),
							f.getAttribute('data-state'),
							f.querySelectorAll('svg *').length
						])
				);
				expect(figures.map(([step, state]) => [step, state])).toEqual(
					STEPS.map((s) => [s.id, s.state])
				);
				expect(figures.every(([, , n]) => (n as number) > 10)).toBe(true);
				const sticky = await page.$$eval('[data-section] > *', (els) =>
					els.some((e) => getComputedStyle(e).position === 'sticky')
				);
				expect(sticky).toBe(false);
				await screenshot(page, `story-nojs-${width}`);
			} finally {
				await close();
			}
		}
	});
});

describe.each([
	['', 360, 740],
	['es/', 360, 740],
	['', 1280, 800]
])('without JavaScript, /%s at %i×%i', (path, width, height) => {
	it('shows each step’s own chart state before its text, with its text alternative, text ≥ 12 px', async () => {
		const { page, close } = await site.newPage({ width, height, javaScriptEnabled: false });
		try {
			await page.goto(site.url + path);
			const lang = path === '' ? 'en' : 'es';
			// What each state looks like on the HTML's board, from the files the live charts load.
			const drawings: Record<string, string> = {};
			for (const chart of new Set(STEPS.map((s) => s.chart))) {
				const file = `${site.url}charts/${lang}/${chart}-${boardId(NOMINAL_BOARD)}.json`;
				const json = (await (await page.request.get(file)).json()) as {
					states: Record<string, string>;
				};
				for (const step of STEPS.filter((s) => s.chart === chart))
					drawings[step.id] = json.states[step.state]!.replaceAll(ID_TOKEN, `fig-step-${step.id}`);
			}
			const seen = await page.evaluate((expected) => {
				const canon = (n: Node): string =>
					n.nodeType === 3
						? JSON.stringify(n.nodeValue)
						: n.nodeType !== 1
							? ''
							: `<${(n as Element).tagName.toLowerCase()} ${Array.from((n as Element).attributes)
									.map((a) => `${a.name}=${JSON.stringify(a.value)}`)
									.sort()
									.join(' ')}>${Array.from(n.childNodes).map(canon).join('')}</>`;
				return [...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => {
					const id = step.dataset.step!;
					const figure = [...step.querySelectorAll('figure[data-chart]')].filter(
						(f) => f.getBoundingClientRect().height > 0
					);
					const f = figure[0];
					const svg = f?.querySelector('svg');
					const tpl = document.createElement('template');
					tpl.innerHTML = expected[id] ?? '';
					const want = tpl.content.querySelector('svg');
					// A still drawing leaves out what the state fades out entirely (see still.ts).
					for (const g of want?.querySelectorAll<SVGGElement>('g') ?? [])
						if (g.style.opacity === '0') g.remove();
					const text = step.querySelector('p');
					const desc = document.getElementById(f?.getAttribute('aria-describedby') ?? '');
					const title = document.getElementById(f?.getAttribute('aria-labelledby') ?? '');
					let smallest = Infinity;
					for (const t of svg?.querySelectorAll('text') ?? []) {
						const px = parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
						smallest = Math.min(smallest, px);
					}
					return {
						id,
						figures: figure.length,
						sameDrawing: !!svg && !!want && canon(svg) === canon(want),
						beforeText:
							!!f &&
							!!text &&
							!!(f.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING),
						described: (desc?.textContent ?? '').trim().length > 40,
						titled: (title?.textContent ?? '').trim().length > 5,
						named: (svg?.getAttribute('aria-label') ?? '').length > 5,
						readable: smallest >= 12
					};
				});
			}, drawings);
			const ok = {
				figures: 1,
				sameDrawing: true,
				beforeText: true,
				described: true,
				titled: true,
				named: true,
				readable: true
			};
			expect(seen).toEqual(STEPS.map((s) => ({ id: s.id, ...ok })));
			await screenshot(page, `story-nojs-steps-${lang}-${width}`);
		} finally {
			await close();
		}
	});
});
