/**
 * `npm run pr:diff` makes the pull-request comment from git alone: a modified plan against its version
 * where the branch forked, a new year against the department's previous year in the pull request, a
 * deletion stated; problems in either version said plainly; long comments cut to GitHub's limit.
 * Also the git plumbing it shares with `validate --changed-since` and the pre-commit hook.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeRank, parseChangedLines, parseNameStatus } from '../../src/lib/git/git-content.ts';
import { assembleComment, MARKER, NO_CHANGES_MARKER } from '../../src/cli/pr-diff/comment.ts';
import { createTempRepo, fixtureFile, type TempRepo } from '../helpers/temp-git-repo.ts';

const FIXTURE = 'tests/fixtures/multi-year';
const PLAN_2020 = 'content/kakuu/soumu/2020.yaml';
const PLAN_2021 = 'content/kakuu/soumu/2021.yaml';

let repo: TempRepo;
/** Starts a branch from main, applies `change`, commits, and returns to main. */
const branch = (name: string, change: () => void) => {
  repo.git('switch', '--quiet', '-c', name, 'main');
  change();
  repo.git('add', '--all', '.');
  repo.git('commit', '--quiet', '-m', name);
  repo.git('switch', '--quiet', 'main');
};
const prDiff = (...args: string[]) => repo.cli('pr-diff', ...args);

beforeAll(() => {
  repo = createTempRepo(FIXTURE);
  // main has FY2019 and FY2020; the pull requests add FY2021.
  repo.git('rm', '--quiet', PLAN_2021);
  repo.git('commit', '--quiet', '-m', 'Base: two years');

  branch('pr', () => {
    repo.write(
      PLAN_2020,
      repo
        .read(PLAN_2020)
        .replace('target: { value: 12,', 'target: { value: 15,')
        .replace('（年間12回以上）', '（年間15回以上）')
        .replace('title: 架空の窓口サービス改善', 'title: 架空の窓口サービスの改善'),
    );
    repo.write(PLAN_2021, fixtureFile(FIXTURE, PLAN_2021));
    repo.write('content/glossary.yaml', `${repo.read('content/glossary.yaml')}  - { ja: 企画部, en: Planning Department }\n`);
  });
  // Deleting FY2019 leaves FY2020's result about FY2019 pointing nowhere: the head is invalid.
  branch('pr-invalid-head', () => {
    repo.git('rm', '--quiet', 'content/kakuu/soumu/2019.yaml');
    repo.write(PLAN_2020, repo.read(PLAN_2020).replace('title: 架空の防災訓練の実施', 'title: 架空の総合防災訓練の実施'));
  });
  branch('pr-unreadable', () => {
    repo.write(PLAN_2020, repo.read(PLAN_2020).replace('count: 42', 'count: 四十二'));
  });
  branch('pr-no-content', () => repo.write('README.md', 'Not content.\n'));
});
afterAll(() => repo?.remove());

describe('npm run pr:diff', () => {
  it('diffs a modified plan against the base and a new year against the previous year in the pull request', () => {
    const result = prDiff('--base', 'main', '--head', 'pr');
    expect(result.status, result.stderr).toBe(0);
    const comment = result.stdout;
    expect(comment.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment).not.toContain(NO_CHANGES_MARKER);
    expect(comment).toContain('## 計画の変更 / Plan changes');
    expect(comment).toContain('変更 1 件・新規 1 件・削除 0 件');
    expect(comment).toContain('1 modified, 1 new, 0 deleted');

    const modified = comment.slice(
      comment.indexOf('### kakuu/soumu 2020年度 / FY2020: 変更 / modified'),
      comment.indexOf('### kakuu/soumu 2021年度'),
    );
    expect(modified).toContain(
      '`content/kakuu/soumu/2020.yaml`: 基準ブランチの版 → この PR の版 / the base branch’s version → this pull request’s',
    );
    expect(modified).toContain('| 変更 / change | 項目 / field | 前 / old | 後 / new |');
    expect(modified).toContain('| 変更 / changed | `projects.kunren.indicators.kaisuu.target.value` | 12 | 15 |');
    expect(modified).toContain('| 変更 / changed | `projects.madoguchi.title` | 架空の窓口サービス改善 | 架空の窓口サービスの改善 |');
    expect(modified).toContain(
      '| 変更 / changed | `projects.kunren.indicators.kaisuu.label` | 防災訓練の実施（年間12回以上） | 防災訓練の実施（年間15回以上） |',
    );
    expect(modified.match(/^\| 変更 \/ changed/gm)).toHaveLength(3);

    const added = comment.slice(comment.indexOf('### kakuu/soumu 2021年度 / FY2021: 新規 / new'));
    expect(added).toContain('この PR の 2020年度の計画（`content/kakuu/soumu/2020.yaml`）と比べています。');
    // Against the pull request's FY2020 (target 15), not main's (12).
    expect(added).toContain('| 変更 / changed | `projects.kunren.indicators.kaisuu.target.value` | 15 | 12 |');
    expect(added).toContain('| 追加 / added | `divisions.bousai-keikaku.lineage[0].division` |  | bousai |');
    expect(added).toContain('| 削除 / removed | `projects.seisou.title` | 架空の庁舎清掃 |  |');

    expect(comment).toContain('### その他の変更 / Other changes\n\n- `content/glossary.yaml`: 変更 / modified');
    expect(comment.indexOf('FY2020: 変更')).toBeLessThan(comment.indexOf('FY2021: 新規'));
  });

  it('reads both versions from git, leaving the working tree and the index alone', () => {
    repo.write(PLAN_2020, 'not: [valid');
    expect(prDiff('--base', 'main', '--head', 'pr').stdout).toContain('| 12 | 15 |');
    repo.git('checkout', '--', PLAN_2020);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('still diffs a plan when other content is invalid, and says what it left out', () => {
    const { stdout, status } = prDiff('--base', 'main', '--head', 'pr-invalid-head');
    expect(status).toBe(0);
    expect(stdout).toContain('### kakuu/soumu 2019年度 / FY2019: 削除 / deleted');
    expect(stdout).toContain('この PR は `content/kakuu/soumu/2019.yaml` を削除します。');
    expect(stdout).toContain('検証で問題が見つかった版があるため、このファイルだけを読んで比べています');
    expect(stdout).toContain('| 変更 / changed | `projects.kunren.title` | 架空の防災訓練の実施 | 架空の総合防災訓練の実施 |');
  });

  it('says why a version cannot be compared, quoting its problems with their lines', () => {
    const { stdout, status } = prDiff('--base', 'main', '--head', 'pr-unreadable');
    expect(status).toBe(0);
    expect(stdout).toContain(
      '**比較できません / Cannot compare:** この PR の版（`content/kakuu/soumu/2020.yaml`）は計画として読めません。',
    );
    expect(stdout).toMatch(/^- `16:\d+` `resources\.staff\.items\[0\]\.count` .+ \/ .+$/m);
    expect(stdout).not.toContain('| 変更 / change |');
  });

  it('marks a pull request that changes no content, so the workflow posts nothing new', () => {
    const { stdout, status } = prDiff('--base', 'main', '--head', 'pr-no-content');
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([MARKER, NO_CHANGES_MARKER]);
    expect(stdout).toContain('この PR は content/ のファイルを変更していません');
  });

  it('shortens a comment over --max-chars and says how to see all of it', () => {
    const full = prDiff('--base', 'main', '--head', 'pr').stdout;
    const { stdout } = prDiff('--base', 'main', '--head', 'pr', '--max-chars', '1200');
    expect(full.length).toBeGreaterThan(1200);
    expect(stdout.length).toBeLessThanOrEqual(1200);
    expect(stdout.startsWith(MARKER)).toBe(true);
    expect(stdout).toContain('**一部を省略しました / Shortened:**');
    expect(stdout).toMatch(/`npm run pr:diff -- --base [0-9a-f]{40} --head [0-9a-f]{40} --max-chars 0`/);
    expect(prDiff('--base', 'main', '--head', 'pr', '--max-chars', '0').stdout).toBe(full);
  });

  it('exits 2 with git’s reason for an unknown base, and with the usage for none', () => {
    const unknown = prDiff('--base', 'no-such-branch');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no-such-branch');
    const none = prDiff();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('npm run pr:diff -- --base');
  });
});

describe('assembleComment', () => {
  const row = (i: number) => `| 変更 / changed | \`projects.p${i}.title\` | 旧${i} | 新${i} |`;
  const section = (name: string, rows: number) => ({
    name: `\`${name}\``,
    text: [
      `### ${name}`,
      '',
      '| 変更 / change | 項目 / field | 前 / old | 後 / new |',
      '| --- | --- | --- | --- |',
      ...Array.from({ length: rows }, (_, i) => row(i)),
      '',
    ].join('\n'),
  });
  const sections = [section('a', 3), section('b', 200), section('c', 3), section('d', 3)];

  it('returns everything when it fits, or when there is no limit', () => {
    const all = assembleComment('head', sections, 'tail', 0, 'rerun');
    expect(assembleComment('head', sections, 'tail', all.length, 'rerun')).toBe(all);
  });

  it('keeps whole sections, cuts the next by rows, and names the ones left out', () => {
    const out = assembleComment('head', sections, 'tail', 4000, 'rerun');
    expect(out.length).toBeLessThanOrEqual(4000);
    expect(out).toContain(section('a', 3).text);
    expect(out).toMatch(/### b\n[\s\S]*\| 変更 \/ changed \| `projects\.p0\.title`[\s\S]*_…残り \d+ 行を省略 \/ \d+ more rows left out_/);
    expect(out).toContain('省略したファイル / Left out: `c`、`d`');
    expect(out).not.toContain('### c');
    expect(out.indexOf('tail')).toBeLessThan(out.indexOf('**一部を省略しました'));
  });
});

describe('git plumbing', () => {
  it('parses name-status output, renames included', () => {
    expect(
      parseNameStatus(
        'M\0content/a/b/2020.yaml\0A\0content/a/b/2021.yaml\0D\0content/a/b/2018.yaml\0R087\0content/a/b/2019.yaml\0content/a/c/2019.yaml\0',
      ),
    ).toEqual([
      { status: 'modified', path: 'content/a/b/2020.yaml' },
      { status: 'added', path: 'content/a/b/2021.yaml' },
      { status: 'deleted', path: 'content/a/b/2018.yaml' },
      { status: 'renamed', path: 'content/a/c/2019.yaml', oldPath: 'content/a/b/2019.yaml' },
    ]);
    expect(parseNameStatus('')).toEqual([]);
  });

  it('finds the new and changed lines of each file in a zero-context diff', () => {
    const diff = [
      'diff --git a/content/x.yaml b/content/x.yaml',
      '--- a/content/x.yaml',
      '+++ b/content/x.yaml',
      '@@ -3 +3 @@ title',
      '@@ -10,0 +11,3 @@',
      '@@ -20,2 +22,0 @@',
      'diff --git a/content/gone.yaml b/content/gone.yaml',
      '--- a/content/gone.yaml',
      '+++ /dev/null',
      '@@ -1,5 +0,0 @@',
      '--- a/content/y.yaml',
      '+++ b/content/y.yaml',
      '@@ -7,2 +7,0 @@',
    ].join('\n');
    expect(parseChangedLines(diff)).toEqual(
      new Map([
        [
          'content/x.yaml',
          [
            [3, 3],
            [11, 13],
          ],
        ],
        ['content/y.yaml', []],
      ]),
    );
  });

  it('ranks a problem on a changed line before one elsewhere in a changed file, before one in an untouched file', () => {
    const changed = new Map<string, [number, number][]>([['content/x.yaml', [[11, 13]]]]);
    expect([
      changeRank('content/x.yaml', 12, changed),
      changeRank('content/x.yaml', 2, changed),
      changeRank('content/z.yaml', 12, changed),
    ]).toEqual([0, 1, 2]);
  });
});

describe('npm run validate --changed-since', () => {
  let local: TempRepo;
  beforeAll(() => {
    local = createTempRepo(FIXTURE);
    // An old problem on main, in a file the branch does not touch…
    local.write(
      'content/kakuu/soumu/2019.yaml',
      local.read('content/kakuu/soumu/2019.yaml').replace('fiscalYear: 2019', 'fiscalYear: 2019\nunknownField: 1'),
    );
    local.git('commit', '--quiet', '-am', 'An old problem');
    // …and a new one the branch makes, in a file sorted after it.
    local.git('switch', '--quiet', '-c', 'work');
    local.write(PLAN_2021, local.read(PLAN_2021).replace('count: 45', 'count: -45'));
    local.git('commit', '--quiet', '-am', 'A new problem');
  });
  afterAll(() => local?.remove());
  const validate = (...args: string[]) => local.cli('validate', '--format', 'github', '--content', `${local.dir}/content`, ...args);
  const files = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((line) => /file=([^,]+)/.exec(line)?.[1]);

  it('lists the problems on changed lines first, with paths relative to the repository', () => {
    const sorted = validate();
    expect(sorted.status).toBe(1);
    expect(files(sorted.stdout)).toEqual(['content/kakuu/soumu/2019.yaml', PLAN_2021]);
    const ranked = validate('--changed-since', 'main');
    expect(ranked.status).toBe(1);
    expect(files(ranked.stdout)).toEqual([PLAN_2021, 'content/kakuu/soumu/2019.yaml']);
    expect(ranked.stdout).toMatch(
      /^::error file=content\/kakuu\/soumu\/2021\.yaml,line=17,col=\d+,title=resources\.staff\.items\[0\]\.count::/,
    );
  });

  it('exits 2 for a ref git does not know', () => {
    const bad = validate('--changed-since', 'no-such-ref');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no-such-ref');
  });
});
