/**
 * Builds the Pagefind search index of a built site, one index per language (Pagefind splits by
 * <html lang>). Page text is normalised (into a scratch copy) with the same function the browser
 * applies to queries, so full-width letters, variant kanji and katakana middle dots agree on both sides.
 * The integration runs it in `astro:build:done`, so `astro build` alone gives a searchable site.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { buildLexicon } from './lexicon.ts';
import { normalizeForSearch } from './normalize.ts';
import { readYamlValue } from '../content-tree/read.ts';

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
  /** The site's glossary.yaml, whose ja ↔ en pairs join the search lexicon. */
  glossary?: string;
  /** Filled with the seconds the lexicons took (readings and synonyms), part of the whole. */
  timings?: { lexiconSeconds?: number };
}

/** The text of a page (tags, scripts and styles gone), for the lexicon. */
const pageText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A language with more pages than this gets no page table: it would cost more than the round trip it saves. */
const PAGE_TABLE_LIMIT = 400;

/**
 * Each page of a language's index by its Pagefind id: [url, title, municipality, department, year], read
 * from the fragments Pagefind wrote. With it the search page shows the first results as soon as the index
 * answers, a round trip before their excerpts (the fragments) arrive.
 */
async function pageTable(out: string, lang: string): Promise<Record<string, string[]> | undefined> {
  const dir = join(out, 'fragment');
  const files = (await readdir(dir)).filter((f) => f.startsWith(`${lang}_`)).sort();
  if (files.length > PAGE_TABLE_LIMIT) return undefined;
  type Fragment = { url: string; meta: Record<string, string>; filters: Record<string, string[]> };
  const table: Record<string, string[]> = {};
  for (const file of files) {
    const raw = gunzipSync(await readFile(join(dir, file)));
    const json = JSON.parse(raw.subarray(raw.indexOf('{')).toString('utf8')) as Fragment | Record<string, Fragment>;
    // A fragment file holds one page, or (a fragment group) several by id.
    const entries =
      'url' in json && typeof json.url === 'string'
        ? [[file.replace(/\.pf_fragment$/, ''), json as Fragment] as const]
        : Object.entries(json as Record<string, Fragment>);
    for (const [id, f] of entries)
      table[id] = [f.url, f.meta.title ?? f.url, ...['municipality', 'department', 'year'].map((k) => f.filters[k]?.[0] ?? '')];
  }
  return table;
}

/** A language's index chunks are fetched with the rest when they weigh at most this much in all. */
const PRELOAD_CHUNKS_BYTES = 96 * 1024;

/**
 * Tells each language's search page which files its first query needs (Pagefind's script, entry, wasm
 * and metadata, the lexicon, and the index chunks of a small index), so it asks for all of them at once
 * when the reader focuses the box instead of one after another: on a slow connection each round trip
 * costs seconds. `data-pagefind-tag` is the index's version, which Pagefind appends to its entry's URL.
 */
async function addPreloads(site: string): Promise<void> {
  const dir = join(site, 'pagefind');
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const tag = Object.values(entry.languages)
    .map((l) => l.hash)
    .sort()
    .join('-');
  const chunkFiles = (await readdir(join(dir, 'index'))).sort();
  for (const [lang, { hash, wasm }] of Object.entries(entry.languages)) {
    const page = join(site, lang, 'search/index.html');
    const html = await readFile(page, 'utf8').catch(() => undefined);
    if (!html?.includes('data-search-form ')) continue;
    const chunks = chunkFiles.filter((f) => f.startsWith(`${lang}_`));
    const sizes = await Promise.all(chunks.map(async (f) => (await stat(join(dir, 'index', f))).size));
    const files = [
      'pagefind.js',
      `pagefind-entry.json?ts=${tag}`,
      `wasm.${wasm ?? 'unknown'}.pagefind`,
      `pagefind.${hash}.pf_meta`,
      `lexicon.${lang}.json`,
      ...(sizes.reduce((a, b) => a + b, 0) <= PRELOAD_CHUNKS_BYTES ? chunks.map((f) => `index/${f}`) : []),
    ];
    await writeFile(
      page,
      html.replace('data-search-form ', `data-search-form data-pagefind-tag="${tag}" data-preload="${files.join(' ')}" `),
    );
  }
}

/** Indexes the pages that carry `data-pagefind-body`; returns how many. */
export async function buildSearchIndex({
  site,
  out = join(site, 'pagefind'),
  stock = false,
  files,
  glossary,
  timings,
}: SearchIndexOptions): Promise<number> {
  // The pages to index, normalised, go to a scratch folder that Pagefind reads in one addDirectory
  // call: one request instead of one round trip per page, and the same bytes every run.
  const scratch = await mkdtemp(join(tmpdir(), 'search-index-'));
  try {
    const queue = (files ?? (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html'))).sort();
    // Pagefind starts while the pages are prepared, a few at a time, so the disk works while the next
    // page is normalised. The scratch folder's contents do not depend on the order.
    const created = pagefind.createIndex({});
    let pages = 0;
    const texts = new Map<string, string[]>();
    const prepare = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const html = await readFile(join(site, file), 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        await mkdir(dirname(join(scratch, file)), { recursive: true });
        const normalised = stock ? html : normalizeHtmlText(html);
        await writeFile(join(scratch, file), normalised);
        const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
        (texts.get(lang) ?? texts.set(lang, []).get(lang)!).push(`${file}\u0000${pageText(normalised)}`);
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
    if (!stock) {
      const started = performance.now();
      // A site without a glossary has no pairs to add.
      const yaml = glossary ? await readFile(glossary, 'utf8').catch(() => '') : '';
      const terms = ((readYamlValue(yaml) as { terms?: { ja: string; en?: string }[] } | null)?.terms ?? []).filter(
        (t) => typeof t.ja === 'string',
      );
      // Sorted by file, so the lexicon's bytes do not depend on which page was read first.
      for (const [lang, list] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const lexicon = await buildLexicon(
          list.sort().map((t) => t.slice(t.indexOf('\u0000') + 1)),
          terms,
        );
        await writeFile(join(out, `lexicon.${lang}.json`), JSON.stringify({ ...lexicon, pages: await pageTable(out, lang) }));
      }
      if (timings) timings.lexiconSeconds = (performance.now() - started) / 1000;
      if (out === join(site, 'pagefind')) await addPreloads(site);
    }
    return pages;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
