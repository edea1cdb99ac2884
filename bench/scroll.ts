// Scrolls a page top to bottom at a steady pace on a throttled phone and records how smooth it was.
import type { Browser, CDPSession, Page, Request } from 'playwright-core';
import { JANK_FRAME_MS, SLOW_FRAME_MS } from './budgets';

export const SCROLL_MS = 20_000;
export const CPU_SLOWDOWN = 4;
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2 };
/** Lets fonts, hydration and first-screen work finish before measuring. */
const SETTLE_MS = 1000;
/**
 * rAF timestamps are coarsened to 0.1 ms, and headless Chromium's 60 Hz ticks land anywhere from
 * 16.5 to 16.8 ms apart on an idle page, so a third of perfect frames read as "over 16.7 ms". A
 * frame that really missed its vsync lands at ~33 ms, so any slack below that tells them apart.
 */
export const FRAME_SLACK_MS = 1;

export type ScrollReport = {
	frames: number;
	/** Share of frame intervals over SLOW_FRAME_MS, timer jitter included (0–1). */
	rawSlowFrameShare: number;
	/** Share of frame intervals over SLOW_FRAME_MS + FRAME_SLACK_MS: frames that missed vsync. */
	slowFrameShare: number;
	/** Frame intervals over JANK_FRAME_MS. */
	jankFrames: number;
	worstFrameMs: number;
	longTasks: number;
	longTaskMs: number;
	/** Main-thread task time over wall time during the scroll (0–1). */
	busyShare: number;
	heapBefore: number;
	heapAfter: number;
	domNodes: number;
	/** URLs requested while scrolling (lazy-loaded code or data, preloads). */
	requestsWhileScrolling: string[];
	scrolledPx: number;
	reachedBottom: boolean;
};

type Recorded = { intervals: number[]; start: number; end: number; bottom: number; y: number };
type LongTask = { start: number; duration: number };
type Bench = { longTasks: LongTask[] };

/** Runs before the page's own scripts, so no long task escapes the observer. */
function recordLongTasks() {
	const bench: Bench = { longTasks: [] };
	(window as unknown as { __bench: Bench }).__bench = bench;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			bench.longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
}

/**
 * In the page: one scroll step per frame, positioned by elapsed time so the pace is steady.
 * Written without inner named functions: tsx would wrap them in a `__name()` helper that does
 * not exist in the page.
 */
async function scrollToBottom(durationMs: number): Promise<Recorded> {
	const intervals: number[] = [];
	const start = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
	let last = start;
	let progress = 0;
	let bottom = 0;
	while (progress < 1) {
		const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
		intervals.push(now - last);
		last = now;
		progress = Math.min(1, (now - start) / durationMs);
		// Re-read every frame: the document may grow as the story lays itself out.
		bottom = document.documentElement.scrollHeight - innerHeight;
		window.scrollBy({ top: progress * bottom - scrollY, behavior: 'instant' });
	}
	return { intervals, start, end: last, bottom, y: scrollY };
}

function share(intervals: number[], overMs: number): number {
	return intervals.filter((ms) => ms > overMs).length / intervals.length;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** What one measured movement recorded in the page: frame intervals and when it ran. */
type Movement = { intervals: number[]; start: number; end: number };

/**
 * Measures `move` (scrolling, stepping) at CPU_SLOWDOWN: frame intervals, long tasks, busy share,
 * heap before and after (after a GC), DOM nodes and requests. The page must have run
 * recordLongTasks before its own scripts.
 */
async function measureMovement<M extends Movement>(
	page: Page,
	cdp: CDPSession,
	move: () => Promise<M>
): Promise<{ recorded: M; report: Omit<ScrollReport, 'scrolledPx' | 'reachedBottom'> }> {
	const heapBefore = await heapAfterGc(cdp);
	const before = await metrics(cdp);
	const requestsWhileScrolling: string[] = [];
	const countRequest = (request: Request) => requestsWhileScrolling.push(request.url());
	page.on('request', countRequest);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	const recorded = await move();
	const after = await metrics(cdp);
	page.off('request', countRequest);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	const heapAfter = await heapAfterGc(cdp);
	const domNodes = (await metrics(cdp)).Nodes ?? NaN;

	const longTasks = (
		await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench)
	).longTasks.filter((t) => t.start >= recorded.start && t.start <= recorded.end);
	const { intervals } = recorded;
	const taskSeconds = (after.TaskDuration ?? NaN) - (before.TaskDuration ?? NaN);
	const wallSeconds = (after.Timestamp ?? NaN) - (before.Timestamp ?? NaN);
	return {
		recorded,
		report: {
			frames: intervals.length,
			rawSlowFrameShare: share(intervals, SLOW_FRAME_MS),
			slowFrameShare: share(intervals, SLOW_FRAME_MS + FRAME_SLACK_MS),
			jankFrames: intervals.filter((ms) => ms > JANK_FRAME_MS).length,
			worstFrameMs: Math.max(...intervals),
			longTasks: longTasks.length,
			longTaskMs: longTasks.reduce((total, t) => total + t.duration, 0),
			busyShare: taskSeconds / wallSeconds,
			heapBefore,
			heapAfter,
			domNodes,
			requestsWhileScrolling
		}
	};
}

export async function measureScroll(browser: Browser, url: string): Promise<ScrollReport> {
	const context = await browser.newContext({
		viewport: { width: PHONE.width, height: PHONE.height },
		deviceScaleFactor: PHONE.deviceScaleFactor,
		isMobile: true,
		hasTouch: true
	});
	try {
		const page = await context.newPage();
		await page.addInitScript(recordLongTasks);
		const cdp = await context.newCDPSession(page);
		await Promise.all([cdp.send('Performance.enable'), cdp.send('HeapProfiler.enable')]);
		await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.waitForTimeout(SETTLE_MS);
		const { recorded, report } = await measureMovement(page, cdp, () =>
			page.evaluate(scrollToBottom, SCROLL_MS)
		);
		return {
			...report,
			scrolledPx: recorded.y,
			reachedBottom: recorded.y >= recorded.bottom - 1
		};
	} finally {
		await context.close();
	}
}

/** The slides at a projector's size, stepped one slide per STEP_MS with the → key. */
const PROJECTOR = { width: 1280, height: 720, deviceScaleFactor: 1 };
export const STEP_MS = 900;

/** The deck's progress ("3 / 21") as [slide, count], from its toolbar. */
const PROGRESS = `(() => { const m = /(\\d+)\\s*\\/\\s*(\\d+)/.exec(document.querySelector('[data-progress] [aria-hidden]')?.textContent ?? ''); return m ? [Number(m[1]), Number(m[2])] : [0, 0]; })()`;

/**
 * Steps through every slide of the deck at `url` at 4× CPU slowdown, as a speaker with a clicker
 * does, recording every frame interval and long task (the same figures as measureScroll; the
 * scroll-only fields say how far it got: the slide reached, and whether it was the last).
 */
export async function measureStepping(browser: Browser, url: string): Promise<ScrollReport> {
	const context = await browser.newContext({ viewport: PROJECTOR, deviceScaleFactor: 1 });
	try {
		const page = await context.newPage();
		await page.addInitScript(recordLongTasks);
		const cdp = await context.newCDPSession(page);
		await Promise.all([cdp.send('Performance.enable'), cdp.send('HeapProfiler.enable')]);
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.waitForSelector('main.ready');
		await page.waitForTimeout(SETTLE_MS);
		const [, count] = (await page.evaluate(PROGRESS)) as [number, number];
		const { report } = await measureMovement(page, cdp, async () => {
			// A frame recorder in the page (a string: tsx would wrap a function in a missing helper).
			await page.evaluate(`(() => {
				const rec = { intervals: [], start: 0, end: 0, stop: false };
				window.__frames = rec;
				requestAnimationFrame((t0) => {
					rec.start = t0;
					let last = t0;
					const tick = (now) => {
						rec.intervals.push(now - last);
						last = now;
						rec.end = now;
						if (!rec.stop) requestAnimationFrame(tick);
					};
					requestAnimationFrame(tick);
				});
			})()`);
			for (let i = 1; i < count; i++) {
				await page.keyboard.press('ArrowRight');
				await page.waitForTimeout(STEP_MS);
			}
			return (await page.evaluate(
				`(() => { window.__frames.stop = true; return window.__frames; })()`
			)) as Movement;
		});
		const [reached, total] = (await page.evaluate(PROGRESS)) as [number, number];
		return { ...report, scrolledPx: reached, reachedBottom: total > 0 && reached === total };
	} finally {
		await context.close();
	}
}
