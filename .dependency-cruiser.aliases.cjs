// SvelteKit's import aliases for dependency-cruiser, in the webpack shape it reads
// (.dependency-cruiser.cjs → options.webpackConfig). Keep in step with svelte.config.js `alias`.
module.exports = {
	resolve: {
		alias: {
			$lib: `${__dirname}/src/lib`,
			$data: `${__dirname}/data`
		}
	}
};
