/**
 * The folder borders `npm run lint` enforces (.dependency-cruiser.cjs), tried on a throwaway tree
 * with the repository's own rules: a chart that imports the story or an embed, or two modules
 * that import each other, fail; a tree that keeps the borders passes.
 */
import { execFile } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(REPO, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
/** Spawning node and dependency-cruiser on a busy two-core machine can take a while. */
const SPAWN_MS = 60_000;

let dir = '';
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = '';
});

/** Writes the files under a fresh folder with the repository's rules, and runs depcruise on src. */
function cruise(files: Record<string, string>): Promise<{ code: number; output: string }> {
	dir = mkdtempSync(path.join(os.tmpdir(), 'borders-'));
	for (const config of ['.dependency-cruiser.cjs', '.dependency-cruiser.aliases.cjs']) {
		copyFileSync(path.join(REPO, config), path.join(dir, config));
	}
	writeFileSync(
		path.join(dir, 'tsconfig.json'),
		JSON.stringify({ compilerOptions: { verbatimModuleSyntax: true, module: 'esnext' } })
	);
	// TypeScript wants at least one input in the project.
	for (const [file, text] of Object.entries({ 'src/lib/index.ts': 'export {};\n', ...files })) {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), text);
	}
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[CLI, 'src', '--config', '.dependency-cruiser.cjs'],
			// CI may force colours on; the assertions read plain text.
			{ cwd: dir, timeout: SPAWN_MS, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
				resolve({ code, output: stripAnsi(stdout + stderr) });
			}
		);
	});
}

/** Removes terminal colour codes, whichever way the environment asked for them. */
function stripAnsi(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/\u001b\[[0-9;]*m/g, '');
}

const CHART = 'src/lib/charts/bars/Bars.svelte';
const LAYOUT = 'src/lib/charts/bars/layout.ts';

describe('the folder borders', () => {
	it(
		'pass a tree where the story uses the charts',
		async () => {
			const result = await cruise({
				[LAYOUT]: 'export const width = 1;\n',
				'src/lib/story/Story.ts':
					"import { width } from '$lib/charts/bars/layout';\nexport const w = width;\n"
			});
			expect(result.output).toContain('no dependency violations');
			expect(result.code).toBe(0);
		},
		SPAWN_MS
	);

	it(
		'fail a chart layout that imports the story',
		async () => {
			const result = await cruise({
				[LAYOUT]: "import { copy } from '$lib/story/copy';\nexport const width = copy.length;\n",
				'src/lib/story/copy.ts': "export const copy = 'x';\n"
			});
			expect(result.output).toMatch(
				/charts-stand-alone: src\/lib\/charts\/bars\/layout\.ts → src\/lib\/story\/copy\.ts/
			);
			expect(result.code).not.toBe(0);
		},
		SPAWN_MS
	);

	it(
		'fail a chart component that imports an embed component',
		async () => {
			const result = await cruise({
				[CHART]:
					'<script lang="ts">\n\timport Button from \'$lib/embed/Button.svelte\';\n</script>\n\n<Button />\n',
				'src/lib/embed/Button.svelte': '<button>Embed</button>\n'
			});
			expect(result.output).toMatch(
				/charts-stand-alone: src\/lib\/charts\/bars\/Bars\.svelte → src\/lib\/embed\/Button\.svelte/
			);
			expect(result.code).not.toBe(0);
		},
		SPAWN_MS
	);

	it(
		'fail two modules that import each other',
		async () => {
			const result = await cruise({
				'src/lib/story/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
				'src/lib/story/b.ts':
					"import type { a } from './a';\nexport const b: typeof a | null = null;\n"
			});
			expect(result.output).toContain('no-cycles');
			expect(result.code).not.toBe(0);
		},
		SPAWN_MS
	);
});

describe('the charts folder today', () => {
	// dependency-cruiser cannot see a type-only import inside a .svelte file (the transpile drops
	// it), so the charts' own sources are read too: no file names the story, embeds, scrolling or
	// slides at all.
	it('names nothing from the story, the embeds, the scrolling or the slides', () => {
		const charts = path.join(REPO, 'src/lib/charts');
		const crossings = readdirSync(charts, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.(ts|svelte)$/.test(file))
			.flatMap((file) =>
				readFileSync(path.join(charts, file), 'utf8')
					.split('\n')
					.filter((line) => /\$lib\/(story|embed|scroll|present)\//.test(line))
					.map((line) => `${file}: ${line.trim()}`)
			);
		expect(crossings).toEqual([]);
	});
});
