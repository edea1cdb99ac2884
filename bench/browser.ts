// The one place that finds and launches the system Chromium, for the browser tests (through
// tests/browser/harness.ts) and the bench (through playwright-core and Lighthouse's launcher).
// Free of vitest, so the bench can load it outside a test.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** No sandbox: CI runs as root in a container. The rest keep Chromium from calling home. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** The Chromium binary: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	throw new Error(
		'Chromium not found: run `apt-get install chromium`, or set CHROME_PATH to a Chrome/Chromium binary'
	);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}
