import { describe, expect, it } from 'vitest';
import { buildStory, storyShell } from '$lib/story/build';
import { citedIds, plainText } from '$lib/story/copy';
import { renderStaticParts } from '$lib/story/static-parts';
import { toSections } from '$lib/scroll/sections';

describe.each(['en', 'es'] as const)('the %s story page', (locale) => {
	const story = buildStory(locale);
	const parts = renderStaticParts(locale);

	it('prerenders every step card with its own text, without hydration markers', () => {
		expect(Object.keys(parts.cards)).toEqual(story.copy.steps.map((s) => s.id));
		for (const step of story.copy.steps) {
			const html = parts.cards[step.id]!;
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
		expect(Object.keys(parts.drawings)).toEqual(toSections(story.steps).map((s) => s.id));
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
