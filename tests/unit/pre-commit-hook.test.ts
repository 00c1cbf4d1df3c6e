/**
 * The optional pre-commit hook: `gyosei-plans hooks install` (`npm run hooks:install` here) puts it where git looks (core.hooksPath too),
 * never over someone else's hook without --force; the hook checks the staged versions of staged
 * content/ files, so a commit of a broken file stops and a commit of a fixed one goes through even
 * when the working tree is broken again; commits that stage no content are not checked at all.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../helpers/temp-git-repo.ts';

const PLAN = 'content/kakuu/soumu/2020.yaml';
const FOREIGN = '#!/bin/sh\n# someone else’s hook\nexit 0\n';

let repo: TempRepo;
let good: string;
const install = (...args: string[]) => repo.script('src/cli/bin.mjs', 'hooks', 'install', ...args);
const commit = (...args: string[]) => repo.run('git', ['commit', '--quiet', ...args]);
const head = () => repo.git('rev-parse', 'HEAD').trim();
const hookFile = () => join(repo.dir, '.git', 'hooks', 'pre-commit');
/** Puts the plan back as the last commit has it, in the index and the working tree. */
const restore = () => repo.git('checkout', 'HEAD', '--', PLAN);
/** A plan whose file name and fiscalYear disagree: one problem, on line 5. */
const broken = () => good.replace('fiscalYear: 2020', 'fiscalYear: 2021');

beforeAll(() => {
  repo = createTempRepo('tests/fixtures/multi-year', { linkProject: true });
  good = repo.read(PLAN);
});
afterAll(() => repo?.remove());

describe('npm run hooks:install', () => {
  it('installs an executable hook, and running it again only updates it', () => {
    const first = install();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('.git/hooks/pre-commit');
    const text = readFileSync(hookFile(), 'utf8');
    expect(text.startsWith('#!/bin/sh\n# gyosei-plans pre-commit hook')).toBe(true);
    // In the package's own repository (npm links no bin of the package itself) the hook runs the source's bin.
    expect(text).toContain(`git diff --cached --quiet -- 'content/' && exit 0`);
    expect(text).toContain(`run "$site" "$site/src/cli/bin.mjs"`);
    expect(text).toContain(`exec "$node" "$2" hooks pre-commit --content 'content'`);
    expect(statSync(hookFile()).mode & 0o111).toBe(0o111);
    const again = install();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('更新しました');
    expect(readFileSync(hookFile(), 'utf8')).toBe(text);
  });
});

describe('the pre-commit hook', () => {
  it('stops a commit whose staged plan is invalid, saying where, why, and how to skip the check', () => {
    const before = head();
    repo.write(PLAN, broken());
    repo.git('add', PLAN);
    const result = commit('-m', 'Broken plan');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${PLAN}:5:`);
    expect(result.stderr).toContain('コミットを中止しました');
    expect(result.stderr).toContain('Commit stopped');
    expect(result.stderr).toContain('git commit --no-verify');
    expect(head()).toBe(before);
  });

  it('checks the staged version, not the working tree: a staged fix commits though the file is broken again', () => {
    const before = head();
    repo.write(PLAN, good.replace('title: 架空の窓口サービス改善', 'title: 架空の窓口サービスの改善'));
    repo.git('add', PLAN);
    repo.write(PLAN, 'not: [valid yaml');
    const result = commit('-m', 'Fixed plan');
    expect(result.status, result.stderr).toBe(0);
    expect(head()).not.toBe(before);
    expect(repo.git('show', `HEAD:${PLAN}`)).toContain('架空の窓口サービスの改善');
  });

  it('and a broken staged version stops the commit though the working tree is fine', () => {
    const before = head();
    repo.write(PLAN, broken());
    repo.git('add', PLAN);
    repo.write(PLAN, good);
    expect(commit('-m', 'Broken in the index').status).not.toBe(0);
    expect(head()).toBe(before);
    restore();
  });

  it('checks what `git commit -a` is about to record', () => {
    const before = head();
    repo.write(PLAN, broken());
    const result = commit('-a', '-m', 'Broken with -a');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${PLAN}:5:`);
    expect(head()).toBe(before);
    restore();
  });

  it('checks other files a staged deletion breaks', () => {
    repo.git('rm', '--quiet', '--cached', 'content/kakuu/soumu/department.yaml');
    const result = commit('-m', 'Department file gone');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${PLAN}:`);
    expect(result.stderr).toContain('department.yaml がありません');
    repo.git('add', 'content/kakuu/soumu/department.yaml');
    expect(repo.git('status', '--porcelain', '--', 'content')).toBe('');
  });

  it('lets through, unchecked, a commit that stages nothing under content/', () => {
    const before = head();
    repo.write(PLAN, broken());
    repo.write('notes.txt', 'Meeting notes.\n');
    repo.git('add', 'notes.txt');
    const result = commit('-m', 'Notes');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(head()).not.toBe(before);
    restore();
  });

  it('lets a commit through on a branch that has nothing to run the check with', () => {
    const before = head();
    renameSync(join(repo.dir, 'src'), join(repo.dir, 'src.away'));
    try {
      repo.write(PLAN, broken());
      repo.git('add', PLAN);
      const result = commit('-m', 'A branch from before the check');
      expect(result.status, result.stderr).toBe(0);
      expect(head()).not.toBe(before);
    } finally {
      renameSync(join(repo.dir, 'src.away'), join(repo.dir, 'src'));
    }
    repo.write(PLAN, good);
    repo.git('add', PLAN);
    expect(commit('-m', 'Fixed again').status).toBe(0);
  });

  it('is skipped with --no-verify', () => {
    repo.write(PLAN, broken());
    repo.git('add', PLAN);
    expect(commit('--no-verify', '-m', 'Skipped').status).toBe(0);
    repo.write(PLAN, good);
    repo.git('add', PLAN);
    expect(commit('-m', 'Restored').status).toBe(0);
  });
});

describe('someone else’s hook', () => {
  it('is never overwritten without --force, nor removed by uninstall', () => {
    expect(install('--uninstall').status).toBe(0);
    expect(existsSync(hookFile())).toBe(false);
    writeFileSync(hookFile(), FOREIGN, { mode: 0o755 });
    const refused = install();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('上書きしません');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(hookFile(), 'utf8')).toBe(FOREIGN);
    expect(install('--uninstall').status).toBe(1);
    expect(readFileSync(hookFile(), 'utf8')).toBe(FOREIGN);
  });

  it('is kept as pre-commit.orig by --force and put back by uninstall', () => {
    expect(install('--force').status).toBe(0);
    expect(readFileSync(hookFile(), 'utf8')).toContain('# gyosei-plans pre-commit hook');
    expect(readFileSync(`${hookFile()}.orig`, 'utf8')).toBe(FOREIGN);
    expect(install('--uninstall').status).toBe(0);
    expect(readFileSync(hookFile(), 'utf8')).toBe(FOREIGN);
    expect(existsSync(`${hookFile()}.orig`)).toBe(false);
  });
});

describe('core.hooksPath', () => {
  it('installs where git will look, and the hook runs from there', () => {
    repo.git('config', 'core.hooksPath', '.githooks');
    const result = install();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('.githooks/pre-commit');
    expect(existsSync(join(repo.dir, '.githooks', 'pre-commit'))).toBe(true);
    repo.write(PLAN, broken());
    repo.git('add', PLAN);
    expect(commit('-m', 'Broken again').stderr).toContain('コミットを中止しました');
  });
});
