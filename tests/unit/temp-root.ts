// Vitest global setup for the unit tests: every temporary folder the tests make (copies of data/,
// import probes, lock files) goes under one folder of this run's, removed when the run ends, so a
// run leaves nothing behind in the machine's temp folder. Workers and the CLIs the tests spawn
// inherit TMPDIR, which os.tmpdir() reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
	const root = mkdtempSync(join(tmpdir(), 'ogp-unit-'));
	const before = process.env.TMPDIR;
	process.env.TMPDIR = root;
	return () => {
		if (before === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = before;
		rmSync(root, { recursive: true, force: true });
	};
}
