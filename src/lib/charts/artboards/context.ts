/** Lets an artboard set the size every chart inside it lays out at, without threading props. */
import { getContext, setContext } from 'svelte';
import type { Artboard } from './boards';

const KEY = Symbol('artboard');

export function setArtboard(board: Artboard): void {
	setContext(KEY, board);
}

export function getArtboard(): Artboard | undefined {
	return getContext<Artboard | undefined>(KEY);
}
