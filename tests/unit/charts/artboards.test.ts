import { describe, expect, it } from 'vitest';
import {
	ARTBOARDS,
	DRAWN_BOARDS,
	boardId,
	fitScale,
	NOMINAL_BOARD,
	parseBoardId,
	pickArtboard
} from '$lib/charts/artboards/boards';
import { parseArtboardFile } from '$lib/charts/artboards/load';
import {
	artboardEntries,
	artboardFile,
	asciiMarkup,
	renderArtboard,
	renderStepDrawings
} from '$lib/charts/artboards/render';
import { dropFadedGroups } from '$lib/charts/artboards/still';
import { renderFirstDrawings } from '$lib/story/static-parts';
import { chartStates } from '$lib/charts/artboards/states';
import { ID_TOKEN } from '$lib/charts/artboards/token';
import { cubicInOut, valueAt } from '$lib/charts/artboards/tween';
import { CHART_IDS } from '$lib/charts/types';
import { toSections } from '$lib/scroll/sections';
import { buildStory, storyText } from '$lib/story/build';

// Chart boxes the story's CSS gives at common screens (measured in Chromium: width × height), and
// the full-width boxes of the brief's box contract.
const BOXES: [string, number, number][] = [
	['360×740 phone', 328, 255],
	['375×667 phone', 343, 214],
	['390×844 phone', 358, 334],
	['390×844 phone, long title', 358, 313],
	['430×932 phone', 398, 362],
	// Since the source line left the pinned figure on phones (one-line / two-line title):
	['360×740 phone, plot owns the box', 328, 384],
	['360×740 phone, plot owns the box, long title', 328, 365],
	['375×667 phone, plot owns the box', 343, 343],
	['375×667 phone, plot owns the box, long title', 343, 324],
	['390×844 phone, plot owns the box', 358, 442],
	['390×844 phone, plot owns the box, long title', 358, 423],
	['430×932 phone, plot owns the box', 398, 491],
	['360×740 phone, no JavaScript', 328, 286],
	['contract 360×740', 360, 370],
	['contract 375×667', 375, 330],
	['contract 390×844', 390, 420],
	['768×1024 tablet', 736, 510],
	['1024×768 laptop', 528, 493],
	['1280×800 laptop', 656, 519],
	['1366×600 short laptop', 656, 400],
	['1920×1080 desktop', 656, 560]
];

describe('pickArtboard', () => {
	it.each(BOXES)('fits the %s box (%i×%i) at native size: text ≥ 12 px, thin bands', (_, w, h) => {
		const board = pickArtboard(w, h);
		const s = fitScale(board, w, h);
		// 13 px labels never drawn under 12 px.
		expect(s * 13).toBeGreaterThanOrEqual(12);
		expect(s).toBeLessThanOrEqual(1.15);
		// Empty bands around the drawing take at most a sixth of the box.
		expect((board.width * s * board.height * s) / (w * h)).toBeGreaterThanOrEqual(0.83);
	});

	it('keeps the nominal board (what the HTML shows) for a box not measured yet', () => {
		expect(pickArtboard(0, 0)).toBe(NOMINAL_BOARD);
		expect(pickArtboard(NaN, 400)).toBe(NOMINAL_BOARD);
		expect(pickArtboard(Infinity, 400)).toBe(NOMINAL_BOARD);
	});

	it('picks a board exactly when the box is one', () => {
		for (const b of ARTBOARDS) expect(pickArtboard(b.width, b.height)).toBe(b);
	});

	it('draws the HTML on a board no phone from 360 px up shrinks (no JavaScript: text ≥ 13 px)', () => {
		const boxes: [number, number][] = [
			[328, 286],
			[343, 286],
			[358, 265]
		];
		for (const [w, h] of boxes) expect(fitScale(NOMINAL_BOARD, w, h)).toBeGreaterThanOrEqual(1);
	});
});

describe('board ids', () => {
	it('round-trips every board and rejects anything else', () => {
		for (const b of ARTBOARDS) expect(parseBoardId(boardId(b))).toBe(b);
		expect(parseBoardId('361x420')).toBeUndefined();
		expect(parseBoardId('../x')).toBeUndefined();
		expect(new Set(ARTBOARDS.map(boardId)).size).toBe(ARTBOARDS.length);
	});
});

describe('renderArtboard', () => {
	it.each(CHART_IDS)('draws every state of %s on every board, at the board size', (chart) => {
		for (const state of chartStates(chart)) {
			for (const board of [ARTBOARDS[0]!, ARTBOARDS.at(-1)!]) {
				const svg = renderArtboard(chart, state, board, 'en');
				expect(svg.startsWith('<svg')).toBe(true);
				expect(svg.endsWith('</svg>')).toBe(true);
				expect(svg).toContain(`viewBox="0 0 ${board.width} ${board.height}"`);
				// One drawing, no hydration comments, no page chrome.
				expect(svg.match(/<svg/g)).toHaveLength(1);
				expect(svg).not.toContain('<!--');
				expect(svg).not.toContain('<div');
			}
		}
	});

	it('keeps the charts’ transitions, so moving between states animates', () => {
		expect(renderArtboard('flow', 'second', NOMINAL_BOARD, 'en')).toMatch(
			/transition:\s*transform/
		);
	});

	it('prefixes any id with the token in files and with the figure’s prefix in the page', () => {
		for (const chart of CHART_IDS)
			for (const state of chartStates(chart)) {
				const file = renderArtboard(chart, state, NOMINAL_BOARD, 'en');
				for (const [, id] of file.matchAll(/\bid="([^"]*)"/g))
					expect(id).toMatch(new RegExp(`^${ID_TOKEN}-`));
				const page = renderArtboard(chart, state, NOMINAL_BOARD, 'en', 'fig-x');
				expect(page).not.toContain(ID_TOKEN);
				// Same drawing once the page has put its prefix in.
				expect(file.replaceAll(ID_TOKEN, 'fig-x')).toBe(page);
			}
	});

	it('draws in the page language', () => {
		expect(renderArtboard('flow', 'extended', NOMINAL_BOARD, 'es')).toContain('compromisos');
	});
});

describe('renderFirstDrawings', () => {
	it('draws each section’s first state on the nominal board', () => {
		const story = storyText(buildStory('en'));
		const drawings = renderFirstDrawings(story);
		const sections = toSections(story.steps);
		expect(Object.keys(drawings)).toEqual(sections.map((s) => s.id));
		for (const s of sections) {
			// Without the marks faded out in that state: the chart adds them before it moves.
			expect(drawings[s.id]).toBe(
				dropFadedGroups(
					renderArtboard(s.chart, s.steps[0]!.state, NOMINAL_BOARD, 'en', `fig-${s.id}`)
				)
			);
		}
	});
});

describe('artboardEntries', () => {
	it('lists one file per language, chart and board', () => {
		const entries = artboardEntries();
		expect(entries).toHaveLength(2 * CHART_IDS.length * DRAWN_BOARDS.length);
		expect(entries).toContainEqual({ locale: 'es', name: `flow-${boardId(NOMINAL_BOARD)}` });
	});
});

describe('parseArtboardFile', () => {
	const url = '/charts/en/flow-360x420.json';
	it('accepts states of SVG markup', () => {
		expect(parseArtboardFile({ states: { a: '<svg></svg>' } }, url).states.a).toBe('<svg></svg>');
	});
	it.each([null, {}, { states: 3 }, { states: { a: 1 } }, { states: { a: '<div>' } }])(
		'says which file is wrong for %j',
		(json) => {
			expect(() => parseArtboardFile(json, url)).toThrow(url);
		}
	);
});

describe('tween', () => {
	it('eases from start to end', () => {
		expect(cubicInOut(0)).toBe(0);
		expect(cubicInOut(1)).toBe(1);
		expect(cubicInOut(0.5)).toBeCloseTo(0.5);
		const c = { from: 10, to: 110 };
		expect(valueAt(c, 0)).toBe(10);
		expect(valueAt(c, 1)).toBe(110);
		expect(valueAt(c, 2)).toBe(110);
		const samples = [0.1, 0.3, 0.5, 0.7, 0.9].map((t) => valueAt(c, t));
		expect([...samples].sort((a, b) => a - b)).toEqual(samples);
	});
});

describe('renderStepDrawings', () => {
	it('draws each step’s own state on the HTML board, for the page without JavaScript', () => {
		const steps = buildStory('en').steps;
		const drawings = renderStepDrawings(steps, 'en');
		expect(Object.keys(drawings)).toEqual(steps.map((s) => s.id));
		for (const s of steps) {
			const svg = drawings[s.id]!;
			expect(svg.startsWith('<svg')).toBe(true);
			expect(svg).toContain(`viewBox="0 0 ${NOMINAL_BOARD.width} ${NOMINAL_BOARD.height}"`);
			const live = renderArtboard(s.chart, s.state, NOMINAL_BOARD, 'en', `fig-step-${s.id}`);
			// The same drawing, less what is faded out (it never fades in: nothing morphs it).
			expect(svg).toBe(dropFadedGroups(live));
			expect(svg).not.toMatch(/opacity:\s*0;/);
			const shown = (markup: string) =>
				[...markup.matchAll(/<g data-mark="([^"]+)"[^>]*>/g)]
					.filter(([tag]) => !/opacity:\s*0;/.test(tag))
					.map(([, id]) => id);
			expect(shown(svg)).toEqual(shown(live));
		}
		// Two steps on the same chart in different states get different drawings.
		expect(drawings['founder']).not.toBe(drawings['objection']);
		// The flow's still drawings leave out its faded marks: in the claim, 26 marks are shown out
		// of the figure's 74, and the drawing is that much smaller.
		const claim = steps.find((s) => s.chart === 'flow' && s.state === 'claim')!;
		const marks = (svg: string) => svg.match(/<g data-mark=/g)?.length ?? 0;
		expect(marks(drawings[claim.id]!)).toBeLessThan(
			marks(renderArtboard('flow', 'claim', NOMINAL_BOARD, 'en'))
		);
		expect(drawings[claim.id]!.length).toBeLessThan(
			renderArtboard('flow', 'claim', NOMINAL_BOARD, 'en').length * 0.8
		);
	});
});

describe('artboard files', () => {
	const decode = (markup: string) =>
		markup.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
	it('hold every state in ASCII, the same drawing once the references are read', () => {
		for (const locale of ['en', 'es'] as const) {
			const file = artboardFile('flow', NOMINAL_BOARD, locale);
			for (const [state, markup] of Object.entries(file.states)) {
				expect(markup, `${locale} ${state}`).toMatch(/^\p{ASCII}*$/u);
				expect(decode(markup)).toBe(renderArtboard('flow', state, NOMINAL_BOARD, locale));
			}
		}
	});
	it('write characters outside ASCII as references, astral ones whole', () => {
		expect(asciiMarkup('<text>2013–2015 · Méx 😀 &amp;</text>')).toBe(
			'<text>2013&#8211;2015 &#183; M&#233;x &#128512; &amp;</text>'
		);
	});
});

describe('dropFadedGroups', () => {
	it('leaves out fully transparent groups with everything inside them, nested groups included', () => {
		const svg =
			'<svg><g data-mark="a" style="transform: translate(1px, 2px);"><path d="M0 0"></path></g>' +
			'<g data-mark="b" style="transform: translate(3px, 4px); opacity: 0;"><g><title>b</title></g><path d="M1 1"></path></g>' +
			'<g data-mark="c" style="opacity: 0.5;"><path d="M2 2"></path></g>' +
			'<g data-mark="d" style="opacity: 0"></g><text>kept</text></svg>';
		expect(dropFadedGroups(svg)).toBe(
			'<svg><g data-mark="a" style="transform: translate(1px, 2px);"><path d="M0 0"></path></g>' +
				'<g data-mark="c" style="opacity: 0.5;"><path d="M2 2"></path></g><text>kept</text></svg>'
		);
	});
	it('keeps a drawing with nothing faded exactly as it is', () => {
		const svg =
			'<svg><g style="opacity: 1;"><rect></rect></g><g><g></g></g>' +
			// Only the fill is transparent, or the attribute is not a style: still drawn.
			'<g style="fill-opacity: 0;"><path></path></g><g data-style="opacity: 0;"></g></svg>';
		expect(dropFadedGroups(svg)).toBe(svg);
	});
	it('says so when the markup is broken, instead of cutting the drawing short', () => {
		expect(() => dropFadedGroups('<svg><g style="opacity: 0;"><g></g></svg>')).toThrow(
			/never closed/
		);
	});
});
