/**
 * Keys and clickers → presentation commands. Pure, so every binding is unit-tested; the DOM part
 * (what kind of element has focus) is one small function beside it.
 *
 * Clickers send PageDown/PageUp, sometimes arrows, B or "." for blank, and F5 / Shift+F5 / Esc for
 * their start/stop button: F5 enters full screen instead of reloading, and never moves the slide.
 */
import type { DeckAction } from './deck';

export type KeyCommand =
	DeckAction | { type: 'fullscreen' } | { type: 'start' } | { type: 'speaker' } | { type: 'help' };

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

/**
 * Where focus is: `field` (a form field: typing goes there), `dialog` (inside a dialog: it owns its
 * keys), `control` (a link or button: Enter and Space activate it), or `none`.
 */
export type FocusKind = 'field' | 'dialog' | 'control' | 'none';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** The command for a key press, or null when the key is not ours (the browser keeps it). */
export function keyCommand(e: KeyInput, focus: FocusKind = 'none'): KeyCommand | null {
	if (focus === 'field' || focus === 'dialog') return null;
	// Ctrl/Cmd/Alt combinations belong to the browser and the system (print, find, tabs…).
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	const { key } = e;
	if (key === 'F5') return { type: 'start' };
	if ((key === ' ' || key === 'Spacebar' || key === 'Enter') && focus === 'control') return null;
	if (key === ' ' || key === 'Spacebar') return { type: e.shiftKey ? 'prev' : 'next' };
	if (key === 'Enter') return { type: 'enter' };
	// Shift only matters for Space: on some layouts digits and "?" need it.
	if (key === '?') return { type: 'help' };
	if (NEXT.has(key)) return { type: 'next' };
	if (PREVIOUS.has(key)) return { type: 'prev' };
	if (key === 'Home') return { type: 'first' };
	if (key === 'End') return { type: 'last' };
	if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
	if (key === 'b' || key === 'B' || key === '.') return { type: 'blank' };
	if (key === 'f' || key === 'F') return { type: 'fullscreen' };
	if (key === 's' || key === 'S') return { type: 'speaker' };
	if (key === 'Escape' || key === 'Esc') return { type: 'escape' };
	return null;
}

const FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
// Only an open dialog owns the keys: just after Escape closes one, focus may still sit on its
// button for a moment, and a presenter's next clicker press must not be lost to it.
const DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"]';
const CONTROL = 'a[href], button, summary, [role="button"], [role="link"]';
/** Inputs that are really buttons: Enter and Space activate them, other keys are ours. */
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio']);

/** What kind of element has focus, for `keyCommand`. */
export function focusKind(target: EventTarget | null): FocusKind {
	if (!(target instanceof Element)) return 'none';
	if (target.closest(DIALOG)) return 'dialog';
	const field = target.closest(FIELD);
	if (field) {
		return field instanceof HTMLInputElement && BUTTON_INPUTS.has(field.type) ? 'control' : 'field';
	}
	return target.closest(CONTROL) ? 'control' : 'none';
}
