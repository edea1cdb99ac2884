import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts);

describe('README', () => {
	const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!);

	it('names scripts', () => {
		expect(named.length).toBeGreaterThan(3);
	});

	it.each([...new Set(named)])('npm run %s exists in package.json', (name) => {
		expect(scripts).toContain(name);
	});

	it('has the two-command quick start', () => {
		expect(readme).toContain('npm ci && npm start');
		expect(readme).toContain('npm test');
	});
});
