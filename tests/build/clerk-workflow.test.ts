/**
 * The clerk's year as docs/authoring.md §7 tells it, on a copy of content/: the two seed plans are
 * replaced by drafts from `npm run import`, a new year is started with `npm run new` and its 要入力
 * filled in; the validator passes and the built site publishes every text unit of both seeds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFillPaths } from '../../src/lib/validate/to-fill.ts';
import { buildContentTree } from '../helpers/build-site.ts';
import { projectRoot } from '../helpers/pages.ts';
import { normalise, seedUnits } from '../helpers/seed-units.ts';
import { pageText } from './page-text.ts';

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
let dir: string;
let content: string;
let dist: string;
const script = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, 'scripts', name), ...args, '--content', content], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, PLANS_CONTENT_DIR: '' } });
const log: string[] = [];
const statuses: Record<string, number | null> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clerk-'));
  content = join(dir, 'content');
  dist = join(dir, 'dist');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  // 7.3: the seed plans come back from their PDFs' text.
  for (const [seed, municipality] of [['000_e26a2afc861e8363.txt', 'mitaka'], ['001_5e980901380680c1.txt', 'nakano']] as const) {
    const year = municipality === 'mitaka' ? 2017 : 2021;
    rmSync(join(content, municipality, 'soumu', `${year}.yaml`));
    const imported = script('import-plan.ts', join(seeds, seed), municipality, 'soumu');
    log.push(imported.stdout, imported.stderr);
  }
  // 7.2: next year from last year's plan, then this year's values where it says 要入力.
  const started = script('new-plan.ts', 'shiogama', 'shimin-soumu', '2020');
  log.push(started.stdout, started.stderr);
  const draftFile = join(content, 'shiogama/shimin-soumu/2020.yaml');
  const before = script('validate.ts');
  statuses.before = before.status;
  log.push(before.stdout);
  const previous = parseDocument(readFileSync(join(content, 'shiogama/shimin-soumu/2019.yaml'), 'utf8'));
  const draft = parseDocument(readFileSync(draftFile, 'utf8'));
  for (const path of toFillPaths(draft.toJS())) {
    const last = previous.getIn(path) as unknown;
    // A date moves on a year; every other figure is entered as it was last year.
    const value = typeof last === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(last) ? `${Number(last.slice(0, 4)) + 1}${last.slice(4)}` : last;
    draft.setIn(path, path.join('.') === 'title' ? '塩竈市 市民総務部 令和2年度（架空の入力、テスト用）' : value);
  }
  writeFileSync(draftFile, draft.toString({ lineWidth: 0 }));
  // 7.4: validate, then build.
  const after = script('validate.ts');
  statuses.after = after.status;
  log.push(after.stdout, after.stderr);
  const built = buildContentTree(content, dist);
  log.push(built.output);
  if (built.status !== 0) throw new Error(`build failed:\n${log.join('\n')}`);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the clerk's workflow (docs/authoring.md §7)", () => {
  it('imports both seeds with nothing left to place, and the new year starts as unfinished', () => {
    expect(log.join('\n')).toContain('102 行のうち 102 行を項目に配置、0 行を unplaced に残しました');
    expect(log.join('\n')).toContain('17 行のうち 17 行を項目に配置、0 行を unplaced に残しました');
    expect(log.join('\n')).toMatch(/shiogama\/shimin-soumu\/2020\.yaml:\d+:\d+ +title +まだ記入されていません（要入力）/);
    expect(statuses).toEqual({ before: 1, after: 0 });
  });

  it('publishes every text unit of both seeds from the imported drafts', () => {
    for (const [seed, page] of [['000_e26a2afc861e8363.txt', 'ja/mitaka/soumu/2017'], ['001_5e980901380680c1.txt', 'ja/nakano/soumu/2021']]) {
      const text = normalise(pageText(readFileSync(join(dist, page, 'index.html'), 'utf8')));
      expect(seedUnits(readFileSync(join(seeds, seed!), 'utf8')).filter((u) => !text.includes(u)), page).toEqual([]);
    }
  });

  it('publishes the filled-in new year beside the last, with its comparison', () => {
    expect(readFileSync(join(dist, 'ja/shiogama/shimin-soumu/2020/index.html'), 'utf8')).toContain('塩竈市 市民総務部 令和2年度（架空の入力、テスト用）');
    expect(existsSync(join(dist, 'ja/shiogama/shimin-soumu/compare/2019-2020/index.html'))).toBe(true);
    const diff = script('diff.ts', 'shiogama/shimin-soumu', '2019', '2020');
    expect(diff.status, diff.stderr).toBe(1);
    expect(diff.stdout).toContain('塩竈市 市民総務部 令和2年度（架空の入力、テスト用）');
  });
});
