/**
 * The publication check run first by `npm run build`: a build for publication (`PUBLISH=1`) needs
 * SITE_URL, because social cards, oEmbed files and canonical links must carry absolute URLs that
 * resolve from other sites; a local build without it keeps working with relative ones.
 */
export function publishProblem(env: Record<string, string | undefined>): string | null {
	const site = env.SITE_URL?.trim() ?? '';
	const publishing = /^(1|true|yes)$/i.test(env.PUBLISH?.trim() ?? '');
	if (site) {
		let url: URL | null = null;
		try {
			url = new URL(site);
		} catch {
			url = null;
		}
		if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash)
			return (
				`SITE_URL must be the absolute http(s) address the site is published at, without ` +
				`query or hash (e.g. https://example.org/graphics/2026/ogp-mexico), not "${site}"`
			);
		return null;
	}
	if (publishing)
		return (
			'PUBLISH=1 needs SITE_URL: social cards (og:image), oEmbed files and canonical links must be ' +
			'absolute URLs for other sites to resolve them. Set it to the address the site will live at, ' +
			'e.g. SITE_URL=https://example.org/graphics/2026/ogp-mexico PUBLISH=1 npm run build'
		);
	return null;
}
