/**
 * Preloaded into a data:import child process by tests/unit/data-import-kill.test.ts: counts the
 * writes the importer makes under KILL_ROOT and SIGKILLs its own process just before write number
 * KILL_AT (a real, unclean death: no handler, no cleanup). On a normal exit it prints the count.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(process.env.KILL_ROOT ?? '/nonexistent');
const at = Number(process.env.KILL_AT ?? Infinity);
const inRoot = (p) => typeof p === 'string' && resolve(p).startsWith(root);
const ours = new Set();
let writes = 0;

function write() {
	writes += 1;
	if (writes === at) process.kill(process.pid, 'SIGKILL');
}

const wrap = (name, isOurs, counts) => {
	const real = fs[name];
	fs[name] = function (...args) {
		const mine = isOurs(args);
		if (mine && counts) write();
		const result = real.apply(this, args);
		if (mine && name === 'openSync') ours.add(result);
		return result;
	};
};
wrap('mkdirSync', (a) => inRoot(a[0]), true);
wrap('openSync', (a) => inRoot(a[0]), false);
wrap('writeSync', (a) => ours.has(a[0]), true);
wrap('linkSync', (a) => inRoot(a[1]), true);
wrap('renameSync', (a) => inRoot(a[1]), true);
wrap('rmSync', (a) => inRoot(a[0]), true);
syncBuiltinESMExports();

process.on('exit', () => process.stderr.write(`\nwrites under root: ${writes}\n`));
