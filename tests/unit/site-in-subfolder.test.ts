/**
 * An adopter's site as a monorepo holds it: the site in apps/site/, the package installed in its
 * node_modules (linked, as `npm link` or a workspace does), and the content in plans/ (the integration's
 * `contentDir`), with a decoy content/ at the top of the repository that is not the site's. The
 * commands find the content from the site's astro.config, and the git-based ones — validate
 * --changed-since, pr-diff and the pre-commit hook — work on plans/ alone, naming files by the
 * repository's paths; every file's `$schema` line leads into node_modules/gyosei-plans/schemas/.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKER, NO_CHANGES_MARKER } from '../../src/cli/pr-diff/comment.ts';
import { schemaComment, schemaPath, type SchemaKind } from '../../src/lib/validate/schema-comment.ts';
import { projectRoot } from '../helpers/pages.ts';
import { isolatedGitEnv } from '../helpers/temp-git-repo.ts';

const SITE = 'apps/site';
const CONTENT = `${SITE}/plans`;
const PLAN_2020 = `${CONTENT}/kakuu/soumu/2020.yaml`;
const PLAN_2021 = `${CONTENT}/kakuu/soumu/2021.yaml`;
/** Not the site's content: a folder named content/ elsewhere in the repository, broken on purpose. */
const DECOY = 'content/kakuu/soumu/2020.yaml';

let top: string;
let dir: string;
const env = isolatedGitEnv({
  GIT_AUTHOR_NAME: 'Test Clerk',
  GIT_AUTHOR_EMAIL: 'clerk@example.org',
  GIT_COMMITTER_NAME: 'Test Clerk',
  GIT_COMMITTER_EMAIL: 'clerk@example.org',
  PLANS_CONTENT_DIR: '',
});
const run = (command: string, args: string[], cwd = dir): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, env, encoding: 'utf8' });
const git = (...args: string[]) => {
  const result = run('git', args);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
};
/** The package's command as the site runs it: its node_modules/.bin entry, from the site's folder. */
const plans = (...args: string[]) => run(process.execPath, ['node_modules/.bin/gyosei-plans', ...args], join(dir, SITE));
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const kindOf = (name: string): SchemaKind =>
  name === 'glossary.yaml'
    ? 'glossary'
    : name === 'municipality.yaml'
      ? 'municipality'
      : name === 'department.yaml'
        ? 'department'
        : 'plan';
/** A plan whose file name and fiscalYear disagree: one problem, on line 5. */
const broken = (text: string) => text.replace('fiscalYear: 2020', 'fiscalYear: 2021');

beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'plans-monorepo-'));
  dir = join(top, 'repo');
  mkdirSync(join(dir, SITE, 'node_modules', '.bin'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  // The installed package, linked; its bin and the site's pinned Node, as npm puts them in .bin.
  symlinkSync(projectRoot, join(dir, SITE, 'node_modules', 'gyosei-plans'), 'dir');
  symlinkSync('../gyosei-plans/src/cli/bin.mjs', join(dir, SITE, 'node_modules', '.bin', 'gyosei-plans'));
  symlinkSync(process.execPath, join(dir, SITE, 'node_modules', '.bin', 'node'));
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  write(
    `${SITE}/package.json`,
    `${JSON.stringify({ name: 'kakuu-site', private: true, type: 'module', dependencies: { 'gyosei-plans': 'file:../../gyosei-plans' } }, null, 2)}\n`,
  );
  write(
    `${SITE}/astro.config.mjs`,
    "import plans from 'gyosei-plans';\n\nexport default { integrations: [plans({ contentDir: 'plans' })] };\n",
  );
  cpSync(join(projectRoot, 'tests/fixtures/multi-year/content'), join(dir, CONTENT), { recursive: true });
  for (const entry of readdirSync(join(dir, CONTENT), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8').replace(
      /^# yaml-language-server: \$schema=\S+/,
      schemaComment(file, kindOf(entry.name), join(dir, SITE)),
    );
    writeFileSync(file, text);
  }
  write(DECOY, 'not: [valid yaml\n');
  write('README.md', 'A fictional monorepo for tests.\n');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'A site in apps/site');
});
afterAll(() => top && rmSync(top, { recursive: true, force: true }));

describe('the $schema line in a site that installed the package', () => {
  it('leads into node_modules/gyosei-plans/schemas/ and the validator accepts it', () => {
    expect(read(PLAN_2020).split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../../node_modules/gyosei-plans/schemas/plan.schema.json',
    );
    expect(read(`${CONTENT}/glossary.yaml`).split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/gyosei-plans/schemas/glossary.schema.json',
    );
    const result = plans('validate');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('OK: 6 ファイルに問題はありません');
    expect(result.status).toBe(0);
  });

  it('is what `new` writes, and what the validator asks for when it is wrong', () => {
    const created = plans('new', 'shinki', 'kikaku', '2022');
    expect(created.status, created.stderr).toBe(0);
    expect(read(`${CONTENT}/shinki/kikaku/2022.yaml`).split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../../node_modules/gyosei-plans/schemas/plan.schema.json',
    );
    expect(read(`${CONTENT}/shinki/municipality.yaml`).split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../node_modules/gyosei-plans/schemas/municipality.schema.json',
    );
    rmSync(join(dir, CONTENT, 'shinki'), { recursive: true });
    write(
      PLAN_2021,
      read(PLAN_2021).replace(/^# yaml-language-server: \$schema=\S+/, '# yaml-language-server: $schema=../schemas/plan.schema.json'),
    );
    const result = plans('validate', '--format', 'json');
    git('checkout', '--', PLAN_2021);
    const problems = JSON.parse(result.stdout).diagnostics.filter((d: { code: string }) => d.code === 'schema-comment');
    expect(problems.map((d: { file: string; en: string }) => `${d.file} ${d.en}`)).toEqual([
      'plans/kakuu/soumu/2021.yaml Make the first line "# yaml-language-server: $schema=../../../node_modules/gyosei-plans/schemas/plan.schema.json" (editors need it for completion and field help).',
    ]);
  });

  it('follows node_modules up a workspace, and the package itself inside its own repository', () => {
    const nested = join(dir, SITE, 'plans', 'kakuu', 'soumu', '2020.yaml');
    expect(schemaPath(nested, 'plan', join(dir, SITE))).toBe('../../../node_modules/gyosei-plans/schemas/plan.schema.json');
    // A workspace whose packages are hoisted to the top: the site has no node_modules of its own.
    const hoisted = join(top, 'hoisted');
    mkdirSync(join(hoisted, 'node_modules'), { recursive: true });
    symlinkSync(projectRoot, join(hoisted, 'node_modules', 'gyosei-plans'), 'dir');
    expect(
      schemaPath(join(hoisted, 'apps', 'site', 'content', 'kakuu', 'municipality.yaml'), 'municipality', join(hoisted, 'apps', 'site')),
    ).toBe('../../../../node_modules/gyosei-plans/schemas/municipality.schema.json');
    expect(schemaPath(join(projectRoot, 'content', 'mitaka', 'soumu', '2017.yaml'), 'plan', projectRoot)).toBe(
      '../../../schemas/plan.schema.json',
    );
    // A tree that reaches no copy of the package: schemas/ beside it, as before.
    const stray = join(top, 'stray');
    expect(schemaPath(join(stray, 'content', 'glossary.yaml'), 'glossary', stray)).toBe('../schemas/glossary.schema.json');
  });
});

describe('validate --changed-since in the sub-folder', () => {
  it('lists the problems the branch made first, named from the site, and ignores the decoy content/', () => {
    write(
      `${CONTENT}/kakuu/soumu/2019.yaml`,
      read(`${CONTENT}/kakuu/soumu/2019.yaml`).replace('fiscalYear: 2019', 'fiscalYear: 2019\nunknownField: 1'),
    );
    git('commit', '--quiet', '-am', 'An old problem');
    git('switch', '--quiet', '-c', 'work');
    write(PLAN_2021, read(PLAN_2021).replace('count: 45', 'count: -45'));
    write(DECOY, 'still: [not valid\n');
    git('commit', '--quiet', '-am', 'A new problem');
    const files = (stdout: string) =>
      stdout
        .trim()
        .split('\n')
        .map((line) => /file=([^,]+)/.exec(line)?.[1]);
    const sorted = plans('validate', '--format', 'github');
    expect(sorted.status).toBe(1);
    expect(files(sorted.stdout)).toEqual(['plans/kakuu/soumu/2019.yaml', 'plans/kakuu/soumu/2021.yaml']);
    expect(sorted.stderr).toContain('found in plans/');
    const ranked = plans('validate', '--format', 'github', '--changed-since', 'main');
    expect(ranked.status).toBe(1);
    expect(files(ranked.stdout)).toEqual(['plans/kakuu/soumu/2021.yaml', 'plans/kakuu/soumu/2019.yaml']);
    // Paths typed from the site's folder select the same files.
    const only = plans('validate', '--format', 'github', 'plans/kakuu/soumu/2021.yaml');
    expect(files(only.stdout)).toEqual(['plans/kakuu/soumu/2021.yaml']);
    git('switch', '--quiet', 'main');
    git('branch', '--quiet', '-D', 'work');
    git('reset', '--quiet', '--hard', 'HEAD~1');
  });
});

describe('pr-diff in the sub-folder', () => {
  beforeAll(() => {
    git('rm', '--quiet', PLAN_2021);
    git('commit', '--quiet', '-m', 'Base: two years');
    git('switch', '--quiet', '-c', 'pr');
    write(
      PLAN_2020,
      read(PLAN_2020).replace('target: { value: 12,', 'target: { value: 15,').replace('（年間12回以上）', '（年間15回以上）'),
    );
    cpSync(join(projectRoot, 'tests/fixtures/multi-year/content/kakuu/soumu/2021.yaml'), join(dir, PLAN_2021));
    write(
      PLAN_2021,
      read(PLAN_2021).replace(/^# yaml-language-server: \$schema=\S+/, schemaComment(join(dir, PLAN_2021), 'plan', join(dir, SITE))),
    );
    write(DECOY, 'changed: [but not the site’s\n');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'FY2021, and FY2020 changed');
    git('switch', '--quiet', '-c', 'pr-elsewhere', 'main');
    write(DECOY, 'only: [the decoy\n');
    write(`${SITE}/README.md`, 'The site, not its content.\n');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'Nothing of plans/');
    git('switch', '--quiet', 'main');
  });

  it('diffs the plans of the content directory, named by their paths in the repository', () => {
    const { stdout, stderr, status } = plans('pr-diff', '--base', 'main', '--head', 'pr');
    expect(status, stderr).toBe(0);
    expect(stdout.startsWith(`${MARKER}\n`)).toBe(true);
    expect(stdout).toContain('変更 1 件・新規 1 件・削除 0 件');
    expect(stdout).toContain(`\`${PLAN_2020}\`: 基準ブランチの版 → この PR の版`);
    expect(stdout).toContain('| 変更 / changed | `projects.kunren.indicators.kaisuu.target.value` | 12 | 15 |');
    expect(stdout).toContain(`この PR の 2020年度の計画（\`${PLAN_2020}\`）と比べています。`);
    expect(stdout).not.toContain(DECOY);
    expect(stdout).not.toContain('検証で問題が見つかった版');
  });

  it('says that nothing changed in the content directory when only other files did', () => {
    const { stdout, status } = plans('pr-diff', '--base', 'main', '--head', 'pr-elsewhere');
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([MARKER, NO_CHANGES_MARKER]);
    expect(stdout).toContain(`この PR は ${CONTENT}/ のファイルを変更していません`);
  });
});

describe('the pre-commit hook of a site in a sub-folder', () => {
  const commit = (...args: string[]) => run('git', ['commit', '--quiet', ...args]);
  const head = () => git('rev-parse', 'HEAD').trim();

  beforeAll(() => {
    const installed = plans('hooks', 'install');
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stdout).toContain(`${CONTENT}/`);
  });

  it('is installed for the site’s content and runs the bin in the site’s node_modules', () => {
    const hook = read('.git/hooks/pre-commit');
    expect(hook).toContain(`git diff --cached --quiet -- '${CONTENT}/' && exit 0`);
    expect(hook).toContain(`for dir in '${SITE}' 'apps' '.'; do`);
    expect(hook).not.toMatch(/scripts\/hooks|-- content\//);
  });

  it('stops a commit whose staged plan is invalid, naming the file by its path in the repository', () => {
    const before = head();
    const good = read(PLAN_2020);
    write(PLAN_2020, broken(good));
    git('add', PLAN_2020);
    const result = commit('-m', 'Broken plan');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${PLAN_2020}:5:`);
    expect(result.stderr).toContain('コミットを中止しました');
    expect(head()).toBe(before);
    write(PLAN_2020, good.replace('title: 架空の窓口サービス改善', 'title: 架空の窓口サービスの改善'));
    git('add', PLAN_2020);
    const fixed = commit('-m', 'Fixed plan');
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(fixed.stderr).toContain(`${CONTENT}/: ステージした 1 ファイルに問題はありません`);
    expect(head()).not.toBe(before);
  });

  it('accepts, as validate does, a $schema line into a schemas/ folder copied beside the content', () => {
    const copied = read(PLAN_2020).replace(
      /^# yaml-language-server: \$schema=\S+/,
      '# yaml-language-server: $schema=../../../schemas/plan.schema.json',
    );
    write(PLAN_2020, copied);
    expect(plans('validate').status).toBe(0);
    git('add', PLAN_2020);
    const result = commit('-m', 'Schemas copied into the site');
    expect(result.status, result.stderr).toBe(0);
  });

  it('lets through, unchecked, a commit that stages nothing of the site’s content (the decoy content/ included)', () => {
    const before = head();
    write(DECOY, 'broken: [again\n');
    git('add', DECOY);
    const result = commit('-m', 'Decoy');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(head()).not.toBe(before);
  });

  it('asks for npm install when the site has no node_modules', () => {
    const modules = join(dir, SITE, 'node_modules');
    renameSync(modules, `${modules}.away`);
    try {
      write(PLAN_2020, broken(read(PLAN_2020)));
      git('add', PLAN_2020);
      const result = commit('-m', 'Without node_modules');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Cannot check ${CONTENT}/: run npm install first`);
    } finally {
      renameSync(`${modules}.away`, modules);
      git('checkout', 'HEAD', '--', PLAN_2020);
    }
    expect(existsSync(join(modules, '.bin', 'gyosei-plans'))).toBe(true);
  });
});
