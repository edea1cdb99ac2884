/**
 * THIRD_PARTY_NOTICES.txt: the licence of every third-party package whose code or fonts the site
 * ships. Runs at build time (before Vite, so the prerenderer finds the file it is linked to).
 * Which packages: package.json "dependencies" and everything they depend on at run time (this
 * over-includes a few that are never bundled, such as d3-dsv's command-line helpers, which is the
 * safe side), plus the client runtimes the bundler copies in from devDependencies.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Shipped inside every page's JavaScript though installed as devDependencies. */
export const CLIENT_RUNTIMES = ['svelte', '@sveltejs/kit', 'devalue', 'esm-env', 'clsx'] as const;

export interface Notice {
	name: string;
	version: string;
	/** SPDX identifier, from package.json or recognised in the licence text. */
	license: string;
	homepage: string;
	text: string;
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\..*)?$/i;

/** Recognise the common licences when package.json does not name one (archieml). */
function spdxFromText(text: string): string {
	if (/Apache License,? Version 2\.0/i.test(text)) return 'Apache-2.0';
	if (/SIL Open Font License,? Version 1\.1/i.test(text)) return 'OFL-1.1';
	if (/Permission is hereby granted, free of charge/i.test(text)) return 'MIT';
	if (/Permission to use, copy, modify, and\/or distribute/i.test(text)) return 'ISC';
	return 'see licence text';
}

/** Find a package's folder the way Node does, from `from` upwards. */
function packageDir(name: string, from: string): string | null {
	for (let dir = from; ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) return null;
	}
}

function readNotice(dir: string): { notice: Notice; deps: string[] } {
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	const file = readdirSync(dir).find((f) => LICENSE_FILE.test(f));
	const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
	const license =
		typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? spdxFromText(text));
	const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	return {
		notice: {
			name: pkg.name,
			version: pkg.version,
			license,
			homepage: pkg.homepage ?? repo ?? `https://www.npmjs.com/package/${pkg.name}`,
			text: text || `(no licence file in the package; its package.json says ${license})`
		},
		deps: Object.keys(pkg.dependencies ?? {})
	};
}

/** Every shipped package, sorted by name, fonts included. */
export function collectNotices(root: string): Notice[] {
	const found = new Map<string, Notice>();
	const visit = (name: string, from: string, transitive: boolean) => {
		if (found.has(name)) return;
		const dir = packageDir(name, from);
		if (!dir) throw new Error(`${name} is not installed: run npm ci`);
		const { notice, deps } = readNotice(dir);
		found.set(name, notice);
		if (transitive) for (const d of deps) visit(d, dir, true);
	};
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	for (const name of Object.keys(pkg.dependencies ?? {})) visit(name, root, true);
	for (const name of CLIENT_RUNTIMES) visit(name, root, false);
	return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const RULE = '-'.repeat(72);

/** The text of THIRD_PARTY_NOTICES.txt. */
export function formatNotices(notices: readonly Notice[]): string {
	const index = notices.map((n) => `- ${n.name} ${n.version}: ${n.license}`).join('\n');
	const bodies = notices
		.map(
			(n) => `${RULE}\n${n.name} ${n.version}\nLicence: ${n.license}\n${n.homepage}\n\n${n.text}\n`
		)
		.join('\n');
	return `Third-party notices

This site ships code and fonts made by others. Each is listed below with its licence; the
fonts (Source Sans 3, Source Serif 4) are under the SIL Open Font License 1.1, given in full.

${index}

${bodies}`;
}
