/** Presentation mode, pure parts: keys and clickers, slide navigation, captions, touch, sync. */
import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyInput } from '../../src/lib/present/keys';
import {
	INITIAL_DECK,
	indexFromHash,
	reduceDeck,
	type DeckAction,
	type DeckState
} from '../../src/lib/present/deck';
import { CAPTION_MIN_CHARS, toCaption } from '../../src/lib/present/caption';
import { gestureCommand, SWIPE_MIN_PX } from '../../src/lib/present/gesture';
import { formatClock, formatElapsed } from '../../src/lib/present/clock';
import { fitSlide } from '../../src/lib/present/layout';
import { parseSyncMessage } from '../../src/lib/present/sync';
import { PRESENT } from '../../src/lib/i18n/present';
import { plainText, type Paragraph } from '../../src/lib/story/copy';
import { buildStory } from '../../src/lib/story/build';

describe('keyCommand', () => {
	const key = (k: string, extra: Partial<KeyInput> = {}) => keyCommand({ key: k, ...extra });

	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['Enter', 'enter'],
		['n', 'next'],
		['N', 'next'],
		['ArrowLeft', 'prev'],
		['ArrowUp', 'prev'],
		['PageUp', 'prev'],
		['Backspace', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['b', 'blank'],
		['B', 'blank'],
		['.', 'blank'],
		['Escape', 'escape'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['s', 'speaker'],
		['F5', 'start'],
		['?', 'help']
	])('%j → %s', (k, type) => {
		expect(key(k)?.type).toBe(type);
	});

	it('Shift+Space goes back; Shift+F5 (a clicker’s start button) never reloads', () => {
		expect(key(' ', { shiftKey: true })).toEqual({ type: 'prev' });
		expect(key('F5', { shiftKey: true })).toEqual({ type: 'start' });
	});

	it('digits, with or without Shift (AZERTY), are typed slide numbers', () => {
		expect(key('7')).toEqual({ type: 'digit', digit: '7' });
		expect(key('0', { shiftKey: true })).toEqual({ type: 'digit', digit: '0' });
	});

	it('leaves browser and system shortcuts alone', () => {
		for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const) {
			expect(key('p', { [mod]: true })).toBeNull();
			expect(key('ArrowRight', { [mod]: true })).toBeNull();
			expect(key('r', { [mod]: true })).toBeNull();
		}
		expect(key('Tab')).toBeNull();
		expect(key('x')).toBeNull();
		expect(key('p')).toBeNull();
	});

	it('ignores every key while a form field or a dialog has focus', () => {
		for (const k of ['ArrowRight', 'PageDown', ' ', 'Enter', 'b', 'f', '1', 'Home', 'F5']) {
			expect(keyCommand({ key: k }, 'field')).toBeNull();
			expect(keyCommand({ key: k }, 'dialog')).toBeNull();
		}
	});

	it('lets Enter and Space activate a focused link or button, but other keys still move', () => {
		expect(keyCommand({ key: 'Enter' }, 'control')).toBeNull();
		expect(keyCommand({ key: ' ' }, 'control')).toBeNull();
		expect(keyCommand({ key: 'PageDown' }, 'control')).toEqual({ type: 'next' });
	});
});

describe('reduceDeck', () => {
	const N = 15;
	const run = (actions: DeckAction[], from: DeckState = INITIAL_DECK) =>
		actions.reduce((s, a) => reduceDeck(s, a, N), from);
	const at = (index: number): DeckState => ({ ...INITIAL_DECK, index });

	it('steps forward and back, stopping at both ends', () => {
		expect(run([{ type: 'next' }])).toMatchObject({ index: 1, via: 'step' });
		expect(run([{ type: 'next' }, { type: 'next' }, { type: 'prev' }]).index).toBe(1);
		expect(run([{ type: 'prev' }])).toBe(INITIAL_DECK);
		expect(run([{ type: 'next' }], at(N - 1))).toEqual(at(N - 1));
	});

	it('jumps to the ends without animating', () => {
		expect(run([{ type: 'last' }])).toMatchObject({ index: N - 1, via: 'jump' });
		expect(run([{ type: 'first' }], { ...at(9), via: 'step' })).toMatchObject({
			index: 0,
			via: 'jump'
		});
	});

	it('a number then Enter jumps to that slide; Enter alone goes to the next', () => {
		const typed = run([
			{ type: 'digit', digit: '1' },
			{ type: 'digit', digit: '2' }
		]);
		expect(typed).toMatchObject({ index: 0, typed: '12' });
		expect(run([{ type: 'enter' }], typed)).toEqual({
			index: 11,
			blank: false,
			typed: '',
			via: 'jump'
		});
		expect(run([{ type: 'enter' }])).toMatchObject({ index: 1, via: 'step' });
	});

	it('drops a number outside the deck, and Esc drops a half-typed one', () => {
		expect(run([{ type: 'digit', digit: '0' }, { type: 'enter' }], at(4))).toEqual(at(4));
		expect(
			run([{ type: 'digit', digit: '9' }, { type: 'digit', digit: '9' }, { type: 'enter' }], at(4))
		).toEqual(at(4));
		expect(run([{ type: 'digit', digit: '3' }, { type: 'escape' }], at(4))).toEqual(at(4));
		const many = run(['1', '2', '3', '4'].map((digit) => ({ type: 'digit', digit }) as const));
		expect(many.typed).toBe('123');
	});

	it('a move typed after a number forgets the number', () => {
		expect(run([{ type: 'digit', digit: '9' }, { type: 'next' }])).toMatchObject({
			index: 1,
			typed: ''
		});
	});

	it('B or . blanks and unblanks; Esc unblanks; a move while blank only brings the slide back', () => {
		const blank = run([{ type: 'blank' }], at(3));
		expect(blank).toMatchObject({ index: 3, blank: true });
		expect(run([{ type: 'blank' }], blank)).toMatchObject({ index: 3, blank: false });
		expect(run([{ type: 'escape' }], blank)).toMatchObject({ index: 3, blank: false });
		for (const type of ['next', 'prev', 'first', 'last', 'enter'] as const) {
			expect(run([{ type }], blank)).toMatchObject({ index: 3, blank: false });
		}
		expect(run([{ type: 'digit', digit: '1' }], blank)).toBe(blank);
	});

	it('goes straight to a linked slide, clamped to the deck', () => {
		expect(run([{ type: 'goto', index: 1 }])).toMatchObject({ index: 1, via: 'jump' });
		expect(run([{ type: 'goto', index: 99 }]).index).toBe(N - 1);
		expect(run([{ type: 'goto', index: 0 }])).toBe(INITIAL_DECK);
	});

	it('follows another window: one slide over animates, further jumps, blank carries over', () => {
		expect(run([{ type: 'sync', index: 4, blank: false }], at(3))).toMatchObject({
			index: 4,
			via: 'step'
		});
		expect(run([{ type: 'sync', index: 9, blank: false }], at(3))).toMatchObject({
			index: 9,
			via: 'jump'
		});
		expect(run([{ type: 'sync', index: 3, blank: true }], at(3))).toMatchObject({
			index: 3,
			blank: true
		});
		expect(run([{ type: 'sync', index: 3, blank: false }], at(3))).toEqual(at(3));
	});

	it('escape with nothing to leave changes nothing (the page may leave full screen)', () => {
		const s = at(5);
		expect(reduceDeck(s, { type: 'escape' }, N)).toBe(s);
	});
});

describe('indexFromHash', () => {
	const ids = ['opening', 'founder', 'sectors'];
	it('reads a step id from the hash, and nothing else', () => {
		expect(indexFromHash('#sectors', ids)).toBe(2);
		expect(indexFromHash('#founder', ids)).toBe(1);
		expect(indexFromHash('', ids)).toBeNull();
		expect(indexFromHash('#', ids)).toBeNull();
		expect(indexFromHash('#source-ogp', ids)).toBeNull();
		expect(indexFromHash('#%E0%A4%A', ids)).toBeNull();
	});
});

describe('toCaption', () => {
	const text = (s: string): Paragraph => [{ kind: 'text', text: s }];

	it('keeps whole sentences until the caption makes a statement', () => {
		const p = text('How did it go? In a note, participants reported most met. The rest is detail.');
		expect(plainText(toCaption(p))).toBe(
			'How did it go? In a note, participants reported most met.'
		);
	});

	it('cuts across numbers and dates from the data without losing their links', () => {
		const p: Paragraph = [
			{ kind: 'text', text: 'On ' },
			{ kind: 'datum', text: '20 September 2011', sourceIds: ['a'] },
			{ kind: 'text', text: ' the partnership was launched in New York, with ' },
			{ kind: 'datum', text: '8', sourceIds: ['b'] },
			{ kind: 'text', text: ' founders. Mexico was one.' }
		];
		const caption = toCaption(p);
		expect(plainText(caption)).toBe(
			'On 20 September 2011 the partnership was launched in New York, with 8 founders.'
		);
		expect(caption.filter((x) => x.kind === 'datum')).toHaveLength(2);
	});

	it('returns a short paragraph whole', () => {
		expect(toCaption(text('Short.'))).toEqual(text('Short.'));
	});

	it('gives every step of the story a caption shorter than its paragraph, ending a sentence', () => {
		for (const locale of ['en', 'es'] as const) {
			const story = buildStory(locale);
			for (const step of story.copy.steps) {
				const first = plainText(step.text[0]!);
				const caption = plainText(toCaption(step.text[0]!));
				expect(caption.length, `${locale} ${step.id}`).toBeGreaterThanOrEqual(
					Math.min(CAPTION_MIN_CHARS, first.length)
				);
				expect(caption.length, `${locale} ${step.id}: ${caption}`).toBeLessThanOrEqual(240);
				expect(first.startsWith(caption), `${locale} ${step.id}`).toBe(true);
				expect(caption, `${locale} ${step.id}`).toMatch(/[.!?][”"’)]?$/);
			}
		}
	});
});

describe('gestureCommand', () => {
	const W = 1000;
	it('swipes left for next, right for previous', () => {
		expect(gestureCommand({ x: 600, y: 300 }, { x: 600 - SWIPE_MIN_PX, y: 310 }, W)).toBe('next');
		expect(gestureCommand({ x: 300, y: 300 }, { x: 500, y: 280 }, W)).toBe('prev');
	});
	it('taps the left third for previous, the rest for next', () => {
		expect(gestureCommand({ x: 100, y: 300 }, { x: 103, y: 302 }, W)).toBe('prev');
		expect(gestureCommand({ x: 500, y: 300 }, { x: 500, y: 300 }, W)).toBe('next');
		expect(gestureCommand({ x: 900, y: 300 }, { x: 900, y: 300 }, W)).toBe('next');
	});
	it('ignores vertical drags and short wobbles', () => {
		expect(gestureCommand({ x: 500, y: 100 }, { x: 560, y: 400 }, W)).toBeNull();
		expect(gestureCommand({ x: 500, y: 300 }, { x: 530, y: 300 }, W)).toBeNull();
	});
});

describe('fitSlide', () => {
	it('fills a 16:9 screen and letterboxes others', () => {
		expect(fitSlide(1280, 720)).toEqual({ orientation: 'landscape', scale: 1 });
		expect(fitSlide(1920, 1080)).toEqual({ orientation: 'landscape', scale: 1.5 });
		expect(fitSlide(1024, 768)).toEqual({ orientation: 'landscape', scale: 0.8 });
		expect(fitSlide(390, 844)).toEqual({ orientation: 'portrait', scale: 390 / 720 });
	});
	it('never returns a zero or broken scale', () => {
		expect(fitSlide(0, 0).scale).toBe(1);
	});
});

describe('clock', () => {
	it('shows elapsed time as a stopwatch does', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(65_400)).toBe('1:05');
		expect(formatElapsed(12 * 60_000)).toBe('12:00');
		expect(formatElapsed(3_723_000)).toBe('1:02:03');
		expect(formatElapsed(-5)).toBe('0:00');
	});
	it('shows the time of day in hours and minutes', () => {
		const d = new Date(2026, 0, 1, 14, 5);
		expect(formatClock(d, 'en')).toBe('14:05');
		// Mexico writes the time of day on a 12-hour clock.
		expect(formatClock(d, 'es').replace(/\s/g, ' ')).toBe('2:05 p.m.');
	});
});

describe('parseSyncMessage', () => {
	const ids = ['opening', 'founder'];
	it('accepts our messages about known steps only', () => {
		expect(parseSyncMessage({ type: 'hello' }, ids)).toEqual({ type: 'hello' });
		expect(parseSyncMessage({ type: 'state', id: 'founder', blank: true }, ids)).toEqual({
			type: 'state',
			id: 'founder',
			blank: true
		});
		expect(parseSyncMessage({ type: 'state', id: 'nope', blank: false }, ids)).toBeNull();
		expect(parseSyncMessage('next', ids)).toBeNull();
		expect(parseSyncMessage(null, ids)).toBeNull();
	});
});

describe('presentation strings', () => {
	it('have the same keys in English and Spanish, none empty', () => {
		const shape = (o: object): string[] =>
			Object.entries(o).flatMap(([k, v]) =>
				v && typeof v === 'object' && !Array.isArray(v) ? shape(v).map((x) => `${k}.${x}`) : [k]
			);
		expect(shape(PRESENT.es)).toEqual(shape(PRESENT.en));
		expect(PRESENT.es.keys).toHaveLength(PRESENT.en.keys.length);
		for (const t of [PRESENT.en, PRESENT.es]) {
			expect(t.progress(7, 15)).toBe('7 / 15');
			for (const [k, v] of Object.entries(t)) if (typeof v === 'string') expect(v, k).not.toBe('');
		}
		expect(PRESENT.es.slideOf(7, 15)).toBe('Diapositiva 7 de 15');
		expect(PRESENT.en.handoutPage(1, 15, 'the question')).toBe('1 / 15 · The question');
	});
});
