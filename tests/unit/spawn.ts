/** Run the data commands as an editor would, in a child process. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';

export { EXIT_PROBLEMS, EXIT_USAGE } from '../../scripts/lib/cli';

/**
 * Each spawn starts tsx, which takes seconds on a busy 2-core CI machine: every test that spawns
 * a process gets this much time (it timed out at Vitest's default 5 s under load).
 */
export const SPAWN_TIMEOUT = 60_000;

export const TSX = join('node_modules', '.bin', 'tsx');

export const run = (script: string, ...args: string[]) => runWith({}, script, ...args);

/** `nodeArgs` go before the script, e.g. `--import preload.mjs`. */
export function runWith(
	options: SpawnSyncOptions & { nodeArgs?: string[] },
	script: string,
	...args: string[]
) {
	return spawnSync(TSX, [...(options.nodeArgs ?? []), join('scripts', script), ...args], {
		encoding: 'utf8',
		...options
	}) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string };
}
