/**
 * `gyosei-plans a11y-report` on a small built site (tests/fixtures/base) with one violation put into
 * one page after the build: the results file lists every HTML page, the rule → criterion mapping of
 * the installed axe-core, and that violation (and no other: the site itself has none, as axe.test.ts
 * checks); it is the same apart from its date when run again; --check fails on the violation.
 * UPDATE_A11Y_FIXTURE=1 copies the file to tests/fixtures/a11y-results/results.json, the fixture the
 * build test renders.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_TAGS, ruleCriteria, type AxeRuleInfo } from '../../src/lib/a11y/criteria.ts';
import { ResultsSchema, type AccessibilityResults } from '../../src/lib/a11y/results.ts';
import { cleanBuildEnv } from '../helpers/build-site.ts';
import { listPages, projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const FIXTURE = join(projectRoot, 'tests/fixtures/a11y-results/results.json');
let work: string;
let dist: string;
let out: string;
let first: ReturnType<typeof report>;
let text: string;
let results: AccessibilityResults;

const report = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/bin.mjs', 'a11y-report', '--dist', dist, '--out', out, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: cleanBuildEnv(),
  });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'plans-a11y-report-'));
  dist = join(work, 'dist');
  out = join(work, 'a11y/results.json');
  // The base site as built for every test (without accessibility results), copied: a page is changed below.
  cpSync(await site('base'), dist, { recursive: true });
  // An image without a text alternative (1.1.1) on one page.
  const page = join(dist, 'ja/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<img src="/favicon.svg" class="injected"></main>'));
  first = report();
  text = readFileSync(out, 'utf8');
  results = ResultsSchema.parse(JSON.parse(text));
  if (process.env.UPDATE_A11Y_FIXTURE === '1') copyFileSync(out, FIXTURE);
}, 300_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run a11y:report', () => {
  it('writes the results file and reports the violation, exit code 0', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/tested \d+ pages in [\d.]+ s, 1 violations/);
    expect(first.stdout).toContain('/ja/: [image-alt]');
  });

  it('tests every HTML page of the site, once, in path order', () => {
    const pages = listPages(dist);
    expect(pages.length).toBeGreaterThan(5);
    expect(results.pages.map((p) => p.path)).toEqual(pages);
  });

  it('lists every violation: the injected one, with its criterion and element, and no other', () => {
    const violations = results.pages.flatMap((p) =>
      p.violations.map((v) => ({ path: p.path, rule: v.rule, criteria: v.criteria, nodes: v.nodes.length })),
    );
    expect(violations).toEqual([{ path: '/ja/', rule: 'image-alt', criteria: ['1.1.1'], nodes: 1 }]);
    expect(results.pages.find((p) => p.path === '/ja/')!.violations[0]!.nodes[0]).toMatch(/img/);
    for (const page of results.pages) expect(page.passes.length, page.path).toBeGreaterThan(0);
  });

  it('records the rule → criterion mapping of the installed axe-core, and the tools that ran', () => {
    const axe = createRequire(import.meta.url)('axe-core') as { version: string; getRules(tags: string[]): AxeRuleInfo[] };
    expect(results.rules).toEqual(ruleCriteria(axe.getRules([...AXE_TAGS])));
    expect(results.tags).toEqual([...AXE_TAGS]);
    expect(results.tools.axeCore).toBe(axe.version);
    expect(results.tools.browser).toMatch(/\d+\.\d+/);
    expect(Date.now() - Date.parse(results.date)).toBeLessThan(30 * 60_000);
  });

  it('writes the same file again apart from the date (stable order, two-space JSON), and --check exits 1 on a violation', () => {
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const again = report('--check');
    expect(again.status).toBe(1);
    const undated = (s: string) => s.replace(/"date": "[^"]+"/, '"date": ""');
    expect(undated(readFileSync(out, 'utf8'))).toBe(undated(text));
  });

  it('fails with a message, exit code 2, without a built site or a browser', () => {
    const none = spawnSync(
      process.execPath,
      ['src/cli/bin.mjs', 'a11y-report', '--dist', join(work, 'empty'), '--out', join(work, 'x.json')],
      { cwd: projectRoot, encoding: 'utf8', env: cleanBuildEnv() },
    );
    expect(none.status).toBe(2);
    const noBrowser = spawnSync(process.execPath, ['src/cli/bin.mjs', 'a11y-report', '--dist', dist, '--out', join(work, 'y.json')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: cleanBuildEnv({ CHROMIUM_PATH: join(work, 'no-chromium') }),
    });
    expect(noBrowser.status).toBe(2);
    expect(noBrowser.stderr).toContain('CHROMIUM_PATH');
  });
});
