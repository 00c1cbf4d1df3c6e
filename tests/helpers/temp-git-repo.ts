/**
 * A throwaway git repository holding a fixture content tree, for tests of the pull-request diff and
 * the pre-commit hook. Git runs with fixed names and dates and without the machine's own git
 * configuration, so a developer's hooks, aliases or default branch cannot change the outcome.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { projectRoot } from './pages.ts';

export interface TempRepo {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** Runs git; throws with git's stderr when it fails. */
  git: (...args: string[]) => string;
  /** Runs a command in the repository and returns its outcome whatever the exit status. */
  run: (command: string, args: string[]) => SpawnSyncReturns<string>;
  /** Runs one of the project's scripts (e.g. scripts/pr-diff.ts) with the pinned Node, from the repository. */
  script: (path: string, ...args: string[]) => SpawnSyncReturns<string>;
  read: (path: string) => string;
  write: (path: string, text: string) => void;
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

/** A repository on branch main whose first commit holds `fixture`'s content/ (tests/fixtures/…). */
export function createTempRepo(fixture: string, options: { linkProject?: boolean } = {}): TempRepo {
  const top = mkdtempSync(join(tmpdir(), 'plans-git-'));
  const dir = join(top, 'repo');
  mkdirSync(dir);
  writeFileSync(join(top, 'gitconfig'), '');
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
  Object.assign(env, {
    GIT_CONFIG_GLOBAL: join(top, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Clerk', GIT_AUTHOR_EMAIL: 'clerk@example.org', GIT_AUTHOR_DATE: '2026-04-01T09:00:00+09:00',
    GIT_COMMITTER_NAME: 'Test Clerk', GIT_COMMITTER_EMAIL: 'clerk@example.org', GIT_COMMITTER_DATE: '2026-04-01T09:00:00+09:00',
  });
  const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: dir, env, encoding: 'utf8' });
  const git = (...args: string[]) => {
    const result = run('git', args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    return result.stdout;
  };
  git('init', '--quiet', '--initial-branch=main');
  copyContent(fixture, dir);
  if (options.linkProject) {
    // The hook runs node_modules/.bin/node scripts/hooks/pre-commit.ts from the top of the checkout,
    // as in a clerk's clone: links give it the project's code without copying node_modules.
    for (const name of ['node_modules', 'scripts', 'src', 'schemas']) symlinkSync(join(projectRoot, name), join(dir, name), 'dir');
    writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\nscripts\nsrc\nschemas\n');
  }
  git('add', 'content');
  git('commit', '--quiet', '-m', 'Fixture content');
  return {
    dir, env, git, run,
    script: (path, ...args) => run(process.execPath, [join(projectRoot, path), ...args]),
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
  return readFileSync(join(projectRoot, fixture, path), 'utf8').replace(/\$schema=(?:\.\.\/)+schemas\//, `$schema=${'../'.repeat(depth)}schemas/`);
}
