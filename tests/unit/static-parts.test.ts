import { describe, expect, it } from 'vitest';
import { buildStory, storyShell, storyText } from '$lib/story/build';
import { ISLAND_ATTRIBUTE } from '$lib/islands';
import { citedIds, plainText } from '$lib/story/copy';
import { renderSectionPieces, renderStaticParts } from '$lib/story/static-parts';
import { toSections } from '$lib/scroll/sections';

describe.each(['en', 'es'] as const)('the %s story page', (locale) => {
	const story = buildStory(locale);
	const parts = renderStaticParts(locale);
	const pieces = renderSectionPieces(storyText(story));

	it('prerenders every step card with its own text, without hydration markers', () => {
		expect(Object.keys(pieces.cards)).toEqual(story.copy.steps.map((s) => s.id));
		for (const step of story.copy.steps) {
			const html = pieces.cards[step.id]!;
			// The short card text, then its detail behind a "more" disclosure.
			const [card, more = ''] = html.split('<details');
			expect(card!.match(/<p>/g)).toHaveLength(step.text.length);
			expect(more.match(/<p>/g) ?? []).toHaveLength(step.more.length);
			if (step.more.length > 0) expect(more).toMatch(/^ class="more"><summary>/);
			// Its words (the first few of the first paragraph) are there.
			const words = plainText(step.text[0]!).split(' ').slice(0, 3).join(' ');
			expect(html.replace(/<[^>]+>/g, '')).toContain(words);
			expect(html).not.toContain('<!--');
		}
	});

	it('prerenders the intro and the end, with every source listed once', () => {
		expect(parts.intro.match(/<p class="nut">/g)).toHaveLength(story.copy.intro.length);
		expect(parts.intro).toContain('class="hero-graphic"');
		expect(parts.intro).toContain('class="known"');
		for (const s of story.sources) {
			expect(parts.end.split(`id="source-${s.id}"`)).toHaveLength(2);
		}
		expect(parts.end).toContain('class="prose story-end findings"');
		expect(parts.end).not.toContain('<!--');
	});

	it('draws each section’s first chart', () => {
		expect(Object.keys(pieces.drawings)).toEqual(toSections(story.steps).map((s) => s.id));
	});

	it('renders each section in reading order in an element of its own, ready to hydrate', () => {
		const ids = toSections(story.steps).map((s) => s.id);
		const islands = [...parts.sections.matchAll(/<div class="island" ([a-z-]+)="([^"]+)">/g)];
		expect(islands.map((m) => m[1])).toEqual(ids.map(() => ISLAND_ATTRIBUTE));
		expect(islands.map((m) => m[2])).toEqual(ids);
		for (const chunk of parts.sections.split('<div class="island" ').slice(1)) {
			// Svelte hydrates from the component's start marker, which must open the element.
			expect(chunk).toMatch(/^data-island="[^"]+"><!--\[-->/);
		}
		// Every step's card text and its no-JS figure are inside, once each.
		for (const step of story.steps) {
			expect(parts.sections.split(`data-step="${step.id}"`)).toHaveLength(2);
			expect(parts.sections).toContain(pieces.figures[step.id]!);
		}
	});

	it('sends the browser only what changes with the steps', () => {
		const shell = storyShell(story);
		expect(Object.keys(shell.copy).sort()).toEqual([
			'byline',
			'dek',
			'headline',
			'published',
			'publishedText',
			'updated',
			'updatedText'
		]);
		expect(shell.steps).toEqual(story.steps);
		const cited = new Set(story.steps.flatMap((s) => citedIds(s.description)));
		expect(cited.size).toBeGreaterThan(0);
		expect(shell.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
		// Numbered as in the full list, so a description's [n] matches the sources at the end.
		for (const s of shell.sources) expect(s).toEqual(story.sources.find((x) => x.id === s.id));
	});
});
