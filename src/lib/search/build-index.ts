/**
 * Builds the Pagefind search index of a built site, one index per language (Pagefind splits by
 * <html lang>). Page text is normalised (into a scratch copy) with the same function the browser
 * applies to queries, so full-width letters, variant kanji and katakana middle dots agree on both sides.
 * The integration runs it in `astro:build:done`, so `astro build` alone gives a searchable site.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { normalizeForSearch } from './normalize.ts';

/** Normalises the text between tags, leaving markup and attribute values (titles, filters) as they are. */
export function normalizeHtmlText(html: string): string {
  // NFKC turns full-width ＜ ＞ into < >: escape them again, or text would become markup for Pagefind.
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${normalizeForSearch(text).replace(/</g, '&lt;').replace(/>/g, '&gt;')}<`);
}

export interface SearchIndexOptions {
  /** The built site (dist/). */
  site: string;
  /** Where the index goes; `<site>/pagefind` by default. */
  out?: string;
  /** An unnormalised index, to measure what the normalisation buys. */
  stock?: boolean;
  /**
   * The pages to index, relative to `site` (the build passes the files of its searched routes). Without
   * it, every HTML file of the site is read and those carrying `data-pagefind-body` are indexed.
   */
  files?: string[];
}

/** Indexes the pages that carry `data-pagefind-body`; returns how many. */
export async function buildSearchIndex({ site, out = join(site, 'pagefind'), stock = false, files }: SearchIndexOptions): Promise<number> {
  // The pages to index, normalised, go to a scratch folder that Pagefind reads in one addDirectory
  // call: one request instead of one round trip per page, and the same bytes every run.
  const scratch = await mkdtemp(join(tmpdir(), 'search-index-'));
  try {
    const queue = (files ?? (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html'))).sort();
    // Pagefind starts while the pages are prepared, a few at a time, so the disk works while the next
    // page is normalised. The scratch folder's contents do not depend on the order.
    const created = pagefind.createIndex({});
    let pages = 0;
    const prepare = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const html = await readFile(join(site, file), 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        await mkdir(dirname(join(scratch, file)), { recursive: true });
        await writeFile(join(scratch, file), stock ? html : normalizeHtmlText(html));
        pages++;
      }
    };
    await Promise.all(Array.from({ length: 8 }, prepare));
    const { index, errors } = await created;
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length || added.page_count !== pages)
      throw new Error(`${added.errors.join('\n')} (${added.page_count} of ${pages} pages indexed)`);
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    await pagefind.close();
    return pages;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
