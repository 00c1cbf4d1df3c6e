/**
 * Change notes (`changes`, issue 23): what changed on a plan's page and why, for citizens. The schema
 * takes a date and a bilingual text and nothing else; the validator says what is wrong, in Japanese and
 * English, at the file's line and column; the Markdown form reads them from its frontmatter; the Atom
 * feed's items come from the notes (and, for a plan without notes, from its first commit), never from
 * a commit's message; `npm run new` does not carry last year's notes over. Fictional plans only
 * (tests/fixtures/base, tests/fixtures/markdown-form).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema, type Plan } from '../../schemas/plan/index.ts';
import { positional, readText, readYaml } from '../../src/lib/content-tree/read.ts';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { formatText } from '../../src/lib/validate/diagnostic.ts';
import { feedAvailable, feedItems, noteTime } from '../../src/lib/export/feed-items.ts';
import { atomFeed } from '../../src/lib/export/atom-feed.ts';
import type { FileCommit } from '../../src/lib/git/file-history.ts';
import { projectRoot } from '../helpers/pages.ts';
import { CLI } from '../helpers/cli.ts';

const BASE = join(projectRoot, 'tests/fixtures/base');
const PLAN = 'kakuu/soumu/2020.yaml';
const baseText = readFileSync(join(BASE, 'content', PLAN), 'utf8');
const basePlan = readYaml(baseText, positional(baseText)).data as Record<string, unknown>;

/** The diagnostics of the base tree with `changes` (YAML lines) added at the end of its plan, as text. */
async function validateWith(changes: string): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'change-notes-'));
  try {
    await cp(BASE, root, { recursive: true });
    const path = join(root, 'content', PLAN);
    await writeFile(path, `${await readFile(path, 'utf8')}${changes}`);
    const { diagnostics } = await validateContent(root, { contentDir: join(root, 'content') });
    return diagnostics.map(formatText);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Line numbers of the lines added after the base plan. */
const baseLines = baseText.split('\n').length - 1;

describe('the schema', () => {
  const parse = (changes: unknown) => PlanSchema.safeParse({ ...basePlan, changes });

  it('takes notes with a date and a text (a string is Japanese; ja with en optional)', () => {
    const result = parse([
      { date: '2020-06-01', note: '誤字を直しました。' },
      { date: '2020-06-01', note: { ja: '英訳を加えました。', en: 'Added the English translation.' } },
    ]);
    expect(result.success).toBe(true);
    expect(result.data!.changes).toEqual([
      { date: '2020-06-01', note: { ja: '誤字を直しました。' } },
      { date: '2020-06-01', note: { ja: '英訳を加えました。', en: 'Added the English translation.' } },
    ]);
    // The field is optional, as before.
    expect(PlanSchema.safeParse(basePlan).success).toBe(true);
  });

  it.each([
    ['an unknown key', [{ date: '2020-06-01', note: 'x', kind: 'fix' }]],
    ['a date that is not YYYY-MM-DD', [{ date: '2020/06/01', note: 'x' }]],
    ['a date not in the calendar', [{ date: '2020-02-30', note: 'x' }]],
    ['a note without Japanese', [{ date: '2020-06-01', note: { en: 'Fixed a typo.' } }]],
    ['a note without a text', [{ date: '2020-06-01' }]],
    ['an empty list', []],
    [
      'notes out of date order',
      [
        { date: '2020-06-02', note: 'x' },
        { date: '2020-06-01', note: 'y' },
      ],
    ],
    ['a note before the plan could be written', [{ date: '2019-03-31', note: 'x' }]],
  ])('refuses %s', (_name, changes) => {
    expect(parse(changes).success).toBe(false);
  });

  it('takes a note dated long after the fiscal year (a page is corrected whenever a mistake is found)', () => {
    expect(parse([{ date: '2031-01-15', note: '出典の URL を直しました。' }]).success).toBe(true);
  });
});

describe('the validator', () => {
  const at = (n: number) => `content/${PLAN}:${baseLines + n}`;
  it.each([
    [
      'an unknown key',
      'changes:\n  - date: 2020-06-01\n    kind: 修正\n    note: 誤字を直しました。\n',
      [
        `${at(3)}:5  changes[0].kind  不明な項目「kind」です。綴りを直すか削除してください（使える項目: date, note）。 / Unknown key "kind". Correct or remove it (allowed: date, note).`,
      ],
    ],
    [
      'a date not in the calendar',
      'changes:\n  - date: 2020-02-30\n    note: 誤字を直しました。\n',
      [
        `${at(2)}:11  changes[0].date  2020-02-30 は存在しない日付です。月と日を確認してください。 / 2020-02-30 is not a calendar date. Check the month and day.`,
      ],
    ],
    [
      'a note in English only',
      'changes:\n  - date: 2020-06-01\n    note: { en: Fixed a typo. }\n',
      [
        `${at(3)}:11  changes[0].note  英語（en）だけがあり、日本語（ja）がありません。日本語は必須です。ja: に文書どおりの日本語を書いてください。 / There is English (en) but no Japanese (ja). Japanese is required: add ja: with the text as published.`,
      ],
    ],
    [
      'notes out of date order',
      'changes:\n  - date: 2020-07-01\n    note: 英訳を加えました。\n  - date: 2020-06-01\n    note: 誤字を直しました。\n',
      [
        `${at(4)}:11  changes[1].date  変更のお知らせ（changes）は古い順に書きます（新しいお知らせは下に足します）。2番目（2020-06-01）が1番目（2020-07-01）より前の日付です。順番か日付を直してください。 / Change notes are written oldest first (a new note goes at the end). Note 2 (2020-06-01) is dated before note 1 (2020-07-01). Reorder them or correct the date.`,
      ],
    ],
    [
      'a note before the plan could be written',
      'changes:\n  - date: 2019-03-31\n    note: 誤字を直しました。\n',
      [
        `${at(2)}:11  changes[0].date  2019-03-31 は 2020年度の計画の変更のお知らせの日付としてありえません（2019-04-01 より前）。日付を直してください。 / 2019-03-31 cannot be the date of a change note of the FY2020 plan (it is before 2019-04-01). Correct the date.`,
      ],
    ],
  ])('says what is wrong with %s, where, in both languages', async (_name, changes, expected) => {
    expect(await validateWith(changes)).toEqual(expected);
  });

  it('accepts notes in date order, two on one day', async () => {
    expect(
      await validateWith(
        'changes:\n  - date: 2020-06-01\n    note: 誤字を直しました。\n  - date: 2020-06-01\n    note: 英訳を加えました。\n',
      ),
    ).toEqual([]);
  });
});

describe('the Markdown form', () => {
  it('reads the notes from its frontmatter, as the YAML form reads them', () => {
    const dir = join(projectRoot, 'tests/fixtures/markdown-form/content/kakuu');
    const read = (file: string, format: 'yaml' | 'md') => PlanSchema.parse(readText(readFileSync(join(dir, file), 'utf8'), format).data);
    const md = read('kikaku-md/2024.md', 'md');
    expect(md.changes).toEqual([
      {
        date: '2024-06-03',
        note: { ja: '架空の計画を掲載しました（架空の記録）。', en: 'Published the fictional plan (a fictional note).' },
      },
      { date: '2024-09-10', note: { ja: '指標の目標値の誤記を直しました（架空の記録）。' } },
      { date: '2024-09-10', note: { ja: '英訳を加えました（架空の記録）。', en: 'Added the English translation (a fictional note).' } },
    ]);
    expect(md.changes).toEqual(read('kikaku-yaml/2024.yaml', 'yaml').changes);
  });
});

describe('the feed’s items', () => {
  const plan = (department: string, changes?: Plan['changes']): Plan => ({
    ...(PlanSchema.parse(basePlan) as Plan),
    department,
    ...(changes ? { changes } : {}),
  });
  const commit = (date: string, hash: string, added: boolean): FileCommit => ({
    date,
    time: `${date}T03:00:00Z`,
    subject: `A developer's message ${hash}`,
    hash: hash.slice(0, 7),
    commit: hash.repeat(40).slice(0, 40),
    added,
  });
  const noted = plan('noted', [
    { date: '2020-06-01', note: { ja: '誤字を直しました。' } },
    { date: '2020-06-01', note: { ja: '英訳を加えました。', en: 'Added the English translation.' } },
    { date: '2020-07-01', note: { ja: '予算額を直しました。' } },
  ]);
  const bare = plan('bare');
  const history = [commit('2020-08-01', 'b', false), commit('2020-05-01', 'a', true)];

  it('are the notes of a plan that has them, and the first commit of a plan that has none, newest first (of one day, the later written)', () => {
    const items = feedItems(
      [
        { plan: noted, history },
        { plan: bare, history },
      ],
      50,
    );
    expect(items.map((i) => [i.kind, i.key, i.time, i.tag])).toEqual([
      ['note', 'kakuu/noted/2020', '2020-07-01T00:00:00+09:00', 'note-2020-07-01-1'],
      ['note', 'kakuu/noted/2020', '2020-06-01T00:00:00+09:00', 'note-2020-06-01-2'],
      ['note', 'kakuu/noted/2020', '2020-06-01T00:00:00+09:00', 'note-2020-06-01-1'],
      ['published', 'kakuu/bare/2020', '2020-05-01T03:00:00Z', 'a'.repeat(40)],
    ]);
    // Nothing of a commit's message reaches an item.
    expect(JSON.stringify(items)).not.toContain("A developer's message");
  });

  it('order instants, whatever their offset: a note’s day in Japan starts at 15:00 UTC the day before', () => {
    expect(noteTime('2020-06-01')).toBe('2020-06-01T00:00:00+09:00');
    const late = { plan: bare, history: [commit('2020-05-31', 'c', true)] }; // 2020-05-31T03:00:00Z
    const lateUtc = { plan: plan('utc'), history: [{ ...commit('2020-05-31', 'd', true), time: '2020-05-31T16:00:00Z' }] };
    const items = feedItems([{ plan: plan('noted', [{ date: '2020-06-01', note: { ja: 'x' } }]) }, late, lateUtc], 50);
    expect(items.map((i) => i.key)).toEqual(['kakuu/utc/2020', 'kakuu/noted/2020', 'kakuu/bare/2020']);
  });

  it('are none for a plan without notes and without history (history: false), and capped', () => {
    expect(feedItems([{ plan: bare }], 50)).toEqual([]);
    expect(feedItems([{ plan: noted }], 2).map((i) => i.tag)).toEqual(['note-2020-07-01-1', 'note-2020-06-01-2']);
  });

  it('make a feed with history from git, or from notes alone without it', () => {
    expect(feedAvailable('git', [{ plan: bare }])).toBe(true);
    expect(feedAvailable('off', [{ plan: bare }, { plan: noted }])).toBe(true);
    expect(feedAvailable('off', [{ plan: bare }])).toBe(false);
    expect(feedAvailable('unavailable', [])).toBe(false);
  });
});

describe('the Atom document', () => {
  it('writes a note as text content, marked Japanese when an English feed falls back, and is updated at its newest instant', () => {
    const xml = atomFeed({
      id: 'https://x.example/en/feed.xml',
      lang: 'en',
      title: 't',
      self: 'https://x.example/en/feed.xml',
      home: 'https://x.example/en/',
      author: 'a',
      entries: [
        {
          id: 'tag:x.example,2020-06-01:/en/a/note-2020-06-01-1',
          title: 'a',
          link: 'https://x.example/en/a/',
          updated: '2020-06-01T00:00:00+09:00',
          content: { text: '誤字を<直し>ました。', lang: 'ja' },
        },
        {
          id: 'tag:x.example,2020-05-31:/en/b/c',
          title: 'b',
          link: 'https://x.example/en/b/',
          updated: '2020-05-31T16:00:00Z',
          content: { text: 'Fixed.' },
        },
      ],
    });
    expect(xml).toContain('<content type="text" xml:lang="ja">誤字を&lt;直し&gt;ました。</content>');
    expect(xml).toContain('<content type="text">Fixed.</content>');
    // 16:00 UTC on 31 May is after 00:00 JST on 1 June (15:00 UTC on 31 May).
    expect(xml).toContain('  <updated>2020-05-31T16:00:00Z</updated>\n  <author>');
  });
});

describe('npm run new', () => {
  it.each([
    ['kikaku-yaml', '2025.yaml', 'yaml'],
    ['kikaku-md', '2025.md', 'md'],
  ] as const)('starts the next year of %s without last year’s notes, which are about last year’s file', async (unit, file, format) => {
    const root = await mkdtemp(join(tmpdir(), 'change-notes-new-'));
    try {
      const content = join(root, 'content');
      await cp(join(projectRoot, 'tests/fixtures/markdown-form/content'), content, { recursive: true });
      const run = spawnSync(process.execPath, [CLI, 'new', 'kakuu', unit, '2025', '--content', content], {
        cwd: projectRoot,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const draft = readText(await readFile(join(content, 'kakuu', unit, file), 'utf8'), format).data as Record<string, unknown>;
      expect(draft.fiscalYear).toBe(2025);
      expect(draft.source).toBeDefined();
      expect(draft).not.toHaveProperty('changes');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
