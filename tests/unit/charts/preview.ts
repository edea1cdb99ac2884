// npx tsx tests/unit/charts/preview.ts <file.html> <out.png> [width]: screenshot a preview page,
// with the one Chromium launcher the browser tests and the bench use.
import { resolve } from 'node:path';
import { launchBrowser } from '../../../bench/browser';

const [, , file, out, width = '1500'] = process.argv;
if (!file || !out) {
	console.error('usage: npx tsx tests/unit/charts/preview.ts <file.html> <out.png> [width]');
	process.exit(2);
}
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
	await page.goto(`file://${resolve(file)}`);
	await page.screenshot({ path: out, fullPage: true });
} finally {
	await browser.close();
}
