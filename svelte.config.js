import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Newsrooms publish under a sub-path (e.g. /graphics/2026/ogp-mexico), so the base path is read
 * from BASE_PATH at build time. SvelteKit wants it without a trailing slash.
 */
/** @returns {'' | `/${string}`} */
function basePath() {
	const raw = (process.env.BASE_PATH ?? '').trim();
	if (raw === '' || raw === '/') return '';
	return /** @type {`/${string}`} */ (`/${raw.replace(/^\/+|\/+$/g, '')}`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets a test build a second copy (e.g. under a sub-path) without touching build/.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true
		}),
		paths: { base: basePath(), relative: true },
		// Our stylesheets are small (about 7 KB in all): inlined, they cost no render-blocking
		// round trips before the first paint on a slow phone network.
		inlineStyleThreshold: 10_000,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $data: process.env.DATA_DIR || 'data' },
		// Lets parallel builds (benchmarks, side-by-side work) keep separate generated files.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit'
	}
};

export default config;
