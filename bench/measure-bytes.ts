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

const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;

function kindOf(request: Request): Kind {
	const type = request.resourceType();
	return (KINDS as readonly string[]).includes(type) ? (type as Kind) : 'other';
}

async function measureResource(request: Request): Promise<Resource> {
	const url = request.url();
	const response = await request.response();
	// Redirects and failures have no body; they still count as requests.
	if (!response || (response.status() >= 300 && response.status() < 400)) {
		return { url, kind: kindOf(request), raw: 0, compressed: 0 };
	}
	const body = await response.body();
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
	const onRequest = (request: Request) => requested.push(request.url());
	const onFailed = (request: Request) => failed.push(request.url());
	const onFinished = (request: Request) => measured.push(measureResource(request));
	page.on('request', onRequest);
	page.on('requestfailed', onFailed);
	page.on('requestfinished', onFinished);
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
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
