/**
 * Presentation mode as a speaker uses it: keys and clickers, touch, the hash, the speaker window
 * in sync both ways, the printed handout, no requests after load, accessibility; plus the
 * "Present" control and P key on the story.
 */
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { STEPS } from '../../src/lib/story/steps';
import { deckSlides } from '../../src/lib/present/slides';
import { buildStory } from '../../src/lib/story/build';
import { PRESENT } from '../../src/lib/i18n/present';
import { PRINT_BOARD } from '../../src/lib/charts/artboards/boards';
import { formatViolations, runAxe, screenshot, useSite, waitForStill } from './harness';

const site = useSite();
/** The deck: a title slide, one per step, then the findings and what the sources cannot tell. */
const SLIDES = deckSlides(STEPS.map((s) => s.id));
const N = SLIDES.length;
const t = PRESENT.en;
const story = buildStory('en');
const LAST = SLIDES[N - 1]!;
const at = (id: string) => SLIDES.findIndex((s) => s.id === id);
const stepOf = (i: number) => {
	const slide = SLIDES[i]!;
	return slide.kind === 'step' ? STEPS[slide.step]! : undefined;
};

const presentUrl = (hash = '') => `${site.url}present/${hash}`;

/** What the audience sees: the slide's step, the hash, the chart's state, the progress. */
async function shown(page: Page) {
	return page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('main [data-slide]');
		const figure = slide?.querySelector('figure[data-chart]');
		return {
			id: slide?.dataset.slide,
			hash: location.hash,
			chart: figure?.getAttribute('data-chart'),
			state: figure?.getAttribute('data-state'),
			progress: document.querySelector('main [data-progress] [aria-hidden]')?.textContent?.trim()
		};
	});
}

/** The same, expected for slide `i` (0-based). */
const expected = (i: number) => ({
	id: SLIDES[i]!.id,
	hash: `#${SLIDES[i]!.id}`,
	chart: stepOf(i)?.chart,
	state: stepOf(i)?.state,
	progress: `${i + 1} / ${N}`
});

/** Opens the presentation and waits until it has read the hash and is ready for keys. */
async function openDeck(page: Page, hash = '') {
	await page.goto(presentUrl(hash));
	await page.waitForSelector('main.ready');
	await page.waitForFunction(() => location.hash.length > 1);
}

async function press(page: Page, key: string, i: number) {
	await page.keyboard.press(key);
	await expect.poll(() => shown(page), { message: `after ${key}` }).toEqual(expected(i));
}

const isBlank = (page: Page) => page.locator('[data-blank]').isVisible();

describe('the presentation, driven by keys and clickers', () => {
	it('moves with every next and previous key, Home, End and a number then Enter', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page);
			expect(await shown(page)).toEqual(expected(0));
			const historyLength = await page.evaluate(() => history.length);
			// Next: arrows, PageDown (what clickers send), Space, Enter, N.
			const next = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter', 'n', 'N'];
			for (const [k, key] of next.entries()) await press(page, key, k + 1);
			expect(await page.locator('[data-announcer]').textContent()).toMatch(
				new RegExp(`^Slide 8 of ${N}\\. \\S.+\\.$`)
			);
			// Previous: arrows, PageUp, Shift+Space, Backspace.
			const prev = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'Backspace'];
			for (const [k, key] of prev.entries()) await press(page, key, next.length - k - 1);
			await press(page, 'End', N - 1);
			await press(page, 'PageDown', N - 1);
			await press(page, 'Home', 0);
			await press(page, 'PageUp', 0);
			// A number then Enter jumps; a number outside the deck or dropped with Esc does nothing.
			await page.keyboard.press('1');
			await expect
				.poll(() => page.locator('main [data-progress]').textContent())
				.toMatch(/Go to 1/);
			await page.keyboard.press('2');
			await press(page, 'Enter', 11);
			for (const key of ['9', '9', 'Enter']) await page.keyboard.press(key);
			await press(page, 'Escape', 11);
			for (const key of ['3', 'Escape', 'Enter']) await page.keyboard.press(key);
			// The address follows a task after the key (see the deck's #keepHashSoon).
			await expect.poll(() => shown(page)).toEqual(expected(12));
			// No entry per slide in the back button's history.
			expect(await page.evaluate(() => history.length)).toBe(historyLength);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('blanks with B or "." and comes back with B, Esc, a click or any move (skipping no slide)', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			// An old link (#dashboard, a step since renamed) opens its replacement.
			await openDeck(page, '#dashboard');
			const here = at('hundred-percent');
			for (const [blank, back] of [
				['b', 'b'],
				['B', 'Escape'],
				['.', 'Escape'],
				['.', 'PageDown'],
				['b', 'PageUp']
			]) {
				await page.keyboard.press(blank!);
				await expect.poll(() => isBlank(page)).toBe(true);
				expect(await page.locator('[data-announcer]').textContent()).toBe(t.blanked);
				await page.keyboard.press(back!);
				await expect.poll(() => isBlank(page)).toBe(false);
				expect(await shown(page)).toEqual(expected(here));
			}
			// On a touch screen (no B key), a tap on the black screen brings the slide back.
			await page.keyboard.press('b');
			await page.getByRole('button', { name: t.unblank }).click();
			await expect.poll(() => isBlank(page)).toBe(false);
			expect(await shown(page)).toEqual(expected(here));
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('F toggles full screen, Esc leaves it, and a clicker’s F5 starts it instead of reloading', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		const inFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
		try {
			await openDeck(page, '#sectors');
			await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
			await page.keyboard.press('f');
			await expect.poll(inFullscreen).toBe(true);
			await page.keyboard.press('Escape');
			await expect.poll(inFullscreen).toBe(false);
			await page.keyboard.press('F5');
			await expect.poll(inFullscreen).toBe(true);
			await page.keyboard.press('Shift+F5');
			await page.keyboard.press('F');
			await expect.poll(inFullscreen).toBe(false);
			// Still the same document, on the same slide: F5 did not reload.
			expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
			expect(await shown(page)).toEqual(expected(at('sectors')));
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('opens a shared link or a reload at its slide, the chart already in that state', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			for (const step of ['sectors', 'independent-review', LAST.id]) {
				const i = at(step);
				await openDeck(page, `#${step}`);
				expect(await shown(page)).toEqual(expected(i));
				// Straight to the state: nothing replays the steps before it.
				expect(await page.locator('main [data-slide]').getAttribute('data-motion')).toBe('jump');
				const running = await page.evaluate(
					() => document.querySelector('main [data-slide]')!.getAnimations({ subtree: true }).length
				);
				expect(running).toBe(0);
			}
			await page.keyboard.press('PageUp');
			expect(await page.locator('main [data-slide]').getAttribute('data-motion')).toBe('animate');
			// The address follows the slide a task after the key (see the deck's #keepHashSoon).
			await expect.poll(() => shown(page)).toEqual(expected(N - 2));
			await page.reload();
			await page.waitForSelector('main.ready');
			expect(await shown(page)).toEqual(expected(N - 2));
			expect(await page.locator('main [data-slide]').getAttribute('data-motion')).toBe('jump');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it.each([
		[1280, 720],
		[412, 823]
	])(
		'at %i×%i shows the title slide before its scripts run, where and as the slides then show it',
		async (width, height) => {
			/** The visible title slide's box and heading, whichever draws it. */
			const title = (page: Page) =>
				page.evaluate(() => {
					const slides = [...document.querySelectorAll('section[data-slide="title"]')];
					const seen = slides.find((el) => {
						const r = el.getBoundingClientRect();
						return r.width > 0 && getComputedStyle(el).visibility === 'visible';
					});
					if (!seen) return null;
					const r = seen.getBoundingClientRect();
					const h = seen.querySelector('h1, h2, p')!.getBoundingClientRect();
					return [r.x, r.y, r.width, r.height, h.x, h.y, h.width].map(Math.round);
				});
			// The deck's scripts never arrive: what shows is what the HTML and its head script draw.
			const first = await site.newPage({ width, height });
			const late = await site.newPage({ width, height });
			try {
				await first.page.route('**/*.js', (route) => route.abort());
				await first.page.goto(presentUrl(''));
				const before = await title(first.page);
				expect(before).not.toBeNull();
				await late.page.route('**/*.js', (route) => route.abort());
				await late.page.goto(presentUrl('#sectors'));
				// A link to another slide: nothing shows until the script has read it.
				expect(await title(late.page)).toBeNull();
				await first.page.unroute('**/*.js');
				await openDeck(first.page);
				expect(await title(first.page)).toEqual(before);
			} finally {
				await Promise.all([first.close(), late.close()]);
			}
		}
	);

	it('starts at the first slide on an unknown hash, and follows hash edits', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page, '#no-such-step');
			expect(await shown(page)).toEqual(expected(0));
			await page.evaluate(() => (location.hash = '#summit'));
			await expect.poll(() => shown(page)).toEqual(expected(at('summit')));
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('ignores keys while a form field or a dialog has focus', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page, '#founder');
			const first = expected(at('founder'));
			await page.evaluate(() => {
				const input = document.createElement('input');
				input.setAttribute('aria-label', 'Test field');
				input.dataset.testField = '';
				document.body.append(input);
				input.focus();
			});
			for (const key of ['ArrowRight', 'PageDown', 'Space', 'b', 'f', '1', 'Enter', 'End', 'n']) {
				await page.keyboard.press(key);
			}
			expect(await shown(page)).toEqual(first);
			expect(await isBlank(page)).toBe(false);
			expect(await page.inputValue('[data-test-field]')).toBe(' bf1n');
			await page.evaluate(() => document.querySelector<HTMLElement>('[data-test-field]')!.blur());

			// The keys dialog (?) owns its keys until it closes.
			await page.keyboard.press('?');
			const dialog = page.getByRole('dialog', { name: t.keysTitle });
			await expect.poll(() => dialog.isVisible()).toBe(true);
			for (const key of ['ArrowRight', 'PageDown', 'b', 'Home']) await page.keyboard.press(key);
			expect(await shown(page)).toEqual(first);
			await page.keyboard.press('Escape');
			await expect.poll(() => dialog.isVisible()).toBe(false);
			await press(page, 'PageDown', at('founder') + 1);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('opens on a title slide and closes on the findings and what the sources cannot tell', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page);
			const words = () => page.locator('main [data-slide]').innerText();
			expect(await shown(page)).toEqual(expected(0));
			const title = await words();
			expect(title).toContain(story.copy.headline);
			expect(title).toContain(story.copy.byline);
			expect(title).toMatch(/Published \d{1,2} \w+ \d{4}/);
			await press(page, 'End', N - 1);
			expect(await words()).toContain(t.unknownsHeading);
			await press(page, 'ArrowLeft', N - 2);
			const findings = await words();
			for (const f of story.copy.findings) expect(findings).toContain(f.title);
			// Step slides speak their own takeaway, not the story card's first sentence.
			await press(page, 'Home', 0);
			await press(page, 'PageDown', 1);
			const slide = await page.locator('main [data-caption]').innerText();
			const card = story.copy.steps[0]!.text[0]!.map((x) => ('text' in x ? x.text : '')).join('');
			expect(slide.trim()).not.toBe('');
			expect(card.startsWith(slide.trim().slice(0, 20))).toBe(false);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('moves with the on-screen buttons, whose focus is visible', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page);
			await page.getByRole('button', { name: t.next }).click();
			await expect.poll(() => shown(page)).toEqual(expected(1));
			await page.getByRole('button', { name: t.previous }).click();
			await expect.poll(() => shown(page)).toEqual(expected(0));
			// Enter on a focused button is the button's, not "next".
			await page.getByRole('button', { name: t.next }).focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => shown(page)).toEqual(expected(1));
			await page.keyboard.press('Shift+Tab');
			const outline = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				return el.matches(':focus-visible') ? getComputedStyle(el).outlineStyle : 'none';
			});
			expect(outline).not.toBe('none');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('honours reduced motion: every slide change jumps', async () => {
		const { page, errors, close } = await site.newPage({
			width: 1280,
			height: 720,
			reducedMotion: 'reduce'
		});
		try {
			await openDeck(page);
			await press(page, 'PageDown', 1);
			expect(await page.locator('main [data-slide]').getAttribute('data-motion')).toBe('jump');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the presentation on a touch screen', () => {
	it('swipes and taps on either side move the slide', async () => {
		const context = await site.browser.newContext({
			viewport: { width: 1024, height: 768 },
			hasTouch: true
		});
		const page = await context.newPage();
		try {
			await openDeck(page);
			await page.touchscreen.tap(900, 300);
			await expect.poll(() => shown(page)).toEqual(expected(1));
			await page.touchscreen.tap(850, 400);
			await expect.poll(() => shown(page)).toEqual(expected(2));
			await page.touchscreen.tap(100, 300);
			await expect.poll(() => shown(page)).toEqual(expected(1));
			const cdp = await context.newCDPSession(page);
			await swipe(cdp, 800, 200);
			await expect.poll(() => shown(page)).toEqual(expected(2));
			await swipe(cdp, 200, 800);
			await expect.poll(() => shown(page)).toEqual(expected(1));
			// An upward drag is not a swipe.
			await swipe(cdp, 500, 520, 600, 150);
			expect(await shown(page)).toEqual(expected(1));
		} finally {
			await context.close();
		}
	});
});

/** A one-finger drag from (x1, y1) to (x2, y2). */
async function swipe(cdp: CDPSession, x1: number, x2: number, y1 = 400, y2 = 410) {
	const steps = 6;
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchStart',
		touchPoints: [{ x: x1, y: y1 }]
	});
	for (let s = 1; s <= steps; s++) {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [{ x: x1 + ((x2 - x1) * s) / steps, y: y1 + ((y2 - y1) * s) / steps }]
		});
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('the speaker view', () => {
	it('opens with S in a second window, and the two windows stay in sync both ways', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page, '#objection');
			const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
			const speakerErrors: string[] = [];
			speaker.on('pageerror', (e) => speakerErrors.push(e.message));
			speaker.on('console', (m) => m.type() === 'error' && speakerErrors.push(m.text()));
			await speaker.setViewportSize({ width: 1280, height: 720 });
			await speaker.waitForLoadState();

			/** The speaker window: its slide now, the next one, its notes and its hash. */
			const speakerShows = () =>
				speaker.evaluate(() => ({
					now: document.querySelectorAll<HTMLElement>('[data-preview]')[0]?.dataset.preview,
					next: document.querySelectorAll<HTMLElement>('[data-preview]')[1]?.dataset.preview,
					notes: [...document.querySelectorAll('[aria-labelledby="speaker-notes"] li')].map(
						(li) => li.textContent
					),
					hash: location.hash
				}));
			const expectSpeaker = (i: number) =>
				expect.poll(speakerShows).toEqual({
					now: SLIDES[i]!.id,
					next: SLIDES[i + 1]?.id,
					notes: story.copy.steps[STEPS.indexOf(stepOf(i)!)]!.notes,
					hash: `#${SLIDES[i]!.id}`
				});

			const o = at('objection');
			await expectSpeaker(o);
			expect(await speaker.locator('[data-elapsed]').textContent()).toMatch(/^\d+:\d\d$/);
			expect(await speaker.locator('[data-clock]').textContent()).toMatch(/^\d{1,2}:\d\d$/);

			// The audience window moves: the speaker window follows…
			await press(page, 'PageDown', o + 1);
			await expectSpeaker(o + 1);
			// …and the other way round, by key (a clicker plugged into the speaker's screen) or button.
			await speaker.keyboard.press('PageDown');
			await expectSpeaker(o + 2);
			await expect.poll(() => shown(page)).toEqual(expected(o + 2));
			await speaker.getByRole('button', { name: t.previous }).click();
			await expect.poll(() => shown(page)).toEqual(expected(o + 1));
			await speaker.keyboard.press('End');
			await expect.poll(() => shown(page)).toEqual(expected(N - 1));
			expect(await speaker.getByText(t.speaker.end).isVisible()).toBe(true);
			await speaker.keyboard.press('Home');
			await expect.poll(() => shown(page)).toEqual(expected(0));

			// Blanking from the speaker's keyboard blanks the audience's screen, and says so.
			await speaker.keyboard.press('b');
			await expect.poll(() => isBlank(page)).toBe(true);
			expect(await speaker.getByRole('status').textContent()).toBe(t.speaker.audienceBlank);
			await page.keyboard.press('Escape');
			await expect.poll(() => speaker.getByRole('status').textContent()).toBe('');

			// Pressing S again brings the same window forward rather than opening another.
			let popups = 0;
			page.on('popup', () => popups++);
			await page.keyboard.press('s');
			await press(page, 'ArrowRight', 1);
			await expectSpeaker(1);
			expect(popups).toBe(0);

			await waitForStill(speaker);
			await screenshot(speaker, 'present-speaker-1280');
			await speaker.setViewportSize({ width: 1920, height: 1080 });
			await waitForStill(speaker);
			await screenshot(speaker, 'present-speaker-1920');
			expect(formatViolations(await runAxe(speaker))).toBe('');
			expect(errors).toEqual([]);
			expect(speakerErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('follows the audience’s window when it moved while the speaker view loaded, and after a reload', async () => {
		const { page, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page, '#summit');
			const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('S')]);
			await speaker.waitForLoadState();
			await press(page, 'ArrowLeft', at('summit') - 1);
			await expect
				.poll(() => speaker.evaluate(() => location.hash))
				.toBe(`#${SLIDES[at('summit') - 1]!.id}`);
			await speaker.reload();
			await speaker.waitForLoadState();
			await expect
				.poll(() => speaker.locator('[data-preview]').first().getAttribute('data-preview'))
				.toBe(SLIDES[at('summit') - 1]!.id);
		} finally {
			await close();
		}
	});
});

describe('the handout', () => {
	/** Checks the print layout: one step per page, each with its chart in that step's state. */
	async function expectPrintedSteps(page: Page) {
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('main[aria-label]').isVisible()).toBe(false);
		// The slides' copy draws its charts once its pages have come alive after the slides
		// (islands, one task each, then a fetch): wait for every page to have drawn, as a speaker
		// opening the print dialog a moment after the deck would.
		await expect
			.poll(() =>
				page.$$eval('[data-handout-step]', (els) =>
					els.every((el) => el.querySelectorAll('figure[data-chart] svg *').length > 10)
				)
			)
			.toBe(true);
		const pages = await page.$$eval('[data-handout-step]', (els) =>
			els.map((el) => {
				const figure = el.querySelector('figure[data-chart]')!;
				const box = figure.getBoundingClientRect();
				const svg = figure.querySelector('svg')!.getBoundingClientRect();
				return {
					id: el.getAttribute('data-handout-step'),
					state: figure.getAttribute('data-state'),
					breakBefore: getComputedStyle(el).breakBefore,
					breakInside: getComputedStyle(el).breakInside,
					visible: getComputedStyle(figure).visibility === 'visible' && box.height > 200,
					drawn: svg.width > 300 && svg.height > 200,
					marks: figure.querySelectorAll('svg *').length,
					sourceLine: figure.querySelectorAll('a[href^="#source"]').length > 0,
					// A4 with 15 mm margins leaves 267 mm (1009 CSS px) of height.
					fits: el.getBoundingClientRect().height <= 1009,
					words: (el.textContent ?? '').length
				};
			})
		);
		expect(pages.map((p) => [p.id, p.state])).toEqual(STEPS.map((s) => [s.id, s.state]));
		for (const p of pages) {
			expect(p, p.id!).toMatchObject({
				breakBefore: 'page',
				breakInside: 'avoid',
				visible: true,
				drawn: true,
				sourceLine: true,
				fits: true
			});
			expect(p.marks, p.id!).toBeGreaterThan(10);
			expect(p.words, p.id!).toBeGreaterThan(400);
		}
		// Every source cited on the pages is listed at the end.
		const missing = await page.evaluate(() =>
			[...document.querySelectorAll('a[href^="#source-"]')]
				.map((a) => a.getAttribute('href')!.slice(1))
				.filter((id) => !document.getElementById(id))
		);
		expect(missing).toEqual([]);
	}

	it('prints from the presentation: each step on its own page with its chart and sources', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page, '#sectors');
			await expectPrintedSteps(page);
			for (const id of ['founder', 'disputed']) {
				await page.locator(`[data-handout-step="${id}"]`).screenshot({
					path: `tests/browser/screenshots/present-print-${id}.png`
				});
			}
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('says so on each printed page whose chart had not arrived when printing began', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		// The printable copy's charts are on the print board; hold them back, as a slow network
		// does for a speaker who prints the moment the deck opens.
		const board = `${PRINT_BOARD.width}x${PRINT_BOARD.height}`;
		const held: (() => Promise<void>)[] = [];
		await page.route(`**/charts/en/*-${board}.json`, (route) => {
			held.push(() => route.continue());
		});
		try {
			await openDeck(page);
			await page.emulateMedia({ media: 'print' });
			const pending = page.locator('[data-handout-step] .print-pending');
			await expect.poll(() => pending.count()).toBe(STEPS.length);
			const shown = () =>
				pending.evaluateAll((els) =>
					els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.textContent)
				);
			expect(await shown()).toEqual(STEPS.map(() => t.printPending));
			await page.locator('[data-handout-step="founder"]').screenshot({
				path: 'tests/browser/screenshots/present-print-pending.png'
			});
			// Once the charts arrive, they print and the notes go.
			await expect.poll(() => held.length).toBeGreaterThan(0);
			for (const release of held.splice(0)) await release();
			await page.unroute(`**/charts/en/*-${board}.json`);
			await expect.poll(shown).toEqual([]);
			// On screen the note never shows, drawn or not.
			await page.emulateMedia({ media: 'screen' });
			expect(await shown()).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('is a page of its own, readable on screen, that prints the same way', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 800 });
		try {
			await page.goto(`${site.url}handout/`);
			await page.waitForLoadState('networkidle');
			expect(await page.getByRole('button', { name: t.print }).isVisible()).toBe(true);
			await screenshot(page, 'handout-1280');
			expect(formatViolations(await runAxe(page))).toBe('');
			await expectPrintedSteps(page);
			expect(await page.getByRole('button', { name: t.print }).isVisible()).toBe(false);
			// "Save as PDF": a cover, one page per step, then the sources (a page or a few).
			const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
			const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
			// One page per step (the handout prints the steps), plus title and end pages.
			expect(pages).toBeGreaterThanOrEqual(STEPS.length + 2);
			expect(pages).toBeLessThanOrEqual(STEPS.length + 5);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('is what a reader without JavaScript gets on the presentation page', async () => {
		const { page, close } = await site.newPage({
			width: 1280,
			height: 800,
			javaScriptEnabled: false
		});
		try {
			await page.goto(presentUrl());
			const steps = await page.locator('[data-handout-step]').count();
			expect(steps).toBe(STEPS.length);
			expect(await page.locator('[data-handout-step]').first().isVisible()).toBe(true);
		} finally {
			await close();
		}
	});
});

describe('the presentation at projector sizes', () => {
	it.each([
		[1280, 720],
		[1920, 1080],
		[1024, 768],
		[390, 844]
	])(
		'fits every slide at %i×%i, with captions of at least 28 px at 1280×720',
		async (width, height) => {
			const { page, errors, close } = await site.newPage({ width, height });
			try {
				await openDeck(page);
				for (let i = 0; i < N; i++) {
					if (i > 0) await press(page, 'PageDown', i);
					const step = stepOf(i);
					if (!step) {
						// The title, findings and "what we don't know" slides: text only, all on the slide.
						const fits = await page.evaluate(() => {
							const slide = document.querySelector<HTMLElement>('main [data-slide]')!;
							const extra = slide.querySelector<HTMLElement>('[data-extra]')!;
							const s = slide.getBoundingClientRect();
							const e = extra.getBoundingClientRect();
							return e.top >= s.top && e.bottom <= s.bottom && e.right <= s.right + 0.5;
						});
						expect(fits, SLIDES[i]!.id).toBe(true);
						continue;
					}
					const m = await page.evaluate(() => {
						const slide = document.querySelector<HTMLElement>('main [data-slide]')!;
						const caption = slide.querySelector<HTMLElement>('[data-caption]')!;
						const s = slide.getBoundingClientRect();
						const c = caption.getBoundingClientRect();
						const f = slide.querySelector('figure')!.getBoundingClientRect();
						const scale = s.width / slide.offsetWidth;
						return {
							captionPx: parseFloat(getComputedStyle(caption).fontSize) * scale,
							inside:
								c.top >= s.top &&
								c.bottom <= s.bottom &&
								f.top >= s.top &&
								f.bottom <= s.bottom &&
								f.right <= s.right + 0.5,
							onScreen:
								s.left >= -0.5 && s.right <= innerWidth + 0.5 && s.bottom <= innerHeight + 0.5
						};
					});
					expect(m.inside, step.id).toBe(true);
					expect(m.onScreen, step.id).toBe(true);
					if (width === 1280 && height === 720) expect(m.captionPx).toBeGreaterThanOrEqual(28);
					if (
						['founder', 'first-results', 'sectors', 'hundred-percent', 'world-stage'].includes(
							step.id
						)
					) {
						await waitForStill(page);
						await screenshot(page, `present-${width}x${height}-${step.id}`);
					}
				}
				expect(errors).toEqual([]);
			} finally {
				await close();
			}
		}
	);
});

describe('offline and accessible', () => {
	it('makes no request after load, through every slide, blank, help and print', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			await openDeck(page);
			await page.waitForLoadState('networkidle');
			await page.evaluate(() => document.fonts.ready);
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			for (let i = 1; i < N; i++) await press(page, 'PageDown', i);
			for (const key of ['Home', '1', '4', 'Enter', 'b', 'b', '?', 'Escape', 'End', 'PageUp']) {
				await page.keyboard.press(key);
			}
			await page.emulateMedia({ media: 'print' });
			await page.evaluate(() => document.fonts.ready);
			await page.emulateMedia({ media: 'screen' });
			expect(requests).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('has no axe violations on slides, blank screen and the keys dialog', async () => {
		const { page, close } = await site.newPage({ width: 1280, height: 720 });
		try {
			for (const id of ['opening', 'first-results', 'disputed', 'world-stage']) {
				await openDeck(page, `#${id}`);
				expect(formatViolations(await runAxe(page))).toBe('');
			}
			await page.keyboard.press('b');
			expect(formatViolations(await runAxe(page))).toBe('');
			await page.keyboard.press('b');
			await page.keyboard.press('?');
			expect(formatViolations(await runAxe(page))).toBe('');
		} finally {
			await close();
		}
	});
});

describe('the story’s way in', () => {
	it('has a Present link under the chart being read that opens the slides at its step', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 800 });
		try {
			await page.goto(`${site.url}#sectors`);
			await page.waitForSelector('[data-step="sectors"][aria-current="step"]');
			const present = page
				.locator('[data-section]:has([aria-current="step"]) figure')
				.getByRole('link', { name: t.present, exact: true });
			const box = (await present.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.width).toBeGreaterThanOrEqual(44);
			await present.focus();
			expect(await present.evaluate((el) => el === document.activeElement)).toBe(true);
			await screenshot(page, 'present-story-control');
			await present.click();
			await page.waitForURL(/\/present\/#sectors$/);
			await page.waitForSelector('main.ready');
			expect(await shown(page)).toEqual(expected(at('sectors')));
			// The printable copy came too: every step's page draws its chart.
			await expect
				.poll(() => page.locator('.print-handout [data-handout-step] svg [data-mark]').count())
				.toBeGreaterThan(0);
			await expect
				.poll(() =>
					page.$$eval(
						'.print-handout [data-handout-step]',
						(pages) => pages.filter((p) => p.querySelector('svg [data-mark], svg text')).length
					)
				)
				.toBe(STEPS.length);
			// And back: the story is whole again, at the step the slide shows.
			await page.getByRole('link', { name: t.backToStory }).click();
			await page.waitForURL((url) => url.hash === '#sectors' && !/present/.test(url.pathname));
			await page.waitForSelector('[data-step="sectors"][aria-current="step"]');
			expect(await page.locator('[data-step] .card p').count()).toBeGreaterThanOrEqual(
				STEPS.length
			);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('opens the slides with P, except while typing in a field', async () => {
		const { page, errors, close } = await site.newPage({ width: 1280, height: 800 });
		try {
			// An old link to a renamed step (#dashboard) opens its replacement.
			await page.goto(`${site.url}#dashboard`);
			await page.waitForSelector('[data-step="hundred-percent"][aria-current="step"]');
			await page.evaluate(() => {
				const input = document.createElement('input');
				input.setAttribute('aria-label', 'Test field');
				input.dataset.testField = '';
				document.querySelector('article')!.prepend(input);
				input.focus({ preventScroll: true });
			});
			await page.keyboard.press('p');
			expect(await page.inputValue('[data-test-field]')).toBe('p');
			expect(new URL(page.url()).pathname).not.toMatch(/present/);
			await page.evaluate(() => (document.activeElement as HTMLElement).blur());
			await page.keyboard.press('p');
			await page.waitForURL(/\/present\/#hundred-percent$/);
			await page.waitForSelector('main.ready');
			expect(await shown(page)).toEqual(expected(at('hundred-percent')));
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
