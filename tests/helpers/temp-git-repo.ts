/**
 * A throwaway git repository holding a fixture content tree, for tests of the pull-request diff and
 * the pre-commit hook. Git runs with fixed names and dates and without the machine's own git
 * configuration, so a developer's hooks, aliases or default branch cannot change the outcome.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { CLI } from './cli.ts';
import { projectRoot } from './pages.ts';

/**
 * Git without the user's or the machine's configuration, and not the repository of a hook that runs
 * the tests (hooks export GIT_DIR, GIT_INDEX_FILE …).
 */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
  return { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...extra };
}

/** A fictional clerk committing on `date` (YYYY-MM-DD) at 09:00 in Japan, so every run gives the same hashes. */
function author(date: string): Record<string, string> {
  const when = `${date}T09:00:00+09:00`;
  return {
    GIT_AUTHOR_NAME: 'Test Clerk',
    GIT_AUTHOR_EMAIL: 'clerk@example.org',
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_NAME: 'Test Clerk',
    GIT_COMMITTER_EMAIL: 'clerk@example.org',
    GIT_COMMITTER_DATE: when,
  };
}

export interface TempRepo {
  dir: string;
  /** `dir`/content. */
  content: string;
  env: NodeJS.ProcessEnv;
  /** Runs git; throws with git's stderr when it fails. */
  git: (...args: string[]) => string;
  /** Runs a command in the repository and returns its outcome whatever the exit status. */
  run: (command: string, args: string[]) => SpawnSyncReturns<string>;
  /** Runs the `gyosei-plans` command (e.g. `cli('pr-diff')`) with the pinned Node, from the repository. */
  cli: (...args: string[]) => SpawnSyncReturns<string>;
  read: (path: string) => string;
  write: (path: string, text: string) => void;
  /** Replaces text in a file under content/ (each `from` must be there). */
  edit: (file: string, ...pairs: [from: string, to: string][]) => void;
  /** Commits everything under content/ as of `date` (YYYY-MM-DD). */
  commit: (date: string, message: string) => void;
  remove: () => void;
}

/**
 * Copies a fixture's content/ into `repo`/content/, pointing each file's schema comment at
 * `repo`/schemas/ as the validator expects (the fixture's own comment counts folders from tests/fixtures).
 */
function copyContent(fixture: string, repo: string): void {
  const from = join(projectRoot, fixture, 'content');
  cpSync(from, join(repo, 'content'), { recursive: true });
  for (const entry of readdirSync(join(repo, 'content'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const file = join(entry.parentPath, entry.name);
    const depth = relative(repo, dirname(file)).split(sep).length;
    const text = readFileSync(file, 'utf8').replace(/\$schema=(?:\.\.\/)+schemas\//, `$schema=${'../'.repeat(depth)}schemas/`);
    writeFileSync(file, text);
  }
}

/**
 * A repository on branch main whose first commit holds `fixture`'s content/ (tests/fixtures/…);
 * with `commit: false` the content is left uncommitted, for a history the test writes itself.
 */
export function createTempRepo(fixture: string, options: { linkProject?: boolean; commit?: boolean } = {}): TempRepo {
  const top = mkdtempSync(join(tmpdir(), 'plans-git-'));
  const dir = join(top, 'repo');
  mkdirSync(dir);
  const env = isolatedGitEnv(author('2026-04-01'));
  const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: dir, env, encoding: 'utf8' });
  const git = (...args: string[]) => {
    const result = run('git', args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    return result.stdout;
  };
  git('init', '--quiet', '--initial-branch=main');
  copyContent(fixture, dir);
  if (options.linkProject) {
    // The hook runs the project's pinned Node and its gyosei-plans bin from the top of the checkout,
    // as in a clerk's clone of this repository: links give it the project's code without copying node_modules.
    const linked = ['node_modules', 'src', 'schemas', 'package.json'];
    for (const name of linked) symlinkSync(join(projectRoot, name), join(dir, name), name.includes('.') ? 'file' : 'dir');
    writeFileSync(join(dir, '.git', 'info', 'exclude'), linked.map((name) => `${name}\n`).join(''));
  }
  const commit = (date: string, message: string) => {
    git('add', 'content');
    const result = spawnSync('git', ['-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', message], {
      cwd: dir,
      env: { ...env, ...author(date) },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`git commit failed (${result.status}):\n${result.stderr}`);
  };
  if (options.commit !== false) commit('2026-04-01', 'Fixture content');
  return {
    dir,
    env,
    git,
    run,
    commit,
    content: join(dir, 'content'),
    edit: (file, ...pairs) => {
      const path = join(dir, 'content', file);
      let text = readFileSync(path, 'utf8');
      for (const [from, to] of pairs) {
        if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
        text = text.replace(from, to);
      }
      writeFileSync(path, text);
    },
    cli: (...args) => run(process.execPath, [CLI, ...args]),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    remove: () => rmSync(top, { recursive: true, force: true }),
  };
}

/** The fixture file with its schema comment fixed for a repository of the same layout. */
export function fixtureFile(fixture: string, path: string): string {
  const depth = path.split('/').length - 1;
  return readFileSync(join(projectRoot, fixture, path), 'utf8').replace(
    /\$schema=(?:\.\.\/)+schemas\//,
    `$schema=${'../'.repeat(depth)}schemas/`,
  );
}
