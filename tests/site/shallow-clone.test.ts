/**
 * History that is honest (issue 20, finding 4). A repository of the fictional multi-year fixture with
 * two commits on known dates, and a plan file not committed yet, is built:
 * - in full: every plan page lists its own commits (dates and numbers, never their messages), the new
 *   file says it is not committed, the feed has one entry per committed plan, for its first commit (the
 *   fixture has no change notes: tests/site/change-notes.test.ts has them);
 * - as a `git clone --depth 1` (of a file:// URL: a plain path ignores the depth), a copy outside git,
 *   and a repository without commits: the build stops with the bilingual message and writes nothing;
 * - as the shallow clone with history turned off (PLANS_HISTORY=off, as `history: false`): no page or
 *   file shows a date, subject or hash from git, there is no feed, and nothing says 1970.
 * The history logic itself is unit tested in tests/unit/history-check.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/view/format.ts';
import { buildContentTree, type BuildOutcome } from '../helpers/build-site.ts';
import { createTempRepo, fixtureFile, type TempRepo } from '../helpers/temp-git-repo.ts';
import { pageText } from './page-text.ts';

const FIXTURE = 'tests/fixtures/multi-year';
const NEW_PLAN = 'kakuu/soumu/2021.yaml';
/** The two commits, oldest first: 09:00 in Japan on each date (temp-git-repo.ts), so 00:00 UTC. */
const COMMITS = [
  { date: '2029-11-23', subject: 'Add the plans (history test)' },
  { date: '2030-02-14', subject: 'Retitle the 2020 plan (history test)' },
] as const;

let repo: TempRepo;
let top: string;
let hashes: string[] = [];
const built: Record<'full' | 'shallow' | 'off' | 'nogit' | 'nocommit', { dist: string; run: BuildOutcome }> = {} as never;
const ceiling = process.env.GIT_CEILING_DIRECTORIES;

beforeAll(() => {
  // No repository above the temporary folders may stand in for the missing one (inherited by the builds).
  process.env.GIT_CEILING_DIRECTORIES = tmpdir();
  top = mkdtempSync(join(tmpdir(), 'plans-history-site-'));
  repo = createTempRepo(FIXTURE, { commit: false });
  rmSync(join(repo.content, NEW_PLAN));
  repo.commit(COMMITS[0].date, COMMITS[0].subject);
  repo.edit('kakuu/soumu/2020.yaml', ['（令和2年度）', '（令和2年度・改題）']);
  repo.commit(COMMITS[1].date, COMMITS[1].subject);
  // A clerk's new plan, saved but not committed.
  repo.write(`content/${NEW_PLAN}`, fixtureFile(FIXTURE, `content/${NEW_PLAN}`));
  hashes = repo.git('log', '--format=%H').trim().split('\n');

  const shallow = join(top, 'shallow');
  repo.git('clone', '--quiet', '--depth', '1', `file://${repo.dir}`, shallow);
  const nogit = join(top, 'nogit');
  cpSync(repo.content, join(nogit, 'content'), { recursive: true });
  const nocommit = join(top, 'nocommit');
  cpSync(repo.content, join(nocommit, 'content'), { recursive: true });
  repo.run('git', ['init', '--quiet', nocommit]);

  const build = (name: keyof typeof built, content: string, env: Record<string, string> = {}) => {
    const dist = join(top, `dist-${name}`);
    built[name] = { dist, run: buildContentTree(content, dist, env) };
  };
  build('full', repo.content);
  build('shallow', join(shallow, 'content'));
  build('off', join(shallow, 'content'), { PLANS_HISTORY: 'off' });
  build('nogit', join(nogit, 'content'));
  build('nocommit', join(nocommit, 'content'));
}, 420_000);

afterAll(() => {
  if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
  else process.env.GIT_CEILING_DIRECTORIES = ceiling;
  repo?.remove();
  if (top) rmSync(top, { recursive: true, force: true });
});

/** Every file a build wrote, by path under its folder, as text (the search index's binary files are compressed). */
function files(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dist.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

const historySection = (html: string) => /<section class="change-history"[\s\S]*?<\/section>/.exec(html)?.[0];
const page = (dist: string, lang: string, year: number) =>
  readFileSync(join(dist, lang, 'kakuu/soumu', String(year), 'index.html'), 'utf8');

describe('a full clone', () => {
  it('builds with a plan file not committed yet', () => {
    // (Its warning is not in the output: buildContentTree builds with --silent, which keeps only errors.)
    const { run } = built.full;
    expect(run.status, run.output).toBe(0);
  });

  it.each(['ja', 'en'] as const)('lists each plan’s own commits on its /%s/ page, and says a new file is not committed', (lang) => {
    const { dist } = built.full;
    const times = (year: number) => [...historySection(page(dist, lang, year))!.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(times(2020)).toEqual([COMMITS[1].date, COMMITS[0].date]);
    expect(times(2019)).toEqual([COMMITS[0].date]);
    const text2020 = pageText(historySection(page(dist, lang, 2020))!);
    expect(text2020).toContain(formatDate(COMMITS[0].date, lang));
    expect(text2020).toContain(lang === 'ja' ? `コミット ${hashes[0]!.slice(0, 7)}` : `Commit ${hashes[0]!.slice(0, 7)}`);
    // A commit's message is written for developers: no page presents it as a note.
    for (const c of COMMITS) expect(pageText(page(dist, lang, 2020)).includes(c.subject), c.subject).toBe(false);
    const text2021 = pageText(historySection(page(dist, lang, 2021))!);
    expect(text2021).toContain(lang === 'ja' ? 'まだコミットされていない' : 'not been committed yet');
    expect(times(2021)).toEqual([]);
  });

  it('announces each committed plan in the feed, dated by its first commit, never with a commit message', () => {
    const feed = readFileSync(join(built.full.dist, 'ja/feed.xml'), 'utf8');
    expect(feed).toContain('<updated>2029-11-23T00:00:00Z</updated>\n  <author>');
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>\n {4}<category term="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(entries).toEqual([
      ['2029-11-23T00:00:00Z', 'new'],
      ['2029-11-23T00:00:00Z', 'new'],
    ]);
    for (const c of COMMITS) expect(feed).not.toContain(c.subject);
    for (const [path, text] of files(built.full.dist)) expect(text.includes('1970-01-01'), path).toBe(false);
  });
});

describe.each([
  ['a shallow clone (git clone --depth 1)', 'shallow', ['浅いクローン', 'shallow clone', 'fetch-depth: 0', 'git fetch --unshallow']],
  ['a folder outside git', 'nogit', ['git リポジトリの中にありません', 'not in a git repository']],
  ['a repository without commits', 'nocommit', ['まだコミットがありません', 'has no commit yet']],
] as const)('%s', (_, name, says) => {
  it('stops the build with the bilingual message, which says how to fix it, and writes nothing', () => {
    const { run, dist } = built[name];
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('計画ファイルの変更履歴を git から読めません');
    expect(run.output).toContain('the change history of the plan files cannot be read from git');
    for (const words of [...says, 'plans({ history: false })', 'PLANS_HISTORY=off']) expect(run.output).toContain(words);
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(dist)).toBe(false);
  });
});

describe('a shallow clone with history turned off', () => {
  it('builds, and no page or file shows a date, subject or commit from git, or 1970', () => {
    const { run, dist } = built.off;
    expect(run.status, run.output).toBe(0);
    const written = files(dist);
    expect(written.size).toBeGreaterThan(20);
    const fromGit = [
      ...COMMITS.flatMap((c) => [c.date, c.subject, formatDate(c.date, 'ja'), formatDate(c.date, 'en')]),
      ...hashes.flatMap((h) => [h, h.slice(0, 7)]),
      '1970',
    ];
    for (const [path, text] of written) {
      if (!/\.(html|xml|json|csv|txt|js|css)$/.test(path)) continue;
      for (const words of fromGit) expect(text.includes(words), `${path}: ${words}`).toBe(false);
    }
  });

  it('has no change history, last-changed date or feed, and no page links to a feed', () => {
    const { dist } = built.off;
    for (const lang of ['ja', 'en']) expect(existsSync(join(dist, lang, 'feed.xml'))).toBe(false);
    for (const [path, text] of files(dist)) {
      if (!path.endsWith('.html')) continue;
      // The inline stylesheet names the class; no element carries it.
      expect(text, path).not.toMatch(/class="[^"]*change-history/);
      expect(text, path).not.toContain('application/atom+xml');
      expect(text, path).not.toContain('feed.xml');
    }
    expect(page(dist, 'ja', 2020)).not.toContain('ファイルの最終更新');
    expect(page(dist, 'en', 2020)).not.toContain('File last changed');
  });
});
