// Serves the prerendered story from build/ the way a newsroom's static host would: under its base
// path, with `/foo` → `foo.html` and `/foo/` → `foo/index.html`. Node built-ins only, so it runs
// straight after `npm run build` with nothing else installed.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.map': 'application/json; charset=utf-8'
};

/** How many ports above the default to try when it is taken by another preview. */
const PORT_ATTEMPTS = 20;

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
 * Maps a path below the base (always starting with '/') to a file inside root.
 * @param {string} root absolute
 * @param {string} rel
 * @returns {Promise<{ file: string } | { redirect: string } | null>}
 */
async function resolve(root, rel) {
	let decoded;
	try {
		decoded = decodeURIComponent(rel);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	// Decoding can turn `..%2f` into `../`, so containment is checked on the final path.
	const target = path.join(root, decoded);
	if (target !== root && !target.startsWith(root + path.sep)) return null;

	const found = await statOrNull(target);
	if (found?.isFile()) return { file: target };
	if (found?.isDirectory()) {
		// Relative asset URLs in the page only resolve correctly with the trailing slash.
		if (!rel.endsWith('/')) return { redirect: `${rel}/` };
		const index = path.join(target, 'index.html');
		return (await statOrNull(index))?.isFile() ? { file: index } : null;
	}
	if (!decoded.endsWith('/') && (await statOrNull(`${target}.html`))?.isFile()) {
		return { file: `${target}.html` };
	}
	return null;
}

/** Text formats are sent gzip-compressed to browsers that accept it, as any static host does. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** Compressed bodies by file, kept while the file is unchanged (the site is read-only). */
/** @type {Map<string, { mtimeMs: number, size: number, body: Buffer }>} */
const gzipped = new Map();

/**
 * @param {string} file
 * @param {import('node:fs').Stats} info
 * @returns {Promise<Buffer>}
 */
async function gzipOf(file, info) {
	const cached = gzipped.get(file);
	if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.body;
	const body = gzipSync(await readFile(file), { level: 6 });
	gzipped.set(file, { mtimeMs: info.mtimeMs, size: info.size, body });
	return body;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {number} status
 * @param {boolean} head
 */
async function sendFile(req, res, file, status, head) {
	const info = await stat(file);
	const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
	res.statusCode = status;
	res.setHeader('Content-Type', type);
	res.setHeader('X-Content-Type-Options', 'nosniff');
	// Pages must be revalidated so a rebuild shows up on reload; hashed assets need no header.
	if (type.startsWith('text/html')) res.setHeader('Cache-Control', 'no-cache');
	if (COMPRESSIBLE.test(type)) {
		res.setHeader('Vary', 'Accept-Encoding');
		if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			const body = await gzipOf(file, info);
			res.setHeader('Content-Encoding', 'gzip');
			res.setHeader('Content-Length', body.length);
			res.end(head ? undefined : body);
			return;
		}
	}
	res.setHeader('Content-Length', info.size);
	if (head) {
		res.end();
		return;
	}
	const stream = createReadStream(file);
	stream.on('error', () => res.destroy());
	stream.pipe(res);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} location
 */
function redirect(res, status, location) {
	res.writeHead(status, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
	res.end(`Redirecting to ${location}\n`);
}

/**
 * @param {string} root absolute
 * @param {string} base normalised
 * @returns {import('node:http').RequestListener}
 */
function handler(root, base) {
	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {boolean} head
	 */
	async function notFound(req, res, head) {
		const page = path.join(root, '404.html');
		if ((await statOrNull(page))?.isFile()) return sendFile(req, res, page, 404, head);
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end(head ? undefined : 'Not found\n');
	}

	return async (req, res) => {
		try {
			const head = req.method === 'HEAD';
			if (req.method !== 'GET' && !head) {
				res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
				res.end('Method not allowed\n');
				return;
			}
			const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
			if (base && (pathname === '/' || pathname === base)) {
				return redirect(res, 302, `${base}/${search}`);
			}
			if (base && !pathname.startsWith(`${base}/`)) return notFound(req, res, head);

			const found = await resolve(root, pathname.slice(base.length));
			if (!found) return notFound(req, res, head);
			if ('redirect' in found) return redirect(res, 301, `${base}${found.redirect}${search}`);
			return sendFile(req, res, found.file, 200, head);
		} catch (error) {
			console.error(error);
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
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
	const first = port ?? Number(process.env.PORT ?? 4173);

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
