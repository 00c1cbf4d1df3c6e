/**
 * Whether a content tree's git history can be trusted (src/lib/git/history-check.ts): a shallow clone,
 * a folder outside git, a repository without commits or a machine without git is told apart from a
 * whole history, and each message says in Japanese and English how to fix it. The repositories are
 * throwaway ones holding the fictional base fixture; no site is built here.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  historyFromEnv,
  historyMessage,
  repositoryHistoryProblem,
  uncommittedMessage,
  type HistoryProblem,
} from '../../src/lib/git/history-check.ts';
import { fileHistory, headTime } from '../../src/lib/git/file-history.ts';
import { parseOptions } from '../../src/integration/options.ts';
import { projectRoot } from '../helpers/pages.ts';
import { createTempRepo, type TempRepo } from '../helpers/temp-git-repo.ts';

let repo: TempRepo;
let scratch: string;
const saved = { ceiling: process.env.GIT_CEILING_DIRECTORIES, PATH: process.env.PATH };

beforeAll(() => {
  // git must not find a repository above the temporary folders (should the machine's tmp be inside one).
  process.env.GIT_CEILING_DIRECTORIES = tmpdir();
  repo = createTempRepo('tests/fixtures/base');
  repo.edit('kakuu/soumu/2020.yaml', ['災害に強い架空市をつくります。', '災害に強い架空市をつくります（改訂）。']);
  repo.commit('2026-05-01', 'Second version');
  scratch = mkdtempSync(join(tmpdir(), 'plans-history-check-'));
});

afterAll(() => {
  process.env.GIT_CEILING_DIRECTORIES = saved.ceiling;
  if (saved.ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
  repo?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('repositoryHistoryProblem', () => {
  it('finds nothing wrong in a full clone, also for a content folder not created yet', () => {
    expect(repositoryHistoryProblem(repo.content)).toBeUndefined();
    expect(repositoryHistoryProblem(join(repo.dir, 'no-such-folder/content'))).toBeUndefined();
    // This repository's own checkout (CI clones it in full).
    expect(repositoryHistoryProblem(join(projectRoot, 'content'))).toBeUndefined();
  });

  it('finds a shallow clone (git clone --depth 1 of a file:// URL; a plain path would ignore the depth)', () => {
    const shallow = join(scratch, 'shallow');
    repo.git('clone', '--quiet', '--depth', '1', `file://${repo.dir}`, shallow);
    expect(repo.run('git', ['-C', shallow, 'rev-list', '--count', 'HEAD']).stdout.trim()).toBe('1');
    expect(repositoryHistoryProblem(join(shallow, 'content'))).toBe('shallow');
    // Made whole again, as the message says: the problem is gone.
    repo.run('git', ['-C', shallow, 'fetch', '--quiet', '--unshallow']);
    expect(repositoryHistoryProblem(join(shallow, 'content'))).toBeUndefined();
  });

  it('finds a folder outside git, and a repository without commits', () => {
    const plain = join(scratch, 'plain');
    cpSync(repo.content, join(plain, 'content'), { recursive: true });
    expect(repositoryHistoryProblem(join(plain, 'content'))).toBe('not-a-repository');
    expect(headTime(join(plain, 'content'))).toBeUndefined();

    const empty = join(scratch, 'empty');
    cpSync(repo.content, join(empty, 'content'), { recursive: true });
    repo.run('git', ['init', '--quiet', empty]);
    expect(repositoryHistoryProblem(join(empty, 'content'))).toBe('no-commits');
    expect(headTime(join(empty, 'content'))).toBeUndefined();
  });

  it('finds a machine without git', () => {
    const bin = join(scratch, 'empty-bin');
    mkdirSync(bin, { recursive: true });
    process.env.PATH = bin;
    try {
      expect(repositoryHistoryProblem(repo.content)).toBe('no-git');
    } finally {
      process.env.PATH = saved.PATH;
    }
  });

  it('gives the time of the commit checked out, in UTC', () => {
    // The second commit: 2026-05-01 09:00 in Japan.
    expect(headTime(repo.content)).toBe('2026-05-01T00:00:00Z');
  });
});

describe('fileHistory of a plan not committed yet', () => {
  it('is empty for a new file, and for one written again after a commit deleted it', () => {
    const own = createTempRepo('tests/fixtures/base');
    try {
      const file = 'content/kakuu/soumu/2020.yaml';
      // (One `git log` per tree and process, so the history is read once, after the commits.)
      const text = own.read(file);
      own.git('rm', '--quiet', file);
      own.commit('2026-06-01', 'Remove the 2020 plan');
      own.write(file, text);
      expect(fileHistory(file, own.content)).toEqual([]);
      expect(fileHistory('content/kakuu/municipality.yaml', own.content).map((c) => c.subject)).toEqual(['Fixture content']);
      expect(fileHistory('content/kakuu/soumu/2021.yaml', own.content)).toEqual([]);
    } finally {
      own.remove();
    }
  });
});

describe('fileHistory of a plan rewritten in its other form', () => {
  it('continues with the commits of the .yaml it replaced, the rewrite counted as a change', () => {
    const own = createTempRepo('tests/fixtures/base');
    try {
      const yaml = 'content/kakuu/soumu/2020.yaml';
      own.git('mv', yaml, 'content/kakuu/soumu/2020.md');
      own.commit('2026-07-01', 'The 2020 plan as a document');
      const history = fileHistory('content/kakuu/soumu/2020.md', own.content);
      expect(history.map((c) => [c.subject, c.added])).toEqual([
        ['The 2020 plan as a document', false],
        ['Fixture content', true],
      ]);
      // The .yaml is gone: it has no history of its own to show.
      expect(fileHistory(yaml, own.content)).toEqual([]);
    } finally {
      own.remove();
    }
  });
});

describe('historyMessage', () => {
  const problems: HistoryProblem[] = ['no-git', 'not-a-repository', 'no-commits', 'shallow', 'untracked'];

  it.each(problems)(
    '%s: says what is wrong and how to fix it, in Japanese then in English, with the option that turns history off',
    (problem) => {
      const message = historyMessage(problem, '/site/content');
      const [ja, en] = message.split('\ngyosei-plans: the change history');
      expect(ja).toMatch(/^gyosei-plans: 計画ファイルの変更履歴を git から読めません（\/site\/content）: .+\n直し方:\n {2}- /);
      expect(en).toMatch(/^ of the plan files cannot be read from git \(\/site\/content\): .+\nHow to fix it:\n {2}- /);
      for (const part of [ja!, en!]) {
        expect(part).toContain('plans({ history: false })');
        expect(part).toContain('PLANS_HISTORY=off');
      }
      expect(ja).not.toMatch(/[A-Za-z]{4,} [a-z]{4,} [a-z]{4,}/); // no English sentence in the Japanese half
    },
  );

  it('tells a shallow clone the three ways out: fetch-depth: 0, git fetch --unshallow, history: false', () => {
    const message = historyMessage('shallow', '/site/content');
    expect(message).toContain('浅いクローン');
    expect(message).toContain('shallow clone');
    expect(message.match(/fetch-depth: 0/g)).toHaveLength(2);
    expect(message.match(/git fetch --unshallow/g)).toHaveLength(2);
  });

  it('names the plan files not committed yet', () => {
    expect(uncommittedMessage(['content/kakuu/soumu/2021.yaml'])).toBe(
      'まだコミットされていない計画ファイルは、変更履歴なしで表示します / Plan files not committed yet are shown without change history:\n  - content/kakuu/soumu/2021.yaml',
    );
  });
});

describe('the history option', () => {
  it('is on by default, and takes only true or false', () => {
    expect(parseOptions({}).history).toBe(true);
    expect(parseOptions({ history: false }).history).toBe(false);
    expect(() => parseOptions({ history: 'off' })).toThrow(/history: true か false で書いてください \/ must be true or false/);
  });

  it('is overridden by PLANS_HISTORY=off|on, and a wrong value says which are right', () => {
    for (const value of [undefined, '', '  ']) expect(historyFromEnv(value)).toBeUndefined();
    for (const value of ['off', 'OFF', 'false', '0']) expect(historyFromEnv(value)).toBe(false);
    for (const value of ['on', 'true', '1']) expect(historyFromEnv(value)).toBe(true);
    expect(() => historyFromEnv('no')).toThrow(
      '環境変数 PLANS_HISTORY は off か on にしてください（「no」） / PLANS_HISTORY must be off or on (got "no")',
    );
  });
});
