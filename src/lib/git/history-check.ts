/**
 * Whether the git history of a content tree can be trusted for the pages' 変更履歴 and the feeds. A
 * shallow clone (`git clone --depth 1`, the default of actions/checkout and of most hosts) holds only
 * the newest commit: every plan would seem added then, with that commit's subject. Without git, a
 * repository or commits there is nothing to show. Either way a build must stop or turn history off
 * (the integration's `history: false`), never publish made-up dates.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** Why the history cannot be used, from the most basic cause. */
export type HistoryProblem =
  /** The `git` command is not installed (or not on PATH). */
  | 'no-git'
  /** The content tree is not in a git repository (e.g. a downloaded archive). */
  | 'not-a-repository'
  /** The repository has no commit yet. */
  | 'no-commits'
  /** A shallow clone: older commits are missing. */
  | 'shallow'
  /** No plan file of the tree has been committed (the tree is new, ignored, or copied in after checkout). */
  | 'untracked';

/** Runs git in `cwd` (without a hook's GIT_DIR, which would name another repository) and returns stdout, trimmed. */
function git(cwd: string, args: string[]): string {
  const env = { ...process.env };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX']) delete env[key];
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * Whether the repository is shallow: `git rev-parse --is-shallow-repository` (git 2.15+), or else the
 * `shallow` file git keeps in its directory (in the common directory for a worktree, which
 * `--git-path` names).
 */
function isShallow(dir: string): boolean {
  let answer = '';
  try {
    answer = git(dir, ['rev-parse', '--is-shallow-repository']);
  } catch {
    // An old git that does not know the option: the file below decides.
  }
  if (answer === 'true') return true;
  const file = git(dir, ['rev-parse', '--git-path', 'shallow']);
  return existsSync(isAbsolute(file) ? file : join(dir, file));
}

/**
 * The problem with the git history of the repository that holds `contentDir`, or undefined when its
 * history is whole: git runs, the tree is in a repository that has commits, and the clone is not
 * shallow. Whether the tree's own files are committed is `untrackedTree`'s question.
 */
export function repositoryHistoryProblem(contentDir: string): Exclude<HistoryProblem, 'untracked'> | undefined {
  let dir = resolve(contentDir);
  while (!existsSync(dir)) dir = resolve(dir, '..');
  try {
    git(dir, ['--version']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'no-git';
    throw error;
  }
  try {
    if (git(dir, ['rev-parse', '--is-inside-work-tree']) !== 'true') return 'not-a-repository';
  } catch {
    return 'not-a-repository';
  }
  try {
    git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  } catch {
    return 'no-commits';
  }
  return isShallow(dir) ? 'shallow' : undefined;
}

/** What each problem is, in Japanese and English. */
const CAUSE: Record<HistoryProblem, { ja: string; en: string }> = {
  'no-git': { ja: 'git がインストールされていません。', en: 'git is not installed.' },
  'not-a-repository': {
    ja: '計画ファイルのフォルダが git リポジトリの中にありません（ZIP などでダウンロードしたファイルなど）。',
    en: 'the folder of the plan files is not in a git repository (e.g. files downloaded as a ZIP archive).',
  },
  'no-commits': { ja: 'リポジトリにまだコミットがありません。', en: 'the repository has no commit yet.' },
  shallow: {
    ja: '浅いクローン（git clone --depth 1 など）で、最新のコミットしかありません。このまま公開すると、すべての計画が最新のコミットの日付に「掲載」されたことになり、フィードもすべての計画を新着として知らせます。',
    en: 'this is a shallow clone (e.g. git clone --depth 1) that holds only the newest commit. Published as it is, every plan would show as added on that commit’s date, and the feeds would announce every plan as new.',
  },
  untracked: {
    ja: '計画ファイルが 1 件もコミットされていません（新しいフォルダ、.gitignore で除外されている、チェックアウト後にコピーしたなど）。',
    en: 'no plan file has been committed (a new folder, one excluded by .gitignore, or files copied in after the checkout).',
  },
};

/** How to fix each problem, in Japanese and English; every message ends with the option that turns history off. */
const FIXES: Record<HistoryProblem, { ja: string; en: string }[]> = {
  'no-git': [{ ja: 'git をインストールしてから、ビルドし直してください。', en: 'Install git, then build again.' }],
  'not-a-repository': [
    {
      ja: 'ダウンロードではなく git clone したリポジトリでビルドしてください。',
      en: 'Build in a repository made with git clone, not in downloaded files.',
    },
  ],
  'no-commits': [
    {
      ja: '計画ファイルをコミットしてください（git add content && git commit）。',
      en: 'Commit the plan files (git add content && git commit).',
    },
  ],
  shallow: [
    {
      ja: 'GitHub Actions では actions/checkout に `with: fetch-depth: 0` を指定してください。',
      en: 'On GitHub Actions, give actions/checkout `with: fetch-depth: 0`.',
    },
    {
      ja: 'ほかの環境では、ビルドの前に `git fetch --unshallow` を実行してください。',
      en: 'Elsewhere, run `git fetch --unshallow` before the build.',
    },
  ],
  untracked: [
    {
      ja: '計画ファイルをコミットしてください（git add content && git commit）。',
      en: 'Commit the plan files (git add content && git commit).',
    },
  ],
};

const TURN_OFF = {
  ja: '変更履歴を git から作らない場合は、astro.config.mjs で plans({ history: false }) とするか、環境変数 PLANS_HISTORY=off を設定してください（変更履歴・最終更新日・フィードを出しません）。',
  en: 'To publish without history from git, set plans({ history: false }) in astro.config.mjs or the environment variable PLANS_HISTORY=off (no change history, last-changed dates or feeds are published).',
};

/**
 * The message for a history problem: what is wrong and how to fix it, in Japanese, then in English.
 * @example historyMessage('shallow', '/site/content') starts with 'gyosei-plans: 計画ファイルの変更履歴を git から読めません'
 */
export function historyMessage(problem: HistoryProblem, contentDir: string): string {
  const fixes = [...FIXES[problem], TURN_OFF];
  return [
    `gyosei-plans: 計画ファイルの変更履歴を git から読めません（${contentDir}）: ${CAUSE[problem].ja}`,
    '直し方:',
    ...fixes.map((f) => `  - ${f.ja}`),
    `gyosei-plans: the change history of the plan files cannot be read from git (${contentDir}): ${CAUSE[problem].en}`,
    'How to fix it:',
    ...fixes.map((f) => `  - ${f.en}`),
  ].join('\n');
}

/** The message listing plan files not committed yet, which are published without history. */
export function uncommittedMessage(files: readonly string[]): string {
  const list = files.map((f) => `  - ${f}`).join('\n');
  return `まだコミットされていない計画ファイルは、変更履歴なしで表示します / Plan files not committed yet are shown without change history:\n${list}`;
}

/**
 * Reads PLANS_HISTORY, which overrides the `history` option at build time (for hosts whose clone
 * depth cannot be changed): `off`/`false`/`0` or `on`/`true`/`1`; unset or empty leaves the option.
 */
export function historyFromEnv(value: string | undefined): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (['off', 'false', '0'].includes(v)) return false;
  if (['on', 'true', '1'].includes(v)) return true;
  const error = new Error(
    `環境変数 PLANS_HISTORY は off か on にしてください（「${value}」） / PLANS_HISTORY must be off or on (got "${value}")`,
  );
  error.stack = error.message;
  throw error;
}
