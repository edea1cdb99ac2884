/**
 * The story's charts in the browser: what is drawn is, at every step, exactly the prerendered
 * artboard of that state that fits the box; charts far down the page are not fetched on arrival;
 * a failed fetch says so and leaves the text working.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boardId, pickArtboard } from '../../src/lib/charts/artboards/boards';
import { ID_TOKEN } from '../../src/lib/charts/artboards/token';
import { UI } from '../../src/lib/i18n/ui';
import { toSections } from '../../src/lib/scroll/sections';
import { STEPS } from '../../src/lib/story/steps';
import { frames, useSite } from './harness';
import { scrollToStep } from './steps';
import { showsArtboard } from './drawing';

const site = useSite();
const sectionOf = new Map(toSections(STEPS).flatMap((s) => s.steps.map((st) => [st.id, s.id])));

/** How a chart box's drawing is sized: its height's unit, and whether it is the box's size. */
function sizing(page: Page, selector: string) {
	return page.evaluate((selector) => {
		const box = document.querySelector<HTMLElement>(selector)!;
		const svg = box.querySelector('svg')!;
		const height = svg.computedStyleMap().get('height') as CSSUnitValue;
		return {
			unit: height.unit,
			fills:
				Math.abs(svg.clientWidth - box.clientWidth) <= 1 &&
				Math.abs(svg.clientHeight - box.clientHeight) <= 1
		};
	}, selector);
}
const fills = { unit: 'px', fills: true };

type Drawn = { board: string; box: [number, number]; viewBox: string | null; matches: boolean };

/**
 * The section's drawing compared with its artboard file's markup for `state` (elements, attributes
 * in any order, text), and the board it uses.
 */
function drawn(page: Page, section: string, state: string, token: string): Promise<Drawn> {
	return drawnIn(page, `[data-section="${section}"] .live-chart`, `fig-${section}`, state, token);
}

/** The same, for the chart box `selector` whose ids start with `prefix`. */
function drawnIn(
	page: Page,
	selector: string,
	prefix: string,
	state: string,
	token: string
): Promise<Drawn> {
	return page.evaluate(
		async ({ selector, prefix, state, token, root }) => {
			const canon = (n: Node): string =>
				n.nodeType === 3
					? JSON.stringify(n.nodeValue)
					: n.nodeType !== 1
						? ''
						: `<${(n as Element).tagName.toLowerCase()} ${Array.from((n as Element).attributes)
								.map((a) => `${a.name}=${JSON.stringify(a.value)}`)
								.sort()
								.join(' ')}>${Array.from(n.childNodes).map(canon).join('')}</>`;
			const box = document.querySelector<HTMLElement>(selector)!;
			const board = box.dataset.board!;
			const figure = box.closest('figure')!;
			const file = `charts/${document.documentElement.lang}/${figure.dataset.chart}-${board}.json`;
			const json = await (await fetch(new URL(file, root))).json();
			const tpl = document.createElement('template');
			tpl.innerHTML = json.states[state].replaceAll(token, prefix);
			const svg = box.querySelector('svg')!;
			return {
				board,
				box: [box.clientWidth, box.clientHeight] as [number, number],
				viewBox: svg.getAttribute('viewBox'),
				matches: canon(svg) === canon(tpl.content.querySelector('svg')!)
			};
		},
		{ selector, prefix, state, token, root: site.url }
	);
}

describe.each([
	['', 390, 844],
	['', 1280, 800],
	['es/', 390, 844]
])('the charts of /%s at %i×%i', (path, width, height) => {
	it('draw, at every step, that state’s artboard for their box, one box and board a section', async () => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			await page.goto(site.url + path);
			// A box that changed size with the step's title or text would redraw the chart on
			// another board, a jump instead of a move.
			const kept = new Map<string, { board: string; box: [number, number] }>();
			for (const step of STEPS) {
				await scrollToStep(page, step.id);
				const section = sectionOf.get(step.id)!;
				await expect
					.poll(() => drawn(page, section, step.state, ID_TOKEN).then((d) => d.matches), {
						timeout: 30_000
					})
					.toBe(true);
				const d = await drawn(page, section, step.state, ID_TOKEN);
				expect(d.board).toBe(boardId(pickArtboard(...d.box)));
				expect(d.viewBox).toBe(`0 0 ${d.board.replace('x', ' ')}`);
				const first = kept.get(section) ?? { board: d.board, box: d.box };
				kept.set(section, first);
				expect({ board: d.board, box: d.box }, `${step.id}, in section ${section}`).toEqual(first);
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('fetching artboards', () => {
	it('fetches only the charts near the top on arrival, the others as the reader gets near', async () => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		const fetched: string[] = [];
		page.on('request', (r) => {
			const m = /\/charts\/en\/([a-z]+)-/.exec(r.url());
			if (m) fetched.push(m[1]!);
		});
		try {
			await page.goto(site.url);
			// The page fetches its top chart once it has hydrated, which a busy machine can put
			// after a first quiet moment on the network: wait for the fetch, then for quiet again.
			await expect.poll(() => fetched).toContain('timeline');
			await page.waitForSelector('#svelte-announcer', { state: 'attached' });
			await page.waitForLoadState('networkidle');
			expect([...new Set(fetched)]).toEqual(['timeline']);
			await scrollToStep(page, 'sectors');
			await page.waitForLoadState('networkidle');
			expect(fetched).toContain('flow');
			expect(fetched).not.toContain('membership');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('sends only the marks a first drawing shows, and adds the faded ones before the first move', async () => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		const chart = '[data-section="plan-2011"] .live-chart svg';
		const marks = () => page.locator(`${chart} [data-mark][data-kind]`).count();
		try {
			const html = await (await page.request.get(site.url)).text();
			const flow = html.slice(html.indexOf('data-section="plan-2011"'));
			const sent =
				flow.slice(0, flow.indexOf('</svg>')).match(/data-mark="[^"]*" data-kind=/g)?.length ?? 0;
			await page.goto(site.url);
			// The flow's first state shows the 2011 plan alone: the later plans' marks are faded out.
			const first = await page.evaluate(
				async ({ root }) => {
					const res = await fetch(`${root}charts/en/flow-360x420.json`);
					const { states } = (await res.json()) as { states: Record<string, string> };
					const tpl = document.createElement('template');
					tpl.innerHTML = states['plan-2011']!;
					const all = [...tpl.content.querySelectorAll<SVGGElement>('[data-mark][data-kind]')];
					return { all: all.length, shown: all.filter((g) => g.style.opacity !== '0').length };
				},
				{ root: site.url }
			);
			expect(sent).toBe(first.shown);
			expect(first.shown).toBeLessThan(first.all);
			await scrollToStep(page, 'plan-2011');
			await expect.poll(marks).toBe(first.all);
			// Moving on, the Extended Plan's marks fade in: none is a new element popping up. (The
			// elements are tagged with a property: the morph would drop an attribute of ours.)
			const before = await page.$$eval(`${chart} [data-mark][data-kind]`, (els) => {
				for (const el of els) (el as unknown as { seen: boolean }).seen = true;
				return els.length;
			});
			await scrollToStep(page, 'extended-plan');
			await page.waitForSelector('[data-section="plan-2011"] figure[data-state="extended"]');
			const after = await page.$$eval(`${chart} [data-mark][data-kind]`, (els) => ({
				count: els.length,
				unseen: els.filter((el) => !(el as unknown as { seen?: boolean }).seen).length
			}));
			expect(after).toEqual({ count: before, unseen: 0 });
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('sizes a slide’s drawing in pixels, its box’s size, so a new title does not lay it out again', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await page.goto(`${site.url}present/#sectors`);
			await page.waitForSelector('main.ready');
			await expect.poll(() => sizing(page, 'main .slide .live-chart')).toEqual(fills);
			await page.keyboard.press('ArrowRight');
			await expect
				.poll(() => page.locator('main [data-slide]').getAttribute('data-slide'))
				.toBe('hundred-percent');
			await expect.poll(() => sizing(page, 'main .slide .live-chart')).toEqual(fills);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('keeps the reader’s step and redraws for the new box when the window is resized', async () => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.goto(`${site.url}#sectors`);
			await page.waitForSelector('[data-step="sectors"][aria-current="step"]');
			const before = await drawn(page, sectionOf.get('sectors')!, 'by-cluster', ID_TOKEN);
			await page.setViewportSize({ width: 1280, height: 800 });
			// The reader keeps their place: once the page has reflowed (the chart has picked its
			// artboard for the new box) and rendered again, the step they were on stays active.
			const box = `[data-section="${sectionOf.get('sectors')}"] .live-chart`;
			await expect.poll(() => page.getAttribute(box, 'data-board')).not.toBe(before.board);
			await frames(page);
			expect(await page.getAttribute('[data-step="sectors"]', 'aria-current')).toBe('step');
			await scrollToStep(page, 'sectors');
			await expect
				.poll(async () => {
					const d = await drawn(page, sectionOf.get('sectors')!, 'by-cluster', ID_TOKEN);
					return d.matches && d.board === boardId(pickArtboard(...d.box)) && d.board;
				})
				.not.toBe(false);
			const after = await drawn(page, sectionOf.get('sectors')!, 'by-cluster', ID_TOKEN);
			expect(after.board).not.toBe(before.board);
			// Sized in pixels (see LiveChart's `size`), the drawing still fills its new box.
			await expect.poll(() => sizing(page, box)).toEqual(fills);
			// A printed page lays the box out anew: there the drawing follows its box, not the
			// size it was measured at on screen.
			await page.emulateMedia({ media: 'print' });
			expect(await sizing(page, box)).toEqual({ unit: 'percent', fills: true });
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('draws a new board, and a jump, without reading the layout in the task that draws', async () => {
		// Reading a box's size while the drawing is new makes the browser lay the page out inside
		// the task (40 ms and more at 4× CPU on a phone), then again in the frame.
		const { page, errors, close } = await site.newPage({
			width: 390,
			height: 844,
			reducedMotion: 'reduce'
		});
		try {
			await page.addInitScript(() => {
				const w = window as unknown as { chartReads: string[] };
				w.chartReads = [];
				const inChart = (x: unknown) => x instanceof Element && x.closest('.live-chart') !== null;
				const count = (proto: object, name: string) => {
					const d = Object.getOwnPropertyDescriptor(proto, name)!;
					if (d.get) {
						const get = d.get;
						Object.defineProperty(proto, name, {
							...d,
							get(this: Element) {
								if (inChart(this)) w.chartReads.push(name);
								return get.call(this);
							}
						});
					} else {
						const fn = d.value as (...a: unknown[]) => unknown;
						Object.defineProperty(proto, name, {
							...d,
							value(this: Element, ...a: unknown[]) {
								if (inChart(this)) w.chartReads.push(name);
								return fn.apply(this, a);
							}
						});
					}
				};
				for (const name of ['getBoundingClientRect', 'getClientRects'])
					count(Element.prototype, name);
				for (const name of ['clientWidth', 'clientHeight', 'scrollWidth', 'scrollHeight'])
					count(Element.prototype, name);
				for (const name of ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft'])
					count(HTMLElement.prototype, name);
				const style = window.getComputedStyle;
				window.getComputedStyle = (el, pseudo) => {
					if (inChart(el)) w.chartReads.push('getComputedStyle');
					return style(el, pseudo);
				};
			});
			const reads = () =>
				page.evaluate(() => (window as unknown as { chartReads: string[] }).chartReads);
			const section = sectionOf.get('sectors')!;
			await page.goto(`${site.url}#sectors`);
			// The HTML's drawing is the nominal board: the chart redraws on the phone's.
			await expect
				.poll(() => showsArtboard(page, section, 'by-cluster', site.url), { timeout: 15_000 })
				.toBe(true);
			expect(
				await page.getAttribute(`[data-section="${section}"] .live-chart`, 'data-board')
			).not.toBe('328x250');
			expect(await reads()).toEqual([]);
			// With reduced motion, the next step jumps.
			await scrollToStep(page, 'hundred-percent');
			await expect
				.poll(() => showsArtboard(page, section, 'claim', site.url), { timeout: 15_000 })
				.toBe(true);
			expect(await reads()).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('says so in the chart when its other views cannot be fetched, and the text still follows', async () => {
		const { page, errors, close } = await site.newPage({ width: 390, height: 844 });
		try {
			await page.route('**/charts/**', (route) => route.abort());
			await page.goto(site.url);
			await scrollToStep(page, 'founder');
			const figure = page.locator('[data-section="opening"] figure');
			await expect.poll(() => figure.locator('.stale').textContent()).toBe(UI.en.chartStale);
			expect(await figure.getAttribute('data-state')).toBe('founding');
			expect(await figure.locator('.chart-desc[aria-live]').textContent()).toMatch(
				/founder|founding/i
			);
			// Ours, naming the chart and the file; the rest are the browser's own failed-load lines.
			const ours = errors.filter((e) => !e.includes('Failed to load resource'));
			expect(ours.length).toBeGreaterThan(0);
			// Charts within a screen of the reader (here the timeline, and the flow below it) each
			// name their own file.
			for (const e of ours) expect(e).toMatch(/Chart "(\w+)" stays as it is: .*charts\/en\/\1-/);
			expect(ours.some((e) => e.includes('Chart "timeline"'))).toBe(true);
		} finally {
			await close();
		}
	});
});

describe('a single-chart embed', () => {
	it.each([
		['flow', 390, 844],
		['timeline', 1280, 800]
	])('draws the %s chart’s artboard at every step (%i×%i)', async (chart, width, height) => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			const steps = STEPS.filter((s) => s.chart === chart);
			const expectDrawn = async (state: string) => {
				await expect.poll(() => page.getAttribute('figure[data-chart]', 'data-state')).toBe(state);
				await expect
					.poll(() =>
						drawnIn(page, '.live-chart', `embed-${chart}`, state, ID_TOKEN).then(
							(d) => d.matches && d.board === boardId(pickArtboard(...d.box))
						)
					)
					.toBe(true);
			};
			// Opened at each step (?step=), then moved by the stepper (animated).
			for (const step of steps) {
				await page.goto(`${site.url}embed/${chart}/?controls=1&step=${step.id}`);
				await expectDrawn(step.state);
			}
			await page.goto(`${site.url}embed/${chart}/?controls=1&step=${steps[0]!.id}`);
			await page.getByRole('button', { name: /next/i }).click();
			await expectDrawn(steps[1]!.state);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
