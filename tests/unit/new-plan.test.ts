/**
 * `npm run new` starts next year's plan from the latest one: ids kept, the year's figures and dates
 * marked 要入力 (reported by the validator, so the draft cannot be published), files never overwritten.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { projectRoot } from '../helpers/pages.ts';
import { CLI } from '../helpers/cli.ts';

let dir: string;
let content: string;
const runNew = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, 'new', ...args, '--content', content], { cwd: projectRoot, encoding: 'utf8' });
const read = (path: string) => load(readFileSync(join(content, path), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, any>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plans-new-'));
  content = join(dir, 'content');
  cpSync(join(projectRoot, 'tests/fixtures/multi-year/content'), content, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('copies the latest plan with its ids, and clears the year’s figures and dates', () => {
    const result = runNew('kakuu', 'soumu', '2022');
    expect(result.status, result.stderr).toBe(0);
    const [previous, draft] = [read('kakuu/soumu/2021.yaml'), read('kakuu/soumu/2022.yaml')];
    expect(draft.fiscalYear).toBe(2022);
    expect(draft.projects.items.map((p: { id: string }) => p.id)).toEqual(previous.projects.items.map((p: { id: string }) => p.id));
    expect(draft.divisions.items.map((d: { id: string }) => d.id)).toEqual(previous.divisions.items.map((d: { id: string }) => d.id));
    expect(draft.projects.items[0].body).toBe(previous.projects.items[0].body);
    expect([
      draft.title,
      draft.resources.asOf,
      draft.resources.staff.items[0].count,
      draft.projects.items[0].indicators[0].target.value,
    ]).toEqual(['要入力', '要入力', '要入力', '要入力']);
    expect(draft.results).toBeUndefined();
    expect(readFileSync(join(content, 'kakuu/soumu/2022.yaml'), 'utf8').split('\n')[0]).toBe(
      readFileSync(join(content, 'kakuu/soumu/2021.yaml'), 'utf8').split('\n')[0],
    );
  });

  it('leaves a draft the validator reports as unfinished, field by field, so it cannot be published', async () => {
    const { diagnostics, content: valid } = await validateContent(dir, { contentDir: content });
    expect(valid).toBeUndefined();
    const unfilled = diagnostics.filter((d) => d.file === 'content/kakuu/soumu/2022.yaml' && d.code === 'to-be-filled').map((d) => d.path);
    expect(unfilled).toEqual(['title', 'resources.asOf', 'resources.staff.items[0].count', 'projects.items[0].indicators[0].target.value']);
    expect(diagnostics.some((d) => d.file === 'content/kakuu/soumu/2022.yaml' && d.code === 'invalid-type')).toBe(false);
  });

  it('refuses to overwrite an existing plan', () => {
    const before = readFileSync(join(content, 'kakuu/soumu/2022.yaml'), 'utf8');
    const again = runNew('kakuu', 'soumu', '2022');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('上書きしません');
    expect(readFileSync(join(content, 'kakuu/soumu/2022.yaml'), 'utf8')).toBe(before);
  });

  it('creates the department (and municipality) files when they are new, with a plan to fill in', async () => {
    const result = runNew('shinki', 'kikaku', '2022');
    expect(result.status, result.stderr).toBe(0);
    for (const file of ['shinki/municipality.yaml', 'shinki/kikaku/department.yaml', 'shinki/kikaku/2022.yaml'])
      expect(existsSync(join(content, file)), file).toBe(true);
    const { diagnostics } = await validateContent(dir, { contentDir: content });
    const unfilled = diagnostics
      .filter((d) => d.file.startsWith('content/shinki/') && d.code === 'to-be-filled')
      .map((d) => `${d.file} ${d.path}`);
    expect(unfilled).toEqual(
      expect.arrayContaining([
        'content/shinki/kikaku/2022.yaml title',
        'content/shinki/kikaku/department.yaml name',
        'content/shinki/municipality.yaml code',
      ]),
    );
    // Each marker says what belongs there: the body's name or code, not "this year's value".
    const message = (file: string, path: string) =>
      diagnostics.find((d) => d.file === `content/shinki/${file}` && d.path === path && d.code === 'to-be-filled');
    expect(message('municipality.yaml', 'code')?.ja).toContain('全国地方公共団体コード');
    expect(message('municipality.yaml', 'code')?.en).toContain('local government code');
    expect(message('municipality.yaml', 'name')?.ja).toContain('団体名');
    expect(message('municipality.yaml', 'name')?.en).not.toContain('this year');
    expect(message('kikaku/department.yaml', 'name')?.ja).toContain('組織');
    expect(message('kikaku/2022.yaml', 'title')?.en).toContain("this year's plan document");
  });

  it('explains its usage on bad arguments', () => {
    const bad = runNew('kakuu', 'soumu');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('npm run new --');
  });
});

describe('npm run new for a plan written as a document (<year>.md)', () => {
  let mdDir: string;
  let mdContent: string;
  const runNewIn = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, 'new', ...args, '--content', mdContent], { cwd: projectRoot, encoding: 'utf8' });
  beforeAll(() => {
    mdDir = mkdtempSync(join(tmpdir(), 'plans-new-md-'));
    mdContent = join(mdDir, 'content');
    cpSync(join(projectRoot, 'tests/fixtures/markdown-form/content'), mdContent, { recursive: true });
  });
  afterAll(() => rmSync(mdDir, { recursive: true, force: true }));

  it('follows the earlier year’s form: frontmatter carried over, the body left for the new document', async () => {
    const result = runNewIn('kakuu', 'kikaku-md', '2025');
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(mdContent, 'kakuu/kikaku-md/2025.md'), 'utf8');
    expect(existsSync(join(mdContent, 'kakuu/kikaku-md/2025.yaml'))).toBe(false);
    const front = load(text.split(/^---$/m)[1]!, { schema: CORE_SCHEMA }) as Record<string, any>;
    expect([front.fiscalYear, front.title, front.department, front.evaluationScale.grades.length]).toEqual([
      2025,
      '要入力',
      'kikaku-md',
      2,
    ]);
    expect(text.split(/^---$/m)[2]!.trim()).toBe('要入力');
    const { diagnostics } = await validateContent(mdDir, { contentDir: mdContent });
    const unfilled = diagnostics.filter((d) => d.file === 'content/kakuu/kikaku-md/2025.md' && d.code === 'to-be-filled');
    expect(unfilled.map((d) => `${d.line} ${d.path}`)).toEqual([
      `${text.split('\n').indexOf('title: 要入力') + 1} title`,
      `${text.split('\n').indexOf('要入力') + 1} parts[0].content[0].paragraphs[0]`,
    ]);
  });

  it('starts the document form with --markdown, and refuses a year that has either form', () => {
    const result = runNewIn('kakuu', 'kikaku-yaml', '2025', '--markdown');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(mdContent, 'kakuu/kikaku-yaml/2025.md'), 'utf8')).toMatch(
      /^---\n[\s\S]*department: kikaku-yaml[\s\S]*\n---\n\n要入力\n$/,
    );
    expect(runNewIn('kakuu', 'kikaku-yaml', '2025').status).toBe(2);
    expect(runNewIn('kakuu', 'kikaku-yaml', '2024', '--markdown').status).toBe(2);
  });
});
