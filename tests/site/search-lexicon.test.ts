/**
 * The search lexicon written beside each language's index (src/lib/search/lexicon.ts), and the files the
 * search page asks for ahead: every alternative the lexicon offers is a word of that language's pages,
 * every reading is katakana for a word written with kanji on those pages, and every file the search page
 * preloads exists, so the first query costs one round trip for all of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPageFiles } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';

const distDir = await site('demo');
const text = (lang: string) =>
  listPageFiles(distDir)
    .filter((p) => p.path.startsWith(`/${lang}/`))
    .map((p) => normalizeForSearch(readFileSync(p.file, 'utf8').replace(/<[^>]+>/g, ' ')).toLowerCase())
    .join('\n');

describe.each(['ja', 'en'])('the %s search lexicon', (lang) => {
  const lexicon = JSON.parse(readFileSync(join(distDir, `pagefind/lexicon.${lang}.json`), 'utf8')) as Lexicon;
  const pages = text(lang);

  it('offers only words its pages use, for words other than themselves', () => {
    const entries = Object.entries(lexicon.alt);
    expect(entries.length).toBeGreaterThan(0);
    const offered = [...new Set(entries.flatMap(([, v]) => v.map((w) => w.replace(/~$/, ''))))];
    expect(offered.filter((w) => !pages.includes(w))).toEqual([]);
    expect(entries.filter(([k, v]) => v.includes(k))).toEqual([]);
  });

  it('reads in katakana words written with kanji on its pages', () => {
    const entries = Object.entries(lexicon.read);
    if (lang === 'ja') expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter(([k]) => !/^[ァ-ヺー]+$/u.test(k))).toEqual([]);
    const words = [...new Set(entries.flatMap(([, v]) => v))];
    expect(words.filter((w) => !/\p{Script=Han}/u.test(w) || !pages.includes(w.toLowerCase()))).toEqual([]);
  });

  it('is preloaded, with Pagefind’s files, by the search page, and all of them exist', () => {
    const html = readFileSync(join(distDir, lang, 'search/index.html'), 'utf8');
    const files = /data-preload="([^"]+)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(files).toContain(`lexicon.${lang}.json`);
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => !existsSync(join(distDir, 'pagefind', f.replace(/\?.*$/, ''))))).toEqual([]);
    const tag = /data-pagefind-tag="([^"]+)"/.exec(html)?.[1];
    expect(files).toContain(`pagefind-entry.json?ts=${tag}`);
  });
});
