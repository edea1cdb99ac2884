/**
 * What both data commands share: strict argument parsing that answers a mistake with a sentence
 * and the usage (exit 2), and a last-resort handler so no stack trace ever reaches an editor.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { escapeText } from '../../src/lib/data/hostile.ts';

/** Exit codes: 1 = the data has problems (nothing changed); 2 = the command was used wrongly. */
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** Print a message safely (escape codes in paths or values are shown, not run) and exit. */
export function fail(message: string, code = EXIT_PROBLEMS): never {
	console.error(message.split('\n').map(escapeText).join('\n'));
	process.exit(code);
}

/** Parse argv strictly; an unknown flag or a missing value becomes a UsageError. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
	options: T,
	usage: string
) {
	try {
		return parseArgs({
			args: process.argv.slice(2),
			options,
			allowPositionals: true,
			strict: true
		});
	} catch (e) {
		fail(`${(e as Error).message.replace(/\. To specify.*$/s, '.')}\n\n${usage}`, EXIT_USAGE);
	}
}

/** Run a command's body; anything unexpected is reported in one line instead of a stack trace. */
export function runCommand(body: () => void) {
	try {
		body();
	} catch (e) {
		if (e instanceof UsageError) fail(e.message, EXIT_USAGE);
		const err = e as NodeJS.ErrnoException;
		const where = err.path ? ` (${err.path})` : '';
		fail(`Error: ${err.message ?? String(e)}${where}. Nothing in the data folder was changed.`);
	}
}
