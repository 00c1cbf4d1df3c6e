/**
 * Change history from git: the Atom feeds (/ja/feed.xml, /en/feed.xml) are well-formed Atom; the demo's
 * plans have no change notes (changes), so each has one entry, for its first publication (the first
 * commit of its file), with a title the site writes, newest first, each linking to a built plan page;
 * and each plan page lists the commits that changed its file (date and number), newest first. No
 * commit's message is on a page or in a feed: it is written for developers, not as a note to citizens
 * (issue 23). The content files are committed in this repository, so the history is real. Plans with
 * change notes: tests/site/change-notes.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { fileHistory, type FileCommit } from '../../src/lib/git/file-history.ts';
import { formatDate } from '../../src/lib/view/format.ts';
import { validateContent, type PlanRecord } from '../../src/lib/validate/validate-content.ts';
import { decodeEntities } from '../helpers/html.ts';
import { PLAN_PAGE, projectRoot } from '../helpers/pages.ts';
import { pageText } from './page-text.ts';
import { site as builtSite } from '../helpers/sites.ts';

const distDir = await builtSite('demo');

const LANGS = ['ja', 'en'] as const;
const FEED_SIZE = 50;
const site = new URL(astroConfig.site ?? 'https://plans.example.org');
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

let plans: PlanRecord[] = [];
beforeAll(async () => {
  const { content } = await validateContent(projectRoot);
  if (!content) throw new Error('content/ is not valid');
  plans = content.plans;
});

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict little XML reader, enough to prove a feed well-formed: one root, every tag closed in order,
 * quoted and unique attributes, no stray `<` or `&` in text. Throws on the first problem.
 */
function parseXml(xml: string): XmlElement {
  const token =
    /<\?xml[^?]*\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  const checkText = (text: string, at: number) => {
    if (text.includes('<')) throw new Error(`stray "<" at ${at}`);
    const bad = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
    if (bad) throw new Error(`bare "&" at ${at + bad.index}`);
  };
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  if (!xml.startsWith('<?xml')) throw new Error('no XML declaration');
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    checkText(text, i);
    if (stack.length === 1 && text.trim()) throw new Error(`text outside the root element at ${i}`);
    stack.at(-1)!.text += decodeEntities(text);
    if (lt < 0) break;
    token.lastIndex = lt;
    const m = token.exec(xml);
    if (!m) throw new Error(`malformed markup at ${lt}: ${xml.slice(lt, lt + 40)}`);
    i = token.lastIndex;
    if (m[1] !== undefined) stack.at(-1)!.text += m[1];
    const [, , close, name, rawAttrs = '', selfClosing] = m;
    if (!name) continue;
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== name || stack.length === 0) throw new Error(`</${name}> at ${lt} closes <${open?.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]} at ${lt}`);
      checkText(a[2] ?? a[3] ?? '', lt);
      attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    }
    const element: XmlElement = { name, attrs, children: [], text: '' };
    if (stack.length === 1 && root.children.length) throw new Error(`second root element <${name}>`);
    stack.at(-1)!.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0]!;
}

const child = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
const one = (e: XmlElement, name: string) => {
  const found = child(e, name);
  expect(found, `<${e.name}> has exactly one <${name}>`).toHaveLength(1);
  return found[0]!;
};

/** Every plan of the content with the first commit of its file, newest first as the feed orders them. */
const firstPublications = () =>
  plans
    .flatMap((r) =>
      fileHistory(r.file, join(projectRoot, 'content'))
        .slice(-1)
        .map((c) => ({ record: r, commit: c })),
    )
    .sort((a, b) => (a.commit.time < b.commit.time ? 1 : a.commit.time > b.commit.time ? -1 : 0));

describe('git history of content/', () => {
  it('exists for the committed plans (the repository has real history)', () => {
    const withHistory = plans.filter((r) => fileHistory(r.file, join(projectRoot, 'content')).length > 0);
    expect(withHistory.length).toBeGreaterThan(0);
    for (const r of withHistory) {
      const history = fileHistory(r.file, join(projectRoot, 'content'));
      for (const c of history) {
        expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(c.time).toMatch(RFC3339);
        expect(c.subject.length).toBeGreaterThan(0);
        expect(c.commit).toMatch(/^[0-9a-f]{40}$/);
        expect(c.commit.startsWith(c.hash)).toBe(true);
      }
      expect([...history].sort((a, b) => (a.time < b.time ? 1 : -1)).map((c) => c.commit)).toEqual(history.map((c) => c.commit));
      expect(history.at(-1)!.added, `${r.file}: its oldest commit added it`).toBe(true);
    }
  });
});

describe.each(LANGS)('/%s/feed.xml', (lang) => {
  let feed: XmlElement;
  beforeAll(() => {
    feed = parseXml(readFileSync(join(distDir, lang, 'feed.xml'), 'utf8'));
  });

  it('is well-formed Atom in the page language', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.attrs['xml:lang']).toBe(lang);
    expect(one(feed, 'id').text).toMatch(/^https?:\/\//);
    expect(one(feed, 'title').text.length).toBeGreaterThan(0);
    expect(one(feed, 'updated').text).toMatch(RFC3339);
    expect(one(one(feed, 'author'), 'name').text.length).toBeGreaterThan(0);
    const self = child(feed, 'link').find((l) => l.attrs.rel === 'self');
    expect(self?.attrs.href).toBe(new URL(`/${lang}/feed.xml`, site).href);
  });

  it('has one entry per plan file, for its first commit, newest first, at most 50, with unique stable ids', () => {
    expect(
      plans.some((r) => r.plan.changes),
      'the demo has no change notes',
    ).toBe(false);
    const entries = child(feed, 'entry');
    const changes = firstPublications();
    expect(entries.length).toBe(Math.min(FEED_SIZE, changes.length));
    expect(entries.length).toBeGreaterThan(0);
    const updated = entries.map((e) => one(e, 'updated').text);
    for (const u of updated) expect(u).toMatch(RFC3339);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(one(feed, 'updated').text).toBe(updated[0]);
    const ids = entries.map((e) => one(e, 'id').text);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(new RegExp(`^tag:${site.hostname.replace(/\./g, '\\.')},\\d{4}-\\d{2}-\\d{2}:/${lang}/.+/[0-9a-f]{40}$`));
    // Every plan's first publication is announced when they all fit.
    if (changes.length <= FEED_SIZE) {
      const announced = new Set(ids.map((id) => id.replace(/^tag:[^:]+:/, '')));
      for (const { record, commit } of changes) {
        const { municipality, department, fiscalYear } = record.plan;
        expect(
          announced.has(`/${lang}/${municipality}/${department}/${fiscalYear}/${commit.commit}`),
          `${record.file} ${commit.hash}`,
        ).toBe(true);
      }
    }
  });

  it('links each entry to a built plan page and says, in the site’s words, that the plan was published', () => {
    for (const entry of child(feed, 'entry')) {
      const link = child(entry, 'link').find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
      const url = new URL(link!.attrs.href!);
      expect(url.origin).toBe(site.origin);
      expect(url.pathname).toMatch(PLAN_PAGE);
      expect(url.pathname.startsWith(`/${lang}/`)).toBe(true);
      expect(existsSync(join(distDir, url.pathname, 'index.html')), url.pathname).toBe(true);
      const title = one(entry, 'title').text;
      expect(one(entry, 'category').attrs.term).toBe('new');
      expect(title, title).toMatch(lang === 'ja' ? /年度）の計画を掲載しました$/ : /^Published: the FY\d{4} plan of /);
      expect(child(entry, 'content'), 'a first publication has no note').toEqual([]);
      expect(one(entry, 'id').text).toContain(url.pathname);
    }
  });

  it('holds no commit message', () => {
    const xml = readFileSync(join(distDir, lang, 'feed.xml'), 'utf8');
    const subjects = new Set(plans.flatMap((r) => fileHistory(r.file, join(projectRoot, 'content')).map((c) => c.subject)));
    expect(subjects.size).toBeGreaterThan(0);
    for (const subject of subjects) expect(decodeEntities(xml).includes(subject), subject).toBe(false);
  });

  it('is announced in the head of every page of its language', () => {
    const html = readFileSync(join(distDir, lang, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${lang}/feed\\.xml">`));
  });
});

describe('change history on plan pages', () => {
  const historySection = (html: string) => /<section class="change-history"[\s\S]*?<\/section>/.exec(html)?.[0];

  it.each(LANGS)(
    'each /%s/ plan page lists the commits that changed its file, newest first, with date and number, without their messages',
    (lang) => {
      const checked: string[] = [];
      for (const { file, plan } of plans) {
        const history: FileCommit[] = fileHistory(file, join(projectRoot, 'content'));
        if (history.length === 0) continue;
        const path = `${lang}/${plan.municipality}/${plan.department}/${plan.fiscalYear}/index.html`;
        const section = historySection(readFileSync(join(distDir, path), 'utf8'));
        expect(section, `${path} has a change history section`).toBeDefined();
        const text = pageText(section!);
        expect(text).toContain(lang === 'ja' ? 'ファイルの変更履歴' : 'Change history of the file');
        expect(
          [...section!.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]),
          path,
        ).toEqual(history.map((c) => c.date));
        for (const c of history) {
          expect(text, `${path}: ${c.hash}`).toContain(formatDate(c.date, lang));
          expect(text, `${path}: ${c.hash}`).toContain(lang === 'ja' ? `コミット ${c.hash}` : `Commit ${c.hash}`);
          // A commit's message is for developers: not on the page, where it would read as a note to citizens.
          expect(pageText(readFileSync(join(distDir, path), 'utf8')).includes(c.subject), `${path}: ${c.subject}`).toBe(false);
        }
        // Each commit says whether it published the file or changed it.
        expect([...section!.matchAll(/<span class="history-kind[^"]*">([^<]+)<\/span>/g)].map((m) => m[1])).toEqual(
          history.map((c) => (c.added ? (lang === 'ja' ? '掲載' : 'Published') : lang === 'ja' ? '変更' : 'Changed')),
        );
        checked.push(path);
      }
      expect(checked.length).toBeGreaterThan(0);
    },
  );
});
