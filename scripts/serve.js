// Serves the prerendered story from build/ the way a newsroom's static host would, with sirv doing
// the file serving (content types, `/foo` → foo.html, `/foo/` → foo/index.html, ETag and 304).
// Added here: the base path, a free port, `/foo` → `/foo/` for folders (relative asset URLs need
// the slash), gzip that honours Accept-Encoding (q=0 included), and no protocol-relative paths.
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** How many ports above the default to try when it is taken by another preview. */
const PORT_ATTEMPTS = 20;
const DEFAULT_PORT = 4173;
/** Text formats are sent gzip-compressed to browsers that accept it, as any static host does. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/;
const GZIP_LEVEL = 6;
/** sirv's types lack the charset a browser needs to read our text files as UTF-8. */
const TEXT = /^(text\/|application\/(json|javascript|xml|manifest\+json))/;
const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8' };

/**
 * Normalises a base path to '' or '/x/y' (leading slash, no trailing slash), like svelte.config.js.
 * @param {string} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
	const trimmed = raw.trim().replace(/\/+$/, '');
	if (trimmed === '') return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Whether the client takes gzip: Accept-Encoding lists gzip (or *) with a quality above 0.
 * @param {string | undefined} header
 * @returns {boolean}
 */
export function acceptsGzip(header) {
	/** @type {Map<string, number>} */
	const quality = new Map();
	for (const part of (header ?? '').split(',')) {
		const [coding = '', ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
		if (coding) quality.set(coding.trim(), q ? Number(q[1]) : 1);
	}
	return (quality.get('gzip') ?? quality.get('x-gzip') ?? quality.get('*') ?? 0) > 0;
}

/**
 * @param {string} file
 * @returns {Promise<import('node:fs').Stats | null>}
 */
async function statOrNull(file) {
	try {
		return await stat(file);
	} catch {
		return null;
	}
}

/**
 * Fixes up what sirv sends: charsets, caching, and gzip for clients that take it. sirv streams
 * the file into the response; a compressible 200 is collected and sent gzipped instead.
 * @param {import('node:http').ServerResponse} res
 * @param {boolean} gzip
 * @param {Map<string, Buffer>} gzipped compressed bodies by path and ETag (size and mtime)
 */
function finish(res, gzip, gzipped) {
	const writeHead = res.writeHead.bind(res);
	const write = /** @type {(...args: any[]) => boolean} */ (res.write.bind(res));
	const end = /** @type {(...args: any[]) => unknown} */ (res.end.bind(res));
	/** @type {any} sirv calls writeHead(status, headers), then streams the file in. */
	const out = res;
	/** @type {Buffer[]} */
	const chunks = [];
	/** @type {Record<string, string | number>} */
	let headers = {};
	let collecting = false;

	out.writeHead = (/** @type {number} */ status, /** @type {Record<string, any>} */ given = {}) => {
		headers = { ...given, 'X-Content-Type-Options': 'nosniff' };
		const type = String(headers['Content-Type'] ?? '').replace(';charset', '; charset');
		if (type) headers['Content-Type'] = type;
		if (TEXT.test(type) && !type.includes('charset'))
			headers['Content-Type'] = `${type}; charset=utf-8`;
		// Pages must be revalidated so a rebuild shows up on reload; hashed assets need no header.
		delete headers['Cache-Control'];
		if (type.startsWith('text/html')) headers['Cache-Control'] = 'no-cache';
		if (status === 200 && COMPRESSIBLE.test(type)) {
			headers['Vary'] = 'Accept-Encoding';
			collecting = gzip;
		}
		if (!collecting) return writeHead(status, headers);
		return res;
	};
	out.write = (/** @type {Buffer} */ chunk, /** @type {any[]} */ ...rest) => {
		if (!collecting) return write(chunk, ...rest);
		chunks.push(Buffer.from(chunk));
		return true;
	};
	out.end = (/** @type {Buffer | undefined} */ chunk, /** @type {any[]} */ ...rest) => {
		if (!collecting) return end(chunk, ...rest);
		if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
		const key = `${res.req.url}\n${headers['ETag']}`;
		const body = gzipped.get(key) ?? gzipSync(Buffer.concat(chunks), { level: GZIP_LEVEL });
		gzipped.set(key, body);
		writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
		return end(res.req.method === 'HEAD' ? undefined : body);
	};
}

/**
 * @param {string} root absolute
 * @param {string} base normalised
 * @returns {import('node:http').RequestListener}
 */
function handler(root, base) {
	// dev: files are looked up on each request, so a rebuild shows without a restart.
	const files = sirv(root, { dev: true, etag: true, dotfiles: false, extensions: ['html'] });
	const page404 = sirv(root, { dev: true, extensions: [] });
	/** @type {Map<string, Buffer>} */
	const gzipped = new Map();

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	function notFound(req, res) {
		req.url = '/404.html';
		// Served with its status, not 200; without a 404.html, a line of text.
		const writeHead = res.writeHead.bind(res);
		/** @type {any} */ (res).writeHead = (
			/** @type {number} */ _,
			/** @type {Record<string, any>} */ headers
		) => writeHead(404, headers);
		page404(req, res, () => {
			writeHead(404, PLAIN);
			res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
		});
	}

	return async (req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { Allow: 'GET, HEAD', ...PLAIN });
				res.end('Method not allowed\n');
				return;
			}
			finish(res, acceptsGzip(req.headers['accept-encoding']), gzipped);
			// Parsed by hand: `new URL('//host/x', base)` would read `host` as a host name.
			const raw = req.url ?? '/';
			const query = raw.indexOf('?');
			const pathname = query < 0 ? raw : raw.slice(0, query);
			const search = query < 0 ? '' : raw.slice(query);
			let decoded;
			try {
				decoded = decodeURIComponent(pathname);
			} catch {
				decoded = null;
			}
			// `//host/…` (or `/\host/…`) in a Location header or a relative link leaves the site.
			if (decoded === null || /^[/\\]{2}/.test(pathname) || /^[/\\]{2}/.test(decoded)) {
				return notFound(req, res);
			}
			if (decoded.includes('\0') || decoded.split(/[/\\]/).some((s) => s.startsWith('.'))) {
				return notFound(req, res);
			}
			if (base && (pathname === '/' || pathname === base)) {
				res.writeHead(302, { Location: `${base}/${search}`, ...PLAIN });
				res.end(`Redirecting to ${base}/\n`);
				return;
			}
			if (base && !pathname.startsWith(`${base}/`)) return notFound(req, res);
			const rel = pathname.slice(base.length);
			if (
				!rel.endsWith('/') &&
				(await statOrNull(path.join(root, decoded.slice(base.length))))?.isDirectory()
			) {
				const location = `${base}${rel}/${search}`;
				res.writeHead(301, { Location: location, ...PLAIN });
				res.end(`Redirecting to ${location}\n`);
				return;
			}
			req.url = rel + search;
			files(req, res, () => notFound(req, res));
		} catch (error) {
			console.error(error);
			if (!res.headersSent) res.writeHead(500, PLAIN);
			res.end();
		}
	};
}

/**
 * @param {import('node:http').Server} server
 * @param {string} host
 * @param {number} port
 * @returns {Promise<void>}
 */
function listen(server, host, port) {
	return new Promise((resolve, reject) => {
		/** @param {Error} error */
		const onError = (error) => {
			server.off('listening', onListening);
			reject(error);
		};
		const onListening = () => {
			server.off('error', onError);
			resolve();
		};
		server.once('error', onError);
		server.once('listening', onListening);
		server.listen(port, host);
	});
}

/**
 * Starts the static server.
 *
 * The port is only moved up (by at most 20) when it was left to the default; a port asked for via
 * PORT or the `port` option is used as given or fails. Port 0 picks any free port.
 *
 * @param {{ root?: string, base?: string, host?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function startServer({
	root = 'build',
	base = process.env.BASE_PATH ?? '',
	host = '127.0.0.1',
	port
} = {}) {
	const rootDir = path.resolve(root);
	if (!(await statOrNull(rootDir))?.isDirectory()) {
		const shown = `${path.relative(process.cwd(), rootDir) || '.'}/`;
		throw Object.assign(new Error(`No build found at ${shown}: run npm run build first`), {
			code: 'ENOBUILD'
		});
	}
	const prefix = normaliseBase(base);
	const fixed = port !== undefined || process.env.PORT !== undefined;
	const first = port ?? Number(process.env.PORT ?? DEFAULT_PORT);

	const server = createServer(handler(rootDir, prefix));
	for (let candidate = first; ; candidate++) {
		try {
			await listen(server, host, candidate);
			break;
		} catch (error) {
			const busy = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE';
			if (!busy || fixed || first === 0 || candidate >= first + PORT_ATTEMPTS) throw error;
		}
	}

	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	const origin = `http://${hostname}:${address.port}`;
	return {
		url: `${origin}${prefix}/`,
		origin,
		close: () =>
			new Promise((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				// Browsers keep connections alive; without this close() waits for them to time out.
				server.closeAllConnections();
			})
	};
}

async function main() {
	let server;
	try {
		server = await startServer();
	} catch (error) {
		const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
		console.error(code === 'ENOBUILD' ? message : `Could not start the server: ${message}`);
		process.exit(1);
	}
	console.log(`Serving the story at ${server.url}`);
	console.log('Press Ctrl+C to stop.');
	const stop = () => server.close().finally(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await main();
}
