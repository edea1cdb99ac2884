// Starts `vite dev` the way a contributor does (`npm run dev`), on a free port, and stops it with
// everything it spawned. Startup is polled, not waited for: a busy two-core machine can take tens
// of seconds to get the first page out of a cold dev server.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
/** How long the first page may take: the dev server compiles the story on demand. */
export const DEV_STARTUP_MS = 150_000;
const POLL_MS = 250;

export type DevServer = { url: string; output: () => string; close: () => Promise<void> };

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		// The whole process group: vite and anything it started.
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			resolve();
		}
	});
}

/** Polls `url` until it answers at all (any status), or fails after `timeout` ms. */
export async function waitForHttp(url: string, timeout: number, alive: () => boolean) {
	const deadline = Date.now() + timeout;
	for (;;) {
		if (!alive()) throw new Error(`the server exited before answering ${url}`);
		try {
			await fetch(url, { signal: AbortSignal.timeout(timeout) });
			return;
		} catch (error) {
			if (Date.now() > deadline)
				throw new Error(`${url} did not answer in ${timeout} ms`, { cause: error });
		}
		await new Promise((r) => setTimeout(r, POLL_MS));
	}
}

export async function startDevServer(): Promise<DevServer> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[VITE, 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			cwd: REPO,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, BASE_PATH: '', NO_COLOR: '1' }
		}
	);
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const server: DevServer = {
		url: `http://127.0.0.1:${port}/`,
		output: () => output,
		close: () => stop(child)
	};
	try {
		await waitForHttp(server.url, DEV_STARTUP_MS, () => child.exitCode === null);
	} catch (error) {
		await server.close();
		throw new Error(`${(error as Error).message}\n${output}`);
	}
	return server;
}
