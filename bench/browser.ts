// The system Chromium the bench drives, through playwright-core and through Lighthouse's launcher.
// Mirrors tests/browser/harness.ts, which imports vitest and so cannot be loaded outside a test.
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

/** CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
	const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(`Chromium not found at ${path}: install it or set CHROME_PATH`);
	}
	return path;
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}
