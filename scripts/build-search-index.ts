/**
 * Builds the Pagefind search index for dist/ after `astro build`, one index per language (Pagefind
 * splits by <html lang>). Page text is normalised in memory with the same function the browser
 * applies to queries, so full-width letters, variant kanji and katakana middle dots agree on both sides.
 * `--stock` writes an unnormalised index instead (for measuring what the normalisation buys).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { normalizeForSearch } from '../src/lib/search/normalize.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { site: { type: 'string', default: join(root, 'dist') }, out: { type: 'string' }, stock: { type: 'boolean', default: false } } });
const site = values.site;
const out = values.out ?? join(site, 'pagefind');

/** Normalises the text between tags, leaving markup and attribute values (titles, filters) as they are. */
export function normalizeHtmlText(html: string): string {
  // NFKC turns full-width ＜ ＞ into < >: escape them again, or text would become markup for Pagefind.
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${normalizeForSearch(text).replace(/</g, '&lt;').replace(/>/g, '&gt;')}<`);
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(errors.join('\n'));
let pages = 0;
const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
for (const file of files) {
  const html = await readFile(join(site, file), 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const url = `/${relative(site, join(site, file)).split(sep).join('/').replace(/index\.html$/, '')}`;
  const result = await index.addHTMLFile({ url, content: values.stock ? html : normalizeHtmlText(html) });
  if (result.errors.length) throw new Error(`${file}: ${result.errors.join(', ')}`);
  pages++;
}
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`search index: ${pages} pages → ${relative(root, out) || out}`);
