import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_RUNTIMES, collectNotices, formatNotices } from '../../scripts/lib/notices';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('third-party notices', () => {
	const notices = collectNotices(process.cwd());
	const byName = new Map(notices.map((n) => [n.name, n]));

	it('list every runtime dependency, their own dependencies and the bundled client runtimes', () => {
		for (const name of [...Object.keys(pkg.dependencies), ...CLIENT_RUNTIMES])
			expect(byName.has(name), name).toBe(true);
		expect(byName.get('internmap')?.license).toBe('ISC');
	});

	it('name a licence and carry its text for each', () => {
		for (const n of notices) {
			expect(n.license, n.name).toMatch(/^[A-Za-z0-9.-]+$/);
			expect(n.text.length, n.name).toBeGreaterThan(100);
		}
		expect(byName.get('archieml')?.license).toBe('Apache-2.0');
		expect(byName.get('@fontsource/source-sans-3')?.text).toContain(
			'SIL OPEN FONT LICENSE Version 1.1'
		);
	});

	it('format an index line per package', () => {
		const text = formatNotices(notices);
		for (const n of notices) expect(text).toContain(`- ${n.name} ${n.version}: ${n.license}\n`);
	});
});
