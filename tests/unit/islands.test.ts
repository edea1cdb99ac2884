import { afterEach, describe, expect, it, vi } from 'vitest';
import { hydrateInTurn, islandOrder } from '$lib/islands';

describe('islandOrder', () => {
	const ids = ['opening', 'plan-2011', 'summit', 'epilogue'];
	it.each([
		[null, ids],
		['summit', ['summit', 'opening', 'plan-2011', 'epilogue']],
		['opening', ids],
		['not-a-section', ids]
	])('opened at %s: %j', (first, order) => {
		expect(islandOrder(ids, first)).toEqual(order);
	});
});

describe('hydrateInTurn', () => {
	afterEach(() => vi.useRealTimers());

	it('hydrates one section per task, none in the caller’s, and undoes them in reverse', () => {
		vi.useFakeTimers();
		const log: string[] = [];
		const stop = hydrateInTurn(['a', 'b', 'c'], (id) => {
			log.push(`+${id}`);
			return () => log.push(`-${id}`);
		});
		expect(log).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(log).toEqual(['+a']);
		vi.advanceTimersToNextTimer();
		expect(log).toEqual(['+a', '+b']);
		stop();
		vi.runAllTimers();
		expect(log).toEqual(['+a', '+b', '-b', '-a']);
	});
});
