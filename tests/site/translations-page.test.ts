/**
 * The translation-status page (/ja/translations/, /en/translations/) shows what `npm run translations`
 * reports: built from a content tree with a git history made here (tests/helpers/translation-story.ts), the
 * plan's row lists the fields without English and the fields whose Japanese changed after their English,
 * with the date of the Japanese change; built from the same tree outside git, it says staleness is unknown.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentTree } from '../helpers/build-site.ts';
import { translationStory } from '../helpers/translation-story.ts';
import type { TempRepo } from '../helpers/temp-git-repo.ts';
import { pageText } from './page-text.ts';

let repo: TempRepo;
let out: string;
let noGit: string;

beforeAll(() => {
  repo = translationStory();
  out = mkdtempSync(join(tmpdir(), 'plans-translations-page-'));
  noGit = mkdtempSync(join(tmpdir(), 'plans-translations-nogit-'));
  cpSync(repo.content, join(noGit, 'content'), { recursive: true });
  for (const [content, dist] of [
    [repo.content, join(out, 'git')],
    [join(noGit, 'content'), join(out, 'nogit')],
  ] as const) {
    // Outside git, a build needs history turned off (it stops otherwise: tests/site/shallow-clone.test.ts).
    const build = buildContentTree(content, dist, content === repo.content ? {} : { PLANS_HISTORY: 'off' });
    expect(build.status, build.output).toBe(0);
  }
}, 240_000);

afterAll(() => {
  repo?.remove();
  for (const dir of [out, noGit]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The cells of the coverage table's row for the fixture plan, as text, every tag read as a space. */
const row = (site: string, lang: 'ja' | 'en') => {
  const html = readFileSync(join(out, site, lang, 'translations/index.html'), 'utf8');
  const table = html.match(/<table id="coverage">[\s\S]*?<\/table>/)?.[0] ?? '';
  const body = table.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  const first = body.match(/<tr>([\s\S]*?)<\/tr>/)?.[1] ?? '';
  return {
    table,
    cells: [...first.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) =>
      pageText(m[1]!.replace(/<[^>]+>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  };
};

describe('translation status page', () => {
  it('lists stale fields with the date their Japanese changed, in both languages', () => {
    const ja = row('git', 'ja');
    expect(ja.table).toMatch(/<th scope="col">英訳より日本語が新しい項目<\/th>/);
    const [, , missing, stale] = ja.cells;
    expect(missing).toContain('projects.items[0].title');
    expect(missing).not.toContain('projects.items[2].title');
    expect(stale).toBe('title 日本語の変更 2024年2月10日 statements.blocks[1].paragraphs[0] 日本語の変更（未コミット）');
    expect(ja.table).toContain('<time datetime="2024-02-10">');
    const [, , , staleEn] = row('git', 'en').cells;
    expect(staleEn).toBe('title Japanese changed 10 February 2024 statements.blocks[1].paragraphs[0] Japanese changed (not committed yet)');
  });

  it('says staleness is unknown when the tree has no git history, and still lists missing English', () => {
    const [, , missing, stale] = row('nogit', 'ja').cells;
    expect(missing).toContain('projects.items[0].title');
    expect(stale).toBe('変更履歴がないため不明');
    expect(row('nogit', 'en').cells[3]).toBe('Unknown: no change history');
  });
});
