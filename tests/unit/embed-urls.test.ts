import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	EMBED_EDITIONS,
	editionRedirect,
	embedPath,
	localeOfPath,
	storyPath
} from '../../src/lib/embed/editions';
import { siteRootOf } from '../../src/lib/embed/oembed';
import { embedCode, embedUrl, stepForState } from '../../src/lib/embed/snippets';
import { STEPS } from '../../src/lib/story/steps';
import { match } from '../../src/params/lang';

describe('embed URLs', () => {
	it('puts English at embed/<name>/ and other languages under their code', () => {
		expect(embedPath('en', 'flow')).toBe('embed/flow/');
		expect(embedPath('es', 'flow')).toBe('es/embed/flow/');
		expect(embedPath('en', 'story')).toBe('embed/story/');
		expect(storyPath('/base/', 'en')).toBe('/base/');
		expect(storyPath('/base/', 'es')).toBe('/base/es/');
	});

	it('tells the language from the path, as the server does', () => {
		expect(localeOfPath('/')).toBe('en');
		expect(localeOfPath('/graphics/es/')).toBe('es');
		expect(localeOfPath('/es')).toBe('es');
		expect(localeOfPath('/estimates/')).toBe('en');
	});

	it('lists an edition exactly when the route tree publishes it', () => {
		const published = (['en', 'es', 'fr', 'pt'] as const).filter((l) => l === 'en' || match(l));
		expect(published).toEqual([...EMBED_EDITIONS]);
		expect(match('en')).toBe(false);
		expect(match('data')).toBe(false);
		expect(existsSync('src/routes/[[lang=lang]]/embed/[chart]/+page.server.ts')).toBe(true);
		expect(existsSync('src/routes/[[lang=lang]]/embed/story/+page.server.ts')).toBe(true);
	});
});

describe('editionRedirect', () => {
	const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

	it('goes to a published edition, keeping the other parameters', () => {
		expect(
			editionRedirect(
				at('/graphics/embed/flow/', '?lang=es&step=sectors&childId=g'),
				'en',
				'es',
				'flow',
				['en', 'es']
			)
		).toEqual({ href: '/graphics/es/embed/flow/?step=sectors&childId=g', message: null });
		expect(
			editionRedirect(at('/es/embed/story/', '?lang=en'), 'es', 'en', 'story', ['en', 'es'])
		).toEqual({ href: '/embed/story/', message: null });
	});

	it('stays, with a message, while the edition is not published', () => {
		const r = editionRedirect(at('/embed/flow/', '?lang=es'), 'en', 'es', 'flow', ['en']);
		expect(r.href).toBeNull();
		expect(r.message).toContain('not published in that language yet');
	});

	it('stays, silently, when asked for its own language', () => {
		expect(editionRedirect(at('/embed/flow/', '?lang=en'), 'en', 'en', 'flow')).toEqual({
			href: null,
			message: null
		});
	});

	it('stays when it cannot tell where it sits', () => {
		const r = editionRedirect(at('/embed/flow/index.html'), 'en', 'es', 'flow', ['en', 'es']);
		expect(r.href).toBeNull();
		expect(r.message).toContain('cannot tell');
	});
});

describe('embed code', () => {
	const target = {
		siteRoot: 'https://news.example/graphics/ogp/',
		name: 'flow' as const,
		locale: 'en' as const,
		step: 'sectors',
		title: 'Commitments, plan by plan'
	};

	it('presets the step and, for an unpublished language, asks for it', () => {
		expect(embedUrl(target)).toBe('https://news.example/graphics/ogp/embed/flow/?step=sectors');
		expect(embedUrl({ ...target, locale: 'es', step: null })).toBe(
			EMBED_EDITIONS.includes('es')
				? 'https://news.example/graphics/ogp/es/embed/flow/'
				: 'https://news.example/graphics/ogp/embed/flow/?lang=es'
		);
	});

	it('gives an iframe our script can find, with a title and a fallback height', () => {
		const { iframe, pym, url } = embedCode(target);
		expect(iframe).toContain(`<iframe src="${url}"`);
		expect(iframe).toContain('title="Commitments, plan by plan"');
		expect(iframe).toContain('data-ogp-embed');
		expect(iframe).toMatch(/height="\d+"/);
		expect(iframe).toContain(
			'<script src="https://news.example/graphics/ogp/embed.js" async></script>'
		);
		expect(pym).toBe(
			'<div id="ogp-embed-flow"></div>\n<script>new pym.Parent("ogp-embed-flow", "https://news.example/graphics/ogp/embed/flow/?step=sectors", { title: "Commitments, plan by plan" });</script>'
		);
	});

	it('escapes what it puts in attributes and scripts', () => {
		const { iframe, pym } = embedCode({ ...target, title: 'A "quoted" </script><b>' });
		expect(iframe).toContain('title="A &quot;quoted&quot; &lt;/script&gt;&lt;b&gt;"');
		expect(pym).toContain('"A \\"quoted\\" \\u003c/script>\\u003cb>"');
		expect(pym.match(/<\/script>/g)).toHaveLength(1);
	});

	it('finds the step for every chart state the story shows', () => {
		for (const step of STEPS) expect(stepForState(STEPS, step.chart, step.state)).toBe(step.id);
		expect(stepForState(STEPS, 'flow', 'no-such-state')).toBeNull();
	});
});

describe('siteRootOf', () => {
	const url = new URL('http://sveltekit-prerender/graphics/embed/flow/oembed.json');

	it('finds the root from the file’s own path', () => {
		expect(siteRootOf(url, 'embed/flow/', null)).toBe('/graphics/');
	});

	it('uses SITE_URL when set', () => {
		expect(siteRootOf(url, 'embed/flow/', 'https://news.example/graphics')).toBe(
			'https://news.example/graphics/'
		);
	});

	it('refuses a path it does not expect', () => {
		expect(siteRootOf(url, 'embed/story/', null)).toBeNull();
	});
});
