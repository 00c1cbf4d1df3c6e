/**
 * `npm run translations` on a content tree with a git history made here (tests/helpers/translation-story.ts):
 * it names the fields without English and the fields whose Japanese changed after their English, with
 * the commits (or the uncommitted edit) of both changes; outside git it reports only what is missing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/pages.ts';
import { CLI } from '../helpers/cli.ts';
import { translationStory } from '../helpers/translation-story.ts';
import { isolatedGitEnv, type TempRepo } from '../helpers/temp-git-repo.ts';
import { contentHistory, fileHistory, parseGitLog, readBlobs } from '../../src/lib/git/file-history.ts';

let repo: TempRepo;
const run = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, [CLI, 'translations', '--content', content, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: isolatedGitEnv(),
  });

beforeAll(() => {
  repo = translationStory();
});
afterAll(() => repo?.remove());

describe('npm run translations', () => {
  it('lists missing and stale fields per plan, with the commits of the Japanese and the English change', () => {
    const result = run(repo.content);
    expect(result.status, result.stderr).toBe(0);
    const out = result.stdout;
    const hash = (subject: string) => repo.git('log', '--format=%h', `--grep=${subject}`).trim();
    expect(out).toContain(
      'content/kakuu/soumu/2020.yaml  総務部の運営方針と目標（架空・改訂版） / Operating policy and goals of the General Affairs Department (fictional)',
    );
    expect(out).toContain('英訳がない項目 / Fields without English');
    expect(out).toMatch(/^ {4}projects\.items\[0\]\.title$/m);
    expect(out).toContain('英訳より日本語が新しい項目 / Japanese changed after its English (2):');
    expect(out).toContain(
      `    title  日本語 / Japanese: 2024-02-10 ${hash('revised title')}  英語 / English: 2024-01-10 ${hash('first version')}`,
    );
    expect(out).toContain(
      `    statements.blocks[1].paragraphs[0]  日本語 / Japanese: 未コミット / uncommitted  英語 / English: 2024-01-10 ${hash('first version')}`,
    );
    expect(out).toMatch(
      /1 件中 1 件の計画: 英訳がない項目 \d+、英訳が古い項目 2 \/ 1 of 1 plans: \d+ fields without English, 2 with outdated English\./,
    );
  });

  it('gives the same as JSON: a field changed in both languages, English added later and a moved item are not stale', () => {
    const result = run(repo.content, '--format', 'json');
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.history).toBe(true);
    const [plan] = report.plans;
    expect(plan).toMatchObject({ file: 'content/kakuu/soumu/2020.yaml', fiscalYear: 2020, tracked: true });
    expect(
      plan.stale.map((s: { path: string; ja: { kind: string; date?: string }; en: { date: string } }) => [
        s.path,
        s.ja.kind,
        s.ja.date,
        s.en.date,
      ]),
    ).toEqual([
      ['title', 'commit', '2024-02-10', '2024-01-10'],
      ['statements.blocks[1].paragraphs[0]', 'working-tree', undefined, '2024-01-10'],
    ]);
    expect(plan.missing).toContain('projects.items[0].title');
    expect(plan.missing).not.toContain('projects.items[2].title');
    expect(plan.missing).not.toContain('policies.items[0].title');
    expect(report.summary).toEqual({ plans: 1, needWork: 1, missing: plan.missing.length, stale: 2 });
  });

  it('filters by municipality, department and year, and with --check exits 1 when work remains', () => {
    expect(run(repo.content, 'kakuu/soumu/2020', '--check').status).toBe(1);
    expect(run(repo.content, 'kakuu').stdout).toContain('content/kakuu/soumu/2020.yaml');
    const none = run(repo.content, 'kakuu/soumu/2019');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('該当する計画がありません / no plan matches: kakuu/soumu/2019');
  });

  it('explains its usage on bad arguments', () => {
    for (const args of [['--format', 'md'], ['Kakuu!'], ['--unknown']]) {
      const bad = run(repo.content, ...args);
      expect(bad.status, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain('npm run translations');
    }
  });

  it('prints the validator’s problems and exits 2 when the content is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-translations-invalid-'));
    try {
      cpSync(join(projectRoot, 'tests/fixtures/base/content'), join(dir, 'content'), { recursive: true });
      cpSync(join(projectRoot, 'tests/fixtures/base/content/kakuu/soumu/2020.yaml'), join(dir, 'content/kakuu/soumu/2021.yaml'));
      const result = run(join(dir, 'content'));
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('content/ に問題があるため調べられません');
      expect(result.stderr).toContain('content/kakuu/soumu/2021.yaml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('outside git reports the missing English only, and says staleness was not looked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-translations-nogit-'));
    try {
      cpSync(repo.content, join(dir, 'content'), { recursive: true });
      const result = run(join(dir, 'content'));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('projects.items[0].title');
      expect(result.stdout).not.toContain('英訳より日本語が新しい項目');
      expect(result.stdout).toContain(
        'git の変更履歴がないため、古い英訳は調べていません / No git history, so outdated English was not looked for.',
      );
      const json = JSON.parse(run(join(dir, 'content'), '--format', 'json').stdout);
      expect(json.history).toBe(false);
      expect(json.plans[0]).toMatchObject({ tracked: false, stale: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('file versions from git', () => {
  it('reads each file’s blobs from a --raw log, and their contents in one batch', () => {
    const history = contentHistory(repo.content)!;
    const commits = history.get('kakuu/soumu/2020.yaml')!;
    expect(commits.map((c) => [c.date, c.added])).toEqual([
      ['2024-03-10', false],
      ['2024-02-10', false],
      ['2024-01-10', true],
    ]);
    expect(fileHistory('content/kakuu/soumu/2020.yaml', repo.content)).toEqual(commits);
    const blobs = readBlobs(repo.content, [...commits.map((c) => c.blob!), 'f'.repeat(40)]);
    expect(blobs.size).toBe(3);
    const oldest = new TextDecoder().decode(blobs.get(commits[2]!.blob!));
    expect(oldest).toContain('ja: 総務部の運営方針と目標（架空）,');
    expect(new TextDecoder().decode(blobs.get(commits[0]!.blob!))).toContain('id: shin-jigyou');
  });

  it('parses blob ids from --raw lines, and none from --name-status lines', () => {
    const log = [
      '\x1e' + 'a'.repeat(40) + '\x1faaaaaaa\x1f2024-01-10\x1f1704844800\x1fFirst',
      '',
      ':000000 100644 0000000 1234abc A\tkakuu/soumu/2020.yaml',
      'A\tkakuu/soumu/2021.yaml',
    ].join('\n');
    const parsed = parseGitLog(log);
    expect(parsed.get('kakuu/soumu/2020.yaml')?.[0]).toMatchObject({ blob: '1234abc', added: true });
    expect(parsed.get('kakuu/soumu/2021.yaml')?.[0]?.blob).toBeUndefined();
  });

  it('has no history and no blobs outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-nogit-'));
    try {
      expect(contentHistory(dir)).toBeUndefined();
      expect(readBlobs(dir, ['1234abc']).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
