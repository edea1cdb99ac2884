import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load';
import { toTimelineData } from '../../../src/lib/charts/timeline/data';
import { toTimelineLayout } from '../../../src/lib/charts/timeline/layout';
import { HIGHLIGHTS, TIMELINE_STATES } from '../../../src/lib/charts/timeline/states';
import { overlaps } from '../../../src/lib/charts/text';
import { LOCALES, textFor } from './locales';

const data = toTimelineData(loadDataset(), 'en');
const opts = textFor('timeline', 'en');
const SIZES = [
	[288, 320],
	[360, 420],
	[700, 600]
] as const;

describe('timeline data', () => {
	it('holds every event, in order, with year-only dates spanning their year', () => {
		expect(data.items).toHaveLength(loadDataset().events.length);
		const reject = data.items.find((i) => i.id === '2011-csos-reject-plan')!;
		expect(new Date(reject.start).toISOString().slice(0, 10)).toBe('2011-01-01');
		expect(new Date(reject.end).toISOString().slice(0, 10)).toBe('2012-01-01');
		expect(new Date(data.domain[0]).getUTCFullYear()).toBe(2011);
		expect(new Date(data.domain[1]).getUTCFullYear()).toBe(2018);
	});

	it('lights only events that exist', () => {
		const ids = new Set(data.items.map((i) => i.id));
		for (const list of Object.values(HIGHLIGHTS)) for (const id of list) expect(ids).toContain(id);
	});
});

const CASES = LOCALES.flatMap((locale) => SIZES.map(([w, h]) => [locale, w, h] as const));

describe.each(CASES)('timeline layout in %s at %i×%i', (locale, width, height) => {
	const data = toTimelineData(loadDataset(), locale);
	const opts = textFor('timeline', locale);
	it.each(TIMELINE_STATES)('%s: everything inside the box, no label overlaps', (state) => {
		const l = toTimelineLayout(data, state, width, height, opts);
		expect(l.marks).toHaveLength(data.items.length);
		for (const m of l.marks) {
			expect(m.x).toBeGreaterThanOrEqual(0);
			expect(m.x).toBeLessThanOrEqual(width);
			expect(m.y1).toBeGreaterThanOrEqual(0);
			expect(m.y2).toBeLessThanOrEqual(height);
		}
		expect(l.labels.map((x) => x.id)).toEqual(
			data.items.filter((i) => HIGHLIGHTS[state].includes(i.id)).map((i) => i.id)
		);
		const boxes = [...l.labels.map((x) => x.box), ...l.legend.map((x) => x.box)];
		for (const b of boxes) {
			expect(b.x + b.width).toBeLessThanOrEqual(width + 0.5);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.y + b.height).toBeLessThanOrEqual(height + 0.5);
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
	});
});

it('draws a year-only event as a span, not a point on 1 January', () => {
	const l = toTimelineLayout(data, 'objection', 360, 420, opts);
	const reject = l.marks.find((m) => m.id === '2011-csos-reject-plan')!;
	const stt = l.marks.find((m) => m.id === '2011-12-stt-created')!;
	expect(reject.y2 - reject.y1).toBeGreaterThan(20);
	expect(stt.y2 - stt.y1).toBeLessThan(10);
	expect(l.labels.find((x) => x.id === '2011-csos-reject-plan')!.lines[0]).toBe('2011');
});

it('dates and words its labels in Spanish', () => {
	const es = toTimelineData(loadDataset(), 'es');
	const l = toTimelineLayout(es, 'founding', 360, 420, textFor('timeline', 'es'));
	expect(l.legend.map((x) => x.label)).toEqual([
		'Plan',
		'Institución',
		'Conflicto',
		'Cumbre',
		'Hito'
	]);
	const launch = l.labels.find((x) => x.id === '2011-09-20-ogp-launch')!;
	expect(launch.lines[0]).toBe('20 de septiembre de 2011');
	expect(launch.lines.slice(1).join(' ')).toMatch(/^Se lanza en Nueva York/);
	expect(l.marks.find((m) => m.id === '2011-csos-reject-plan')!.title).toMatch(
		/^2011: Las organizaciones de la sociedad civil rechazan/
	);
});
