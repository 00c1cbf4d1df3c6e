/**
 * No leaked keys, no text in the wrong language, on every built page of the demo site and of every
 * fixture site (built by tests/helpers/sites.ts):
 * - no page shows a dictionary key (`taishou.cell`, `field.source`) or an unfilled {placeholder};
 * - on a Japanese page no label (th, dt, caption, summary, legend, label, a heading, a 新旧対照表 field
 *   row) is in ASCII words, such as a schema field name ("source") or "URL", unless the words are the
 *   site's own data (a text of its content files);
 * - on an English page no label is a bare schema field name (lower camelCase, "documentType") unless it
 *   is data, and no text or accessible name holds kana or kanji outside an element marked lang="ja"
 *   (content shown in Japanese for want of English must say so).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/ja.ts';
import { en } from '../../src/i18n/en.ts';
import { decodeEntities, tokenize, VOID_ELEMENTS } from '../helpers/html.ts';
import { langOfPath, listPageFiles, projectRoot } from '../helpers/pages.ts';
import { allSites } from '../helpers/sites.ts';

interface El {
  name: string;
  attrs: Record<string, string>;
  parent?: El;
  children: (El | string)[];
}

/** Elements whose content is not text a reader sees as page text. */
const NOT_TEXT = new Set(['script', 'style', 'title', 'template', 'noscript', 'head']);
/** Elements that label something: their words must come from the dictionary or the data. */
const LABELS = new Set(['th', 'dt', 'caption', 'summary', 'legend', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Attributes that are read out or shown as text. */
const TEXT_ATTRS = ['aria-label', 'alt', 'title', 'placeholder'];

/** The page as a tree of elements and texts (enough for Astro's well-formed output). */
function parse(html: string): El {
  const root: El = { name: '#root', attrs: {}, children: [] };
  let current = root;
  let pos = 0;
  for (const tag of tokenize(html)) {
    const text = html.slice(pos, tag.offset);
    if (text && !NOT_TEXT.has(current.name)) current.children.push(decodeEntities(text));
    pos = tag.endOffset;
    if (tag.end) {
      let open: El | undefined = current;
      while (open && open !== root && open.name !== tag.name) open = open.parent;
      if (open && open !== root) current = open.parent!;
      continue;
    }
    const el: El = { name: tag.name, attrs: tag.attrs, parent: current, children: [] };
    current.children.push(el);
    if (!VOID_ELEMENTS.has(tag.name) && !tag.selfClosing) current = el;
  }
  return root;
}

function* elements(el: El): Generator<El> {
  for (const child of el.children) {
    if (typeof child === 'string') continue;
    yield child;
    yield* elements(child);
  }
}

const langOf = (el: El | undefined): string | undefined => {
  for (let e = el; e; e = e.parent) if (e.attrs.lang !== undefined) return e.attrs.lang;
  return undefined;
};
const describeEl = (el: El) =>
  `<${el.name}${el.attrs.id ? `#${el.attrs.id}` : ''}${el.attrs.class ? `.${el.attrs.class.split(/\s+/).join('.')}` : ''}>`;
const snippet = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 80));
const isLabel = (el: El) => LABELS.has(el.name) || /\btaishou-field\b/.test(el.attrs.class ?? '');
/** Code (a file name, a column or field name in a data dictionary) is shown as it is spelt, not worded. */
const CODE = new Set(['code', 'kbd', 'samp']);
const inCode = (el: El | undefined) => {
  for (let e = el; e; e = e.parent) if (CODE.has(e.name)) return true;
  return false;
};
/** An element's text outside code. */
const wordsOf = (el: El): string =>
  NOT_TEXT.has(el.name) || CODE.has(el.name) ? '' : el.children.map((c) => (typeof c === 'string' ? c : wordsOf(c))).join('');

/** Every dictionary key with a dot ('field.source'); a key may not appear as text anywhere. */
const KEYS = new Set(Object.keys(ja).filter((k) => k.includes('.')));
/** The placeholders the dictionaries fill ({year}); one left in text means a missing value. */
const PLACEHOLDERS = new Set([...Object.values(ja), ...Object.values(en)].flatMap((v) => [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[0])));
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A label's parts: the 新旧対照表 joins item and field with " — " and nested fields with " › ". */
const labelParts = (text: string) =>
  text
    .split(/\s+[—›]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
/** Words in ASCII only: letters, with digits and punctuation between them. */
const ASCII_WORDS = /^(?=.*[A-Za-z]{2})[\x20-\x7e]+$/;
/** A schema field name as code spells it: documentType, rowHeaders, cell[1,2]. */
const FIELD_NAME = /^[a-z]+(?:[A-Z][a-z]*)*(?:\[[\d,]+\])?$/;

function keysIn(text: string): string[] {
  const found = [...text.matchAll(/[A-Za-z][\w-]*(?:\.[\w-]+)+/g)].map((m) => m[0]).filter((k) => KEYS.has(k));
  return [...found, ...[...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).filter((p) => PLACEHOLDERS.has(p))];
}

/** Every text of a content tree (YAML values, trimmed): what a page may show as data. */
function contentTexts(dir: string): Set<string> {
  const texts = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      const trimmed = value.trim();
      texts.add(trimmed);
      for (const line of trimmed.split('\n')) texts.add(line.trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    for (const doc of parseAllDocuments(readFileSync(join(entry.parentPath, entry.name), 'utf8')))
      if (!('errors' in doc && doc.errors.length)) walk(doc.toJS());
  }
  return texts;
}

/** What is wrong with the language of one page's text. */
function languageProblems(html: string, lang: 'ja' | 'en', data: Set<string>): string[] {
  const problems: string[] = [];
  const root = parse(html);
  // A title may be shown after its number ("2 Title", "(1) Title").
  const isData = (text: string) => data.has(text.trim()) || data.has(text.trim().replace(/^[\d.()（）]+\s*/, ''));
  for (const el of elements(root)) {
    if (NOT_TEXT.has(el.name)) continue;
    const own = el.children.filter((c): c is string => typeof c === 'string').join(' ');
    const attrTexts = TEXT_ATTRS.map((a) => el.attrs[a]).filter((v): v is string => Boolean(v));
    for (const text of inCode(el) ? attrTexts : [own, ...attrTexts]) {
      for (const key of keysIn(text)) problems.push(`${describeEl(el)} shows the key ${key}: ${snippet(text)}`);
    }
    if (lang === 'en' && langOf(el) !== 'ja') {
      for (const text of [own, ...attrTexts])
        if (JAPANESE.test(text)) problems.push(`${describeEl(el)} has Japanese outside lang="ja": ${snippet(text)}`);
    }
    if (isLabel(el) && (langOf(el) ?? lang) === lang) {
      const text = wordsOf(el).trim();
      if (!text || isData(text)) continue;
      for (const part of labelParts(text)) {
        if (isData(part)) continue;
        if (lang === 'ja' && ASCII_WORDS.test(part))
          problems.push(`${describeEl(el)} is labelled in English on a Japanese page: ${snippet(part)} in ${snippet(text)}`);
        if (lang === 'en' && FIELD_NAME.test(part))
          problems.push(`${describeEl(el)} is labelled with a bare field name: ${snippet(part)} in ${snippet(text)}`);
      }
    }
  }
  return problems;
}

const contentDirOf = (site: string) =>
  site === 'demo' ? join(projectRoot, 'content') : join(projectRoot, 'tests/fixtures', site, 'content');

describe('the checks themselves', () => {
  const data = new Set(['DX', 'Mitaka City']);
  it('find a key, an English label on a Japanese page, Japanese outside lang="ja" on an English page', () => {
    expect(
      languageProblems(
        '<main><p>taishou.cell</p><table><tbody><tr><th class="taishou-field">source — URL</th></tr></tbody></table></main>',
        'ja',
        data,
      ),
    ).toEqual([
      '<p> shows the key taishou.cell: "taishou.cell"',
      '<th.taishou-field> is labelled in English on a Japanese page: "source" in "source — URL"',
      '<th.taishou-field> is labelled in English on a Japanese page: "URL" in "source — URL"',
    ]);
    expect(
      languageProblems('<main><dl><dt>documentType</dt><dd>三鷹市</dd></dl><p aria-label="{year} 年">x</p></main>', 'en', data),
    ).toEqual([
      '<dt> is labelled with a bare field name: "documentType" in "documentType"',
      '<dd> has Japanese outside lang="ja": "三鷹市"',
      '<p> shows the key {year}: "{year} 年"',
      '<p> has Japanese outside lang="ja": "{year} 年"',
    ]);
  });
  it('let data and marked fallbacks pass', () => {
    expect(
      languageProblems(
        '<main><h2>DX</h2><table><tr><th>出典 — 掲載場所</th><td>2020</td></tr><tr><th><code>value_fiscal_year</code></th><td><code>source.note</code></td></tr></table></main>',
        'ja',
        data,
      ),
    ).toEqual([]);
    expect(
      languageProblems(
        '<main lang="en"><h2>Mitaka City</h2><p><span lang="ja">三鷹市</span> <small>Japanese only</small></p></main>',
        'en',
        data,
      ),
    ).toEqual([]);
  });
});

describe.each(await allSites())('every page of the $name site', ({ name, dir }) => {
  const data = contentTexts(contentDirOf(name));
  const pages = listPageFiles(dir).filter((p) => langOfPath(p.path));

  it('has pages in both languages', () => {
    expect(new Set(pages.map((p) => langOfPath(p.path)))).toEqual(new Set(['ja', 'en']));
  });

  it.each(['ja', 'en'] as const)('%s pages show no key and no text in the other language', (lang) => {
    const problems = pages
      .filter((p) => langOfPath(p.path) === lang)
      .flatMap((p) => [...new Set(languageProblems(readFileSync(p.file, 'utf8'), lang, data))].map((problem) => `${p.path}: ${problem}`));
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });
});
