import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.js';
import { formatViolations, runAxe, screenshot, useSite } from './harness';

// Created at load time because useSite() needs the folder when it registers its hooks. The
// empty icon stops Chromium requesting /favicon.ico, whose 404 would be logged as a console error.
const root = mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
const page = (title: string) =>
	`<!doctype html><html lang="en"><head><title>${title}</title><link rel="icon" href="data:,"></head><body><h1>${title}</h1></body></html>`;
writeFileSync(path.join(root, 'index.html'), page('Home'));
mkdirSync(path.join(root, 'sub'));
writeFileSync(path.join(root, 'sub/index.html'), page('Sub'));
writeFileSync(path.join(root, 'a.html'), page('A'));
writeFileSync(path.join(root, 'style.css'), 'body { color: black; }');
writeFileSync(path.join(root, '404.html'), page('Not here'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each([
	{ base: '', prefix: '' },
	{ base: '/graphics/2026/ogp-mexico/', prefix: '/graphics/2026/ogp-mexico' }
])('startServer with base "$base"', ({ base, prefix }) => {
	let server: Awaited<ReturnType<typeof startServer>>;
	beforeAll(async () => {
		server = await startServer({ root, base, port: 0 });
	});
	afterAll(() => server?.close());

	const get = (pathname: string, init?: RequestInit) =>
		fetch(server.origin + pathname, { redirect: 'manual', ...init });

	it('reports its url under the normalised base', () => {
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
		expect(server.url).toBe(`${server.origin}${prefix}/`);
	});

	it('serves index.html for directories, with no-cache', async () => {
		const res = await get(`${prefix}/`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect(await res.text()).toContain('<title>Home</title>');

		const sub = await get(`${prefix}/sub/`);
		expect(sub.status).toBe(200);
		expect(await sub.text()).toContain('<title>Sub</title>');
	});

	it('redirects a directory without its trailing slash', async () => {
		const res = await get(`${prefix}/sub`);
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe(`${prefix}/sub/`);
	});

	it('serves /a from a.html and assets with their content type', async () => {
		const a = await get(`${prefix}/a`);
		expect(a.status).toBe(200);
		expect(await a.text()).toContain('<title>A</title>');

		const css = await get(`${prefix}/style.css`);
		expect(css.status).toBe(200);
		expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
		expect(css.headers.get('cache-control')).toBeNull();

		const head = await get(`${prefix}/style.css`, {
			method: 'HEAD',
			headers: { 'accept-encoding': 'identity' }
		});
		expect(head.status).toBe(200);
		expect(head.headers.get('content-length')).toBe('22');
		expect(head.headers.get('content-encoding')).toBeNull();
	});

	it('compresses text for clients that accept gzip, as a static host does', async () => {
		const plain = await (
			await get(`${prefix}/a`, { headers: { 'accept-encoding': 'identity' } })
		).text();
		const res = await get(`${prefix}/a`, { headers: { 'accept-encoding': 'gzip, br' } });
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(res.headers.get('vary')).toBe('Accept-Encoding');
		// fetch decodes it: the same page arrives.
		expect(await res.text()).toBe(plain);
	});

	it('sends no gzip to clients that refuse it with q=0', async () => {
		for (const refusal of ['gzip;q=0', 'gzip; q=0, identity', 'br, gzip;q=0.000', '*;q=0']) {
			const res = await get(`${prefix}/a`, { headers: { 'accept-encoding': refusal } });
			expect(res.status, refusal).toBe(200);
			expect(res.headers.get('content-encoding'), refusal).toBeNull();
			expect(await res.text()).toContain('<title>A</title>');
		}
		for (const consent of ['gzip;q=0.5', 'br;q=1, gzip;q=0.1', '*']) {
			const res = await get(`${prefix}/a`, { headers: { 'accept-encoding': consent } });
			expect(res.headers.get('content-encoding'), consent).toBe('gzip');
		}
	});

	it('answers a revalidation with 304 and no body while the file is unchanged', async () => {
		for (const encoding of ['identity', 'gzip']) {
			const headers = { 'accept-encoding': encoding };
			const first = await get(`${prefix}/style.css`, { headers });
			const etag = first.headers.get('etag');
			expect(etag, encoding).toMatch(/^(W\/)?".+"$/);
			const again = await get(`${prefix}/style.css`, {
				headers: { ...headers, 'if-none-match': etag! }
			});
			expect(again.status, encoding).toBe(304);
			expect(await again.text()).toBe('');
			const stale = await get(`${prefix}/style.css`, {
				headers: { ...headers, 'if-none-match': 'W/"0-0"' }
			});
			expect(stale.status, encoding).toBe(200);
		}
	});

	it('never sends readers to another host: paths beginning with // are not found', async () => {
		for (const attempt of [
			'//evil.example/',
			'//evil.example',
			'//sub',
			'/%2F%2Fevil.example/',
			'/%5C%5Cevil.example/',
			'/%2F/evil.example'
		]) {
			const res = await get(attempt);
			expect(res.status, attempt).toBe(404);
			expect(res.headers.get('location'), attempt).toBeNull();
		}
		const res = await get(`${prefix}/sub?x=//evil.example`);
		expect(res.headers.get('location')).toBe(`${prefix}/sub/?x=//evil.example`);
	});

	it('serves 404.html for missing files', async () => {
		const res = await get(`${prefix}/missing.js`);
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await res.text()).toContain('Not here');
	});

	it('blocks path traversal', async () => {
		for (const attempt of ['/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%5c..%5c']) {
			const res = await get(prefix + attempt);
			expect([400, 404]).toContain(res.status);
			expect(await res.text()).not.toContain('root:');
		}
	});

	it('rejects methods other than GET and HEAD', async () => {
		expect((await get(`${prefix}/`, { method: 'POST' })).status).toBe(405);
	});
});

describe('startServer under a sub-path', () => {
	let server: Awaited<ReturnType<typeof startServer>>;
	beforeAll(async () => {
		server = await startServer({ root, base: '/graphics/2026/ogp-mexico', port: 0 });
	});
	afterAll(() => server?.close());
	const get = (pathname: string) => fetch(server.origin + pathname, { redirect: 'manual' });

	it('redirects / to the base and 404s outside it', async () => {
		const res = await get('/');
		expect(res.status).toBe(302);
		expect(res.headers.get('location')).toBe(`/graphics/2026/ogp-mexico/`);

		expect((await get('/graphics/2026/ogp-mexico')).status).toBe(302);
		expect((await get('/a')).status).toBe(404);
		expect((await get('/graphics/2026/ogp-mexicoX/')).status).toBe(404);
	});
});

describe('startServer failures', () => {
	it('explains a missing build folder', async () => {
		await expect(startServer({ root: path.join(root, 'nope'), port: 0 })).rejects.toThrow(
			/No build found at .*nope\/: run npm run build first/
		);
	});

	it('does not move an explicitly requested port', async () => {
		const first = await startServer({ root, port: 0 });
		try {
			const port = Number(new URL(first.origin).port);
			await expect(startServer({ root, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
		} finally {
			await first.close();
		}
	});

	it('serves plain text 404s when there is no 404.html', async () => {
		const bare = mkdtempSync(path.join(os.tmpdir(), 'serve-test-bare-'));
		writeFileSync(path.join(bare, 'index.html'), page('Bare'));
		const server = await startServer({ root: bare, port: 0 });
		try {
			const res = await fetch(`${server.origin}/missing`);
			expect(res.status).toBe(404);
			expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		} finally {
			await server.close();
			rmSync(bare, { recursive: true, force: true });
		}
	});
});

describe('harness', () => {
	const site = useSite({ root, base: '/graphics/2026/ogp-mexico' });

	it('opens a served page in Chromium', async () => {
		const { page, errors, close } = await site.newPage({ width: 400, height: 300 });
		await page.goto(new URL('sub/', site.url).href);
		expect(await page.title()).toBe('Sub');
		expect(errors).toEqual([]);
		await close();
	});

	it('records console errors and uncaught exceptions', async () => {
		const { page, errors, close } = await site.newPage();
		await page.goto(site.url);
		const thrown = page.waitForEvent('pageerror');
		await page.evaluate(() => {
			console.error('boom');
			setTimeout(() => {
				throw new Error('bang');
			});
		});
		await thrown;
		expect(errors).toEqual(['console: boom', 'pageerror: bang']);
		await close();
	});

	it('runs axe and takes screenshots', async () => {
		const { page, close } = await site.newPage();
		await page.goto(site.url);
		expect(formatViolations(await runAxe(page))).toBe('');
		expect(await screenshot(page, 'harness self-test')).toMatch(/harness-self-test\.png$/);
		await close();
	});

	it('refuses to run axe without JavaScript instead of hanging', async () => {
		const { page, close } = await site.newPage({ javaScriptEnabled: false });
		await page.goto(site.url);
		await expect(runAxe(page)).rejects.toThrow(/javaScriptEnabled: true/);
		await close();
	});
});
