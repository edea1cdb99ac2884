/**
 * Folder borders in src/lib, checked by `npm run lint` (dependency-cruiser). The charts draw; the
 * story, the embeds, the scrolling and the slides use them, never the other way round. No module
 * may import itself back through others.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
	forbidden: [
		{
			name: 'charts-stand-alone',
			comment:
				'src/lib/charts draws charts for any page: it must not import the story, the embeds, ' +
				'the scrolling or the slides (pass what a chart needs as props or move it to a neutral folder).',
			severity: 'error',
			from: { path: '^src/lib/charts/' },
			to: { path: '^src/lib/(story|embed|scroll|present)/' }
		},
		{
			name: 'no-cycles',
			comment: 'Two modules that import each other (directly or through others) are one module.',
			severity: 'error',
			from: { path: '^src/' },
			to: { circular: true }
		}
	],
	options: {
		doNotFollow: { path: ['node_modules', '^\\.svelte-kit/'] },
		exclude: { path: ['^\\.svelte-kit/', '^build/'] },
		// Type-only imports count too: a type is as much a border crossing as a value.
		tsPreCompilationDeps: true,
		// $lib and $data (SvelteKit's aliases); $app/* is SvelteKit's own and left unresolved.
		webpackConfig: { fileName: '.dependency-cruiser.aliases.cjs' },
		// The project's compiler options; verbatimModuleSyntax (from SvelteKit's tsconfig) keeps a
		// .svelte file's imports that only its markup uses. (Type-only imports inside .svelte files
		// are dropped by that transpile and not checked; in .ts files they are.)
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte', '.json'],
			conditionNames: ['import', 'svelte', 'default']
		},
		reporterOptions: { text: { highlightFocused: true } }
	}
};
