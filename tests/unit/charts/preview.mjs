// node tests/unit/charts/preview.mjs <file.html> <out.png> [width]: screenshot a preview page.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
const [, , file, out, width = '1500'] = process.argv;
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`file://${resolve(file)}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
