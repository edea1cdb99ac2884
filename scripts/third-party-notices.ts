/**
 * `tsx scripts/third-party-notices.ts [out]`: write THIRD_PARTY_NOTICES.txt (default into static/,
 * so the build ships it at the site root). Run by `npm run build`; the file is not committed.
 */
import { writeFileSync } from 'node:fs';
import { collectNotices, formatNotices } from './lib/notices.ts';

const out = process.argv[2] ?? 'static/THIRD_PARTY_NOTICES.txt';
const notices = collectNotices(process.cwd());
writeFileSync(out, formatNotices(notices));
console.log(`Wrote ${out}: ${notices.length} packages.`);
