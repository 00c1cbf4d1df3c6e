/**
 * `gyosei-plans init`: what it writes, what it refuses, and where its workflows come from. That the
 * site it writes installs, validates and builds is the adoption test's (tests/adoption/adoption.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_WORKFLOWS_FROM, parseWorkflowsFrom, repositorySlug } from '../../src/init/site-files.ts';
import { projectRoot } from '../helpers/pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const init = (...args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, 'src/cli/bin.mjs'), 'init', ...args], { cwd: dir, encoding: 'utf8' });
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string; peerDependencies: { astro: string } };

describe('gyosei-plans init', () => {
  const result = init('Hodogaya Plans');
  const site = join(dir, 'Hodogaya Plans');
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));

  it('writes a whole site and says what to run next', () => {
    expect(result.status, result.stderr).toBe(0);
    for (const file of [
      'package.json',
      'package-lock.json',
      '.nvmrc',
      'astro.config.mjs',
      'src/content.config.ts',
      'public/favicon.svg',
      'tsconfig.json',
      'README.md',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      '.editorconfig',
      '.gitattributes',
      '.gitignore',
      '.github/workflows/pr.yml',
      '.github/workflows/deploy.yml',
      'content/glossary.yaml',
      'content/kakuu/municipality.yaml',
      'content/kakuu/soumu/department.yaml',
      'content/kakuu/soumu/2026.yaml',
    ])
      expect(files, file).toContain(file);
    expect(result.stdout).toContain('cd "Hodogaya Plans"\n  npm install\n  npm run dev');
  });

  it('names the package after the folder and depends on exactly this version of the package, and on Astro', () => {
    const site_ = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(site_).toMatchObject({
      name: 'hodogaya-plans',
      private: true,
      type: 'module',
      dependencies: { 'gyosei-plans': pkg.version, astro: pkg.peerDependencies.astro },
    });
    expect(readFileSync(join(site, 'astro.config.mjs'), 'utf8')).toContain("import plans from 'gyosei-plans';");
    expect(readFileSync(join(site, 'src/content.config.ts'), 'utf8')).toContain("export { collections } from 'gyosei-plans/content';");
    expect(readFileSync(join(site, 'public/favicon.svg'), 'utf8')).toBe(
      readFileSync(join(projectRoot, 'public/favicon.svg'), 'utf8').trimEnd() + '\n',
    );
  });

  it('locks every package the site installs to the version this repository was tested with', () => {
    type Entry = { version?: string; dev?: boolean; optional?: boolean; dependencies?: Record<string, string> };
    const tested = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, Entry> };
    const written = JSON.parse(readFileSync(join(site, 'package-lock.json'), 'utf8')) as {
      name: string;
      lockfileVersion: number;
      packages: Record<string, Entry>;
    };
    const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(written).toMatchObject({ name: 'hodogaya-plans', lockfileVersion: 3 });
    // The root says what package.json says, or npm ci refuses the lock file.
    expect(written.packages['']!.dependencies).toEqual(manifest.dependencies);
    expect(written.packages['node_modules/gyosei-plans']!.version).toBe(pkg.version);
    expect(written.packages['node_modules/astro']!.version).toBe(tested.packages['node_modules/astro']!.version);
    const entries = Object.entries(written.packages).filter(([key]) => key && key !== 'node_modules/gyosei-plans');
    expect(entries.length).toBeGreaterThan(100);
    // The tested tree, nothing added, nothing of this repository's own tools (dev dependencies only a repository needs).
    for (const [key, entry] of entries) {
      expect(entry.version, key).toBe(tested.packages[key]?.version);
      expect(entry.dev, key).toBeUndefined();
    }
    for (const tool of ['vitest', 'eslint', 'typescript', 'playwright-core', 'axe-core'])
      expect(written.packages).not.toHaveProperty(`node_modules/${tool}`);
    // Every dependency of every entry resolves inside the lock file, as Node would look it up.
    const resolves = (from: string, name: string) => {
      for (let at = from; ; at = at.includes('/node_modules/') ? at.slice(0, at.lastIndexOf('/node_modules/')) : '') {
        if (written.packages[`${at ? `${at}/` : ''}node_modules/${name}`]) return true;
        if (!at) return false;
      }
    };
    for (const [key, entry] of Object.entries(written.packages))
      for (const name of Object.keys(entry.dependencies ?? {})) expect(resolves(key, name), `${key} → ${name}`).toBe(true);
  });

  it('points the editor at the schemas inside the installed package', () => {
    const settings = JSON.parse(readFileSync(join(site, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    expect(Object.keys(settings['yaml.schemas']).sort()).toEqual(
      ['department', 'glossary', 'municipality', 'plan'].map((k) => `./node_modules/gyosei-plans/schemas/${k}.schema.json`),
    );
    expect(readFileSync(join(site, 'content/kakuu/soumu/2026.yaml'), 'utf8').split('\n', 1)[0]).toBe(
      '# yaml-language-server: $schema=../../../node_modules/gyosei-plans/schemas/plan.schema.json',
    );
    expect(readFileSync(join(site, 'content/glossary.yaml'), 'utf8').split('\n', 1)[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/gyosei-plans/schemas/glossary.schema.json',
    );
  });

  it('marks every example file as fictional', () => {
    for (const file of files.filter((f) => f.startsWith('content/') && f.endsWith('.yaml'))) {
      expect(readFileSync(join(site, file), 'utf8').split('\n', 3).slice(1).join('\n'), file).toMatch(
        /^# 架空の例です。.*\n# A fictional example/,
      );
    }
  });

  it('calls the reusable workflows of the repository in package.json, else of the default, at the tag of this version', () => {
    const from = `${repositorySlug((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { repository?: string }).repository) ?? DEFAULT_WORKFLOWS_FROM}@v${pkg.version}`;
    const { slug, ref } = parseWorkflowsFrom(from)!;
    const pr = parse(readFileSync(join(site, '.github/workflows/pr.yml'), 'utf8')) as { jobs: Record<string, { uses: string }> };
    expect(pr.jobs.check!.uses).toBe(`${slug}/.github/workflows/plans-check.yml@${ref}`);
  });

  it('takes the workflows from --workflows-from', () => {
    expect(init('other', '--workflows-from', 'city-hall/plans-tool@v1.2').status).toBe(0);
    expect(readFileSync(join(dir, 'other/.github/workflows/deploy.yml'), 'utf8')).toContain(
      'uses: city-hall/plans-tool/.github/workflows/plans-deploy.yml@v1.2',
    );
    const bad = init('other2', '--workflows-from', 'not a repo');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--workflows-from は OWNER/REPO@REF の形です');
  });

  it('starts a git repository whose first commit holds every file it wrote, so a build finds the history it needs', () => {
    const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
    expect(git(site, 'rev-list', '--count', 'HEAD').stdout.trim()).toBe('1');
    expect(git(site, 'status', '--porcelain').stdout).toBe('');
    const committed = git(site, 'ls-files').stdout.trim().split('\n').sort();
    expect(committed).toEqual(files.filter((f) => !/^\.git(\/|$)/.test(f) && statSync(join(site, f)).isFile()).sort());
    expect(result.stdout).toContain('Started a git repository with the written files as its first commit.');

    expect(init('plain', '--no-git').status).toBe(0);
    expect(readdirSync(join(dir, 'plain'))).not.toContain('.git');

    // A folder inside an existing repository is its owner's: init commits nothing there.
    const outer = join(dir, 'outer');
    mkdirSync(outer);
    expect(git(outer, 'init', '--quiet').status).toBe(0);
    const inside = init('outer/site');
    expect(inside.status).toBe(0);
    expect(inside.stdout).toContain('inside an existing git repository');
    expect(git(outer, 'rev-list', '--all').stdout).toBe('');
  });

  it('refuses a folder that is not empty, and writes nothing into it', () => {
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken/notes.txt'), 'keep');
    const refused = init('taken');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      'taken は空のフォルダではありません。新しいフォルダの名前を指定してください / taken is not an empty folder',
    );
    expect(readdirSync(join(dir, 'taken'))).toEqual(['notes.txt']);
    expect(init().status).toBe(2);
  });

  it('reads the GitHub repository of a package.json, however it is written', () => {
    expect(
      [
        'owner/repo',
        'github:owner/repo',
        'https://github.com/owner/repo',
        { url: 'git+https://github.com/owner/repo.git' },
        { url: 'git@github.com:owner/repo.git' },
      ].map(repositorySlug),
    ).toEqual(Array(5).fill('owner/repo'));
    expect(repositorySlug(undefined)).toBeUndefined();
    expect(repositorySlug({ url: 'https://gitlab.com/owner/repo' })).toBeUndefined();
  });
});
