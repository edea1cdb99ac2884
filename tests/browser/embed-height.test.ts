/**
 * Embeds inside a newsroom's article, served from another origin (another localhost port), with
 * the three kinds of parent page CMSs have: the real pym.js parent from npm, Datawrapper's own
 * listener, and our static/embed.js. The iframe must match its content's height after load, after
 * a resize and after a step change, and must not creep. The whole-story embed must fire every step
 * in order as the parent page scrolls.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps';
import { frames, screenshot, useSite } from './harness';

const site = useSite();

type ParentKind = 'pym' | 'datawrapper' | 'embed-js' | 'embed-js-prefix';

/** Datawrapper's published responsive-iframe listener, as newsrooms paste it. */
const DATAWRAPPER_LISTENER = `!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();`;

const ARTICLE_CSS = `
body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }
.masthead { border-bottom: 3px solid #222; padding: 12px 16px; font: 700 20px/1 system-ui, sans-serif; }
article { max-width: 680px; margin: 0 auto; padding: 0 16px 48px; }
h1 { font-size: 34px; line-height: 1.15; margin: 24px 0 8px; }
.byline { font: 14px system-ui, sans-serif; color: #555; }
iframe { display: block; width: 100%; border: 0; margin: 24px 0; }
`;

const PARAGRAPH =
	'<p>Ministers met again this week to review how the country keeps the promises it makes in public. Officials said progress was steady; the organisations that follow the process were less sure, and asked for the figures to be published in full.</p>';

/** A mock article with the embed in its second screen, wired up the way each kind of CMS does it. */
function articlePage(kind: ParentKind, childUrl: string, siteUrl: string): string {
	const frameTitle = 'Chart from the story';
	const embed = {
		pym: `<div id="graphic"></div>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('graphic', ${JSON.stringify(childUrl)}, { title: ${JSON.stringify(frameTitle)} });</script>`,
		datawrapper: `<iframe id="graphic" src="${childUrl}" title="${frameTitle}" scrolling="no" height="400"></iframe>
<script>${DATAWRAPPER_LISTENER}</script>`,
		'embed-js': `<iframe id="graphic" src="${childUrl}" title="${frameTitle}" data-ogp-embed height="400"></iframe>
<script src="${siteUrl}embed.js" async></script>`,
		'embed-js-prefix': `<iframe id="graphic" src="${childUrl}" title="${frameTitle}" height="400"></iframe>
<script src="${siteUrl}embed.js" async></script>`
	}[kind];
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Mock article (${kind})</title>
<style>${ARTICLE_CSS}</style></head><body>
<div class="masthead">The Daily Example</div>
<article><h1>What the open-government plan changed</h1><p class="byline">By A. Reporter · 26 November</p>
${PARAGRAPH}${embed}${PARAGRAPH.repeat(6)}</article></body></html>`;
}

/** The newsroom's site: another port, so another origin. Serves pym.js from npm and the pages. */
let parentServer: Server;
let parentOrigin: string;
const pages = new Map<string, string>();

beforeAll(async () => {
	const pym = await readFile('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
	parentServer = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		const body = path === '/pym.v1.min.js' ? pym : pages.get(path);
		if (body === undefined) {
			res.writeHead(404).end();
			return;
		}
		const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
		res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(body);
	});
	await new Promise<void>((resolve) => parentServer.listen(0, '127.0.0.1', resolve));
	parentOrigin = `http://127.0.0.1:${(parentServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
	parentServer.closeAllConnections();
	await new Promise((resolve) => parentServer.close(resolve));
});

function servePage(name: string, html: string): string {
	pages.set(`/${name}`, html);
	return `${parentOrigin}/${name}`;
}

/** The embed's frame (pym creates its iframe itself, so it is found by URL). */
async function embedFrame(page: Page, path: string): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().includes(path))).toBe(true);
	const frame = page.frames().find((f) => f.url().includes(path))!;
	await frame.waitForSelector('figure[data-chart]');
	return frame;
}

/** [iframe height in the parent, content height inside the frame]. */
async function heights(page: Page, frame: Frame): Promise<[number, number]> {
	const outer = await page.$eval('#graphic iframe, iframe#graphic', (el) =>
		Math.round(el.getBoundingClientRect().height)
	);
	const inner = await frame.evaluate(() =>
		Math.ceil(document.documentElement.getBoundingClientRect().height)
	);
	return [outer, inner];
}

async function expectFitted(page: Page, frame: Frame) {
	await expect
		.poll(async () => {
			const [outer, inner] = await heights(page, frame);
			return Math.abs(outer - inner);
		})
		.toBeLessThanOrEqual(2);
}

describe.each<ParentKind>(['pym', 'datawrapper', 'embed-js', 'embed-js-prefix'])(
	'a chart embedded with %s on another origin',
	(kind) => {
		it('fits its content after load, a resize and a step change, and stays put', async () => {
			const { page, errors, close } = await site.newPage({ width: 1280, height: 800 });
			const warnings: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'warning') warnings.push(m.text());
			});
			try {
				const child = `${site.url}embed/completion/?step=first-results&controls=1`;
				expect(new URL(child).origin).not.toBe(parentOrigin);
				await page.goto(servePage(`article-${kind}`, articlePage(kind, child, site.url)));
				const frame = await embedFrame(page, '/embed/completion/');
				// The prerendered page shows the default state until its script reads ?step=.
				await frame.waitForSelector('figure[data-state="self-report"]');

				await expectFitted(page, frame);
				const [loaded] = await heights(page, frame);
				expect(loaded).toBeGreaterThan(400);

				await page.setViewportSize({ width: 390, height: 844 });
				await expect.poll(async () => (await heights(page, frame))[1]).not.toBe(loaded);
				await expectFitted(page, frame);

				await frame.getByRole('button', { name: 'Next' }).click();
				await frame.waitForSelector('figure[data-state="claim"]');
				await expectFitted(page, frame);
				await frame.getByRole('button', { name: 'Next' }).click();
				await frame.waitForSelector('figure[data-state="verdict"]');
				await expectFitted(page, frame);

				// No creep: over the next 300 frames (five seconds at 60 a second) the frame keeps its
				// height. This watches for a change that must not come, so it counts frames.
				const settled = (await heights(page, frame))[0];
				const samples: number[] = [];
				for (let i = 0; i < 10; i++) {
					await frames(page, 30);
					samples.push((await heights(page, frame))[0]);
				}
				expect(samples).toEqual(Array(10).fill(settled));
				await expectFitted(page, frame);

				expect(warnings).toEqual([]);
				expect(errors).toEqual([]);
			} finally {
				await close();
			}
		});
	}
);

describe('embed.js arriving after the embed', () => {
	it('asks the loaded frame for its height', async () => {
		const { page, errors, close } = await site.newPage();
		try {
			const child = `${site.url}embed/membership/`;
			const html = articlePage('embed-js', child, site.url).replace(
				/<script src="[^"]*embed\.js" async><\/script>/,
				''
			);
			await page.goto(servePage('late', html));
			const frame = await embedFrame(page, '/embed/membership/');
			await page.waitForLoadState('networkidle');
			const [before, inner] = await heights(page, frame);
			expect(before).toBe(400);
			expect(inner).not.toBe(400);
			await page.addScriptTag({ url: `${site.url}embed.js` });
			await expectFitted(page, frame);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the embed in a mock article', () => {
	it.each([
		[390, 844],
		[1280, 800]
	])('looks right at %i×%i (screenshots)', async (width, height) => {
		const { page, errors, close } = await site.newPage({ width, height });
		try {
			const child = `${site.url}embed/flow/?step=sectors`;
			await page.goto(servePage(`shot-${width}`, articlePage('embed-js', child, site.url)));
			const frame = await embedFrame(page, '/embed/flow/');
			await expectFitted(page, frame);
			await page.$eval('iframe#graphic', (el) => el.scrollIntoView({ block: 'start' }));
			await page.evaluate(() => window.scrollBy(0, -80));
			await screenshot(page, `embed-article-${width}`);
			const dark = `${site.url}embed/timeline/?step=founder&theme=dark&controls=1`;
			await page.goto(servePage(`shot-dark-${width}`, articlePage('embed-js', dark, site.url)));
			const darkFrame = await embedFrame(page, '/embed/timeline/');
			await expectFitted(page, darkFrame);
			await page.$eval('iframe#graphic', (el) => el.scrollIntoView({ block: 'start' }));
			await page.evaluate(() => window.scrollBy(0, -80));
			await screenshot(page, `embed-article-dark-${width}`);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('the whole story embedded in an article', () => {
	it.each([
		[390, 844],
		[1280, 800]
	])(
		'at %i×%i is as tall as the story and fires every step in order as the parent scrolls',
		async (width, height) => {
			const { page, errors, close } = await site.newPage({ width, height });
			try {
				const child = `${site.url}embed/story/`;
				await page.goto(servePage(`story-${width}`, articlePage('embed-js', child, site.url)));
				const frame = await embedFrame(page, '/embed/story/');
				await expectFitted(page, frame);
				const [outer] = await heights(page, frame);
				expect(outer).toBeGreaterThan(STEPS.length * 400);

				// Every change of the marked step, in order, recorded inside the frame.
				await frame.evaluate(() => {
					const log: string[] = [];
					(window as unknown as { stepLog: string[] }).stepLog = log;
					const record = () => {
						const id = document.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step;
						if (id && log[log.length - 1] !== id) log.push(id);
					};
					record();
					new MutationObserver(record).observe(document.body, {
						subtree: true,
						attributes: true,
						attributeFilter: ['aria-current']
					});
				});

				for (const step of STEPS) {
					// Centre the step's block in the parent's viewport (the frame itself never scrolls).
					const top = await frame.$eval(
						`[data-step="${step.id}"]`,
						(el) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2
					);
					await page.evaluate((y) => {
						const frameTop = document.querySelector('iframe')!.getBoundingClientRect().top;
						window.scrollBy({ top: frameTop + y - window.innerHeight / 2, behavior: 'instant' });
					}, top);
					await frame.waitForSelector(`[data-step="${step.id}"][aria-current="step"]`);
					const current = await frame.$$eval('[aria-current="step"]', (els) =>
						els.map((el) => [
							el.getAttribute('data-step'),
							el.querySelector('figure[data-chart]')?.getAttribute('data-chart'),
							el.querySelector('figure[data-chart]')?.getAttribute('data-state')
						])
					);
					expect(current).toEqual([[step.id, step.chart, step.state]]);
					if (step.id === 'sectors') await screenshot(page, `embed-story-${width}-sectors`);
				}
				const log = await frame.evaluate(
					() => (window as unknown as { stepLog: string[] }).stepLog
				);
				expect(log).toEqual(STEPS.map((s) => s.id));
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
				await expectFitted(page, frame);
				expect(errors).toEqual([]);
			} finally {
				await close();
			}
		}
	);
});

describe('messages', () => {
	it('the embed answers only pym’s own width message, with its height', async () => {
		const { page, errors, close } = await site.newPage();
		try {
			const child = `${site.url}embed/cycles/`;
			const html = articlePage('datawrapper', child, site.url).replace(
				'</body>',
				`<script>window.fromFrame = []; addEventListener('message', (e) => {
					if (e.source === document.querySelector('iframe').contentWindow) window.fromFrame.push(e.data);
				});</script></body>`
			);
			await page.goto(servePage('messages-in', html));
			const frame = await embedFrame(page, '/embed/cycles/');
			await expectFitted(page, frame);
			const post = (data: unknown) =>
				page.evaluate((d) => {
					(window as unknown as { fromFrame: unknown[] }).fromFrame = [];
					document.querySelector('iframe')!.contentWindow!.postMessage(d, '*');
				}, data);
			const received = () =>
				page.evaluate(() => (window as unknown as { fromFrame: unknown[] }).fromFrame);
			const request = 'pymxPYMxogp-embedxPYMxwidthxPYMx600';
			/** The frame's answer to `request`: its height, in both formats, and nothing else. */
			const answered = async (label: string) => {
				const inner = (await heights(page, frame))[1];
				await expect
					.poll(received, { message: label })
					.toEqual([
						`pymxPYMxogp-embedxPYMxheightxPYMx${inner}`,
						{ 'datawrapper-height': { 'ogp-embed': inner } }
					]);
			};
			for (const junk of [
				'pymxPYMxsomeone-elsexPYMxwidthxPYMx600',
				'pymxPYMxogp-embedxPYMxnavigateToxPYMxhttps://evil.example/',
				'pymxPYMxogp-embedxPYMxwidthxPYMxwide',
				{ 'datawrapper-height': { 'ogp-embed': 1 } },
				'hello'
			]) {
				// Messages are read in order: once the frame has answered a real request sent after
				// the junk, it has read the junk too, which must have drawn no answer of its own.
				await post(junk);
				await page.evaluate(
					(d) => document.querySelector('iframe')!.contentWindow!.postMessage(d, '*'),
					request
				);
				await answered(JSON.stringify(junk));
			}
			expect(page.url()).toContain(parentOrigin);
			await post(request);
			await answered(request);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	it('embed.js takes a height only from our own frames, and only a sane one', async () => {
		const { page, errors, close } = await site.newPage();
		try {
			const child = `${site.url}embed/cycles/`;
			const html = articlePage('embed-js', child, site.url).replace(
				'</article>',
				'<iframe id="stranger" title="Another frame" srcdoc="<p>Not ours</p>" height="150"></iframe></article>'
			);
			await page.goto(servePage('messages-out', html));
			const frame = await embedFrame(page, '/embed/cycles/');
			await expectFitted(page, frame);
			const [fitted] = await heights(page, frame);
			const strangerHeight = () =>
				page.$eval('#stranger', (el) => Math.round(el.getBoundingClientRect().height));
			const stranger = (await (await page.$('#stranger'))!.contentFrame())!;
			await stranger.waitForSelector('p');
			await stranger.evaluate(() => {
				parent.postMessage('pymxPYMxogp-embedxPYMxheightxPYMx999', '*');
				parent.postMessage({ 'datawrapper-height': { 'ogp-embed': 999 } }, '*');
			});
			await page.evaluate(() => {
				const w = window as unknown as { probed: boolean };
				w.probed = false;
				addEventListener('message', (e) => {
					if (e.data === 'probe') w.probed = true;
				});
			});
			for (const bad of [
				'pymxPYMxogp-embedxPYMxheightxPYMx-20',
				'pymxPYMxogp-embedxPYMxheightxPYMx1e9',
				'pymxPYMxogp-embedxPYMxheightxPYMx300; background: red',
				{ 'datawrapper-height': { 'ogp-embed': 'Infinity' } },
				{ 'datawrapper-height': { 'ogp-embed': 5_000_000 } }
			])
				await frame.evaluate((d) => parent.postMessage(d, '*'), bad);
			// Messages are read in order: once the page has the probe sent after them, it has read
			// the bad ones too; two frames later anything they changed would show.
			await frame.evaluate(() => parent.postMessage('probe', '*'));
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { probed: boolean }).probed))
				.toBe(true);
			await frames(page);
			expect((await heights(page, frame))[0]).toBe(fitted);
			expect(await strangerHeight()).toBe(150);
			await frame.evaluate(() => parent.postMessage('pymxPYMxogp-embedxPYMxheightxPYMx321', '*'));
			await expect.poll(async () => (await heights(page, frame))[0]).toBe(321);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
