// What a first visit to a page downloads, by kind, raw and compressed. Our static server does not
// compress, so "compressed" is computed here: gzip level 9 for text formats (what any host would
// do), the bytes as they are for formats that are already compressed (woff2, png, jpeg, webp).
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';

export const KINDS = ['script', 'stylesheet', 'font', 'document', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export type Resource = {
	url: string;
	kind: Kind;
	raw: number;
	compressed: number;
	/** For documents: bytes of inline <script> content (SvelteKit's hydration data lives here). */
	inlineScript?: number;
};
export type Sizes = { raw: number; compressed: number; count: number };
export type BytesReport = {
	url: string;
	resources: Resource[];
	byKind: Record<Kind, Sizes>;
	total: Sizes;
	/** Every request the page made, including failed and third-party ones. */
	requests: number;
	/** Requests to any origin but the page's own (data: and blob: URLs are not requests). */
	thirdParty: string[];
	failed: string[];
};

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** How long a page may take to hydrate once its network is quiet (a busy 2-core machine). */
const HYDRATION_TIMEOUT_MS = 30_000;
/** The network counts as quiet after this long without a request starting or ending. */
const QUIET_MS = 500;
const POLL_MS = 50;
/** True once the page has hydrated, or at once for a page without SvelteKit's client. */
const HYDRATED = () =>
	!/_app\/immutable\/entry\//.test(document.documentElement.innerHTML) ||
	document.getElementById('svelte-announcer') !== null;

const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

function kindOf(request: Request): Kind {
	const type = request.resourceType();
	return (KINDS as readonly string[]).includes(type) ? (type as Kind) : 'other';
}

async function measureResource(request: Request, page: Page): Promise<Resource> {
	const url = request.url();
	const response = await request.response();
	// Redirects and failures have no body; they still count as requests.
	if (!response || (response.status() >= 300 && response.status() < 400)) {
		return { url, kind: kindOf(request), raw: 0, compressed: 0 };
	}
	// A page that moves on by itself (a share page's refresh) takes its bodies along: ask again.
	const body = await response.body().catch(async () => (await page.request.get(url)).body());
	const type = response.headers()['content-type'] ?? '';
	const compressed = COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }).length : body.length;
	const resource: Resource = { url, kind: kindOf(request), raw: body.length, compressed };
	if (resource.kind === 'document') resource.inlineScript = inlineScriptBytes(body.toString());
	return resource;
}

function inlineScriptBytes(html: string): number {
	let bytes = 0;
	for (const [, content] of html.matchAll(INLINE_SCRIPT)) bytes += Buffer.byteLength(content ?? '');
	return bytes;
}

function sum(resources: Resource[]): Sizes {
	return {
		raw: resources.reduce((total, r) => total + r.raw, 0),
		compressed: resources.reduce((total, r) => total + r.compressed, 0),
		count: resources.length
	};
}

/**
 * Loads `url` in `page` and waits for the network to go quiet (so lazy loads triggered by the
 * first screen count), recording every request on the way.
 */
export async function measureBytes(page: Page, url: string): Promise<BytesReport> {
	const origin = new URL(url).origin;
	const requested: string[] = [];
	const failed: string[] = [];
	const measured: Promise<Resource>[] = [];
	let inflight = 0;
	let lastActivity = Date.now();
	const onRequest = (request: Request) => {
		requested.push(request.url());
		inflight++;
		lastActivity = Date.now();
	};
	const settle = () => {
		inflight = Math.max(0, inflight - 1);
		lastActivity = Date.now();
	};
	const onFailed = (request: Request) => {
		failed.push(request.url());
		settle();
	};
	const onFinished = (request: Request) => {
		measured.push(measureResource(request, page));
		settle();
	};
	page.on('request', onRequest);
	page.on('requestfailed', onFailed);
	page.on('requestfinished', onFinished);
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		// The story starts its scripts only after its first paint: on a busy machine the network
		// can go quiet before that. Wait until a page with SvelteKit's start script has hydrated
		// (its route announcer exists), then for the network to go quiet again.
		await page.waitForFunction(HYDRATED, undefined, { timeout: HYDRATION_TIMEOUT_MS });
		// networkidle has already been reached once, so waiting for it again returns at once: wait
		// for our own quiet spell after hydration instead.
		const deadline = Date.now() + HYDRATION_TIMEOUT_MS;
		while ((inflight > 0 || Date.now() - lastActivity < QUIET_MS) && Date.now() < deadline)
			await page.waitForTimeout(POLL_MS);
	} finally {
		page.off('request', onRequest);
		page.off('requestfailed', onFailed);
		page.off('requestfinished', onFinished);
	}
	const resources = await Promise.all(measured);
	const byKind = Object.fromEntries(
		KINDS.map((kind) => [kind, sum(resources.filter((r) => r.kind === kind))])
	) as Record<Kind, Sizes>;
	const thirdParty = requested.filter(
		(u) => /^(https?|wss?):/.test(u) && new URL(u).origin !== origin
	);
	return {
		url,
		resources,
		byKind,
		total: sum(resources),
		requests: requested.length,
		thirdParty,
		failed
	};
}

export function formatKB(bytes: number): string {
	return `${(bytes / 1000).toFixed(1)} KB`;
}

/** The largest resources first, one per line, for assertion messages and the bench's log. */
export function describeBytes(report: BytesReport, limit = 15): string {
	const rows = [...report.resources]
		.sort((a, b) => b.compressed - a.compressed)
		.slice(0, limit)
		.map((r) => {
			const path = r.url.replace(new URL(report.url).origin, '');
			return `  ${r.kind.padEnd(10)} ${formatKB(r.compressed).padStart(9)} gz ${formatKB(r.raw).padStart(9)} raw  ${path}`;
		});
	return [`${report.url}: ${report.requests} requests`, ...rows].join('\n');
}
