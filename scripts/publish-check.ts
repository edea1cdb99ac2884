// Run first by `npm run build`: refuses a publication build (PUBLISH=1) without SITE_URL, and a
// SITE_URL that is not an absolute http(s) address, saying why (see src/lib/share/publish.ts).
import { publishProblem } from '../src/lib/share/publish.ts';

const problem = publishProblem(process.env);
if (problem) {
	console.error(`npm run build: ${problem}`);
	process.exit(1);
}
