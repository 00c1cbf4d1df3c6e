/**
 * The clerk's year as docs/authoring.md §7 tells it, in a site of its own: the two seed documents'
 * departments (their municipality and department files as the demo site has them) get their plans
 * from `npm run import`, the next year is started from one of them with `npm run new` and its 要入力
 * filled in; the validator passes and the built site publishes every text unit of both seeds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFillPaths } from '../../src/lib/validate/to-fill.ts';
import { buildContentTree } from '../helpers/build-site.ts';
import { CLI } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/pages.ts';
import { normalise, readSeed, SEEDS, seedPath, seedUnits, writeSeedSite } from '../helpers/seed-units.ts';
import { pageText } from './page-text.ts';

let dir: string;
let content: string;
let dist: string;
const cli = (command: string, ...args: string[]) =>
  spawnSync(process.execPath, [CLI, command, ...args, '--content', content], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, PLANS_CONTENT_DIR: '' },
  });
const log: string[] = [];
const statuses: Record<string, number | null> = {};
/** The year started with `npm run new`, from the imported plan of the first seed. */
const next = { municipality: SEEDS[0].municipality, department: SEEDS[0].department, year: SEEDS[0].year + 1 };
const nextPath = `${next.municipality}/${next.department}/${next.year}`;
const nextTitle = '三鷹市 総務部 平成30年度（架空の入力、テスト用）';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clerk-'));
  content = join(dir, 'content');
  dist = join(dir, 'dist');
  writeSeedSite(content, { plans: false });
  // 7.3: each seed department's plan comes from its PDF's text.
  for (const seed of SEEDS) {
    const imported = cli('import', seedPath(seed), seed.municipality, seed.department);
    log.push(imported.stdout, imported.stderr);
  }
  // 7.2: next year from last year's plan, then this year's values where it says 要入力.
  const started = cli('new', next.municipality, next.department, String(next.year));
  log.push(started.stdout, started.stderr);
  const draftFile = join(content, `${nextPath}.yaml`);
  const before = cli('validate');
  statuses.before = before.status;
  log.push(before.stdout);
  const previous = parseDocument(readFileSync(join(content, `${next.municipality}/${next.department}/${SEEDS[0].year}.yaml`), 'utf8'));
  const draft = parseDocument(readFileSync(draftFile, 'utf8'));
  for (const path of toFillPaths(draft.toJS())) {
    const last = previous.getIn(path) as unknown;
    // A date moves on a year; every other figure is entered as it was last year.
    const value = typeof last === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(last) ? `${Number(last.slice(0, 4)) + 1}${last.slice(4)}` : last;
    draft.setIn(path, path.join('.') === 'title' ? nextTitle : value);
  }
  writeFileSync(draftFile, draft.toString({ lineWidth: 0 }));
  // 7.4: validate, then build.
  const after = cli('validate');
  statuses.after = after.status;
  log.push(after.stdout, after.stderr);
  // The clerk's folder is not a git repository here: the site is built without history from git.
  const built = buildContentTree(content, dist, { PLANS_HISTORY: 'off' });
  log.push(built.output);
  if (built.status !== 0) throw new Error(`build failed:\n${log.join('\n')}`);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the clerk's workflow (docs/authoring.md §7)", () => {
  it('imports both seeds with nothing left to place, and the new year starts as unfinished', () => {
    expect(log.join('\n')).toContain('102 行のうち 102 行を項目に配置、0 行を unplaced に残しました');
    expect(log.join('\n')).toContain('17 行のうち 17 行を項目に配置、0 行を unplaced に残しました');
    expect(log.join('\n')).toMatch(new RegExp(`${nextPath}\\.yaml:\\d+:\\d+ +title +まだ記入されていません（要入力）`));
    expect(statuses).toEqual({ before: 1, after: 0 });
  });

  it('publishes every text unit of both seeds from the imported drafts', () => {
    for (const seed of SEEDS) {
      const page = `ja/${seed.municipality}/${seed.department}/${seed.year}`;
      const text = normalise(pageText(readFileSync(join(dist, page, 'index.html'), 'utf8')));
      expect(
        seedUnits(readSeed(seed)).filter((u) => !text.includes(u)),
        page,
      ).toEqual([]);
    }
  });

  it('publishes the filled-in new year beside the last, with its comparison', () => {
    expect(readFileSync(join(dist, `ja/${nextPath}/index.html`), 'utf8')).toContain(nextTitle);
    expect(existsSync(join(dist, `ja/${next.municipality}/${next.department}/compare/${SEEDS[0].year}-${next.year}/index.html`))).toBe(
      true,
    );
    const diff = cli('diff', `${next.municipality}/${next.department}`, String(SEEDS[0].year), String(next.year));
    expect(diff.status, diff.stderr).toBe(1);
    expect(diff.stdout).toContain(nextTitle);
  });
});
