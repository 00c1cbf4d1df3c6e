/**
 * npm run a11y:report [-- --dist DIR] [--out FILE] [--base PATH] [--check]
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) in Chromium over every HTML page of the built site and
 * writes the results file the accessibility results page (/ja/accessibility/results/) is built from:
 * a11y/results.json by default (PLANS_A11Y_RESULTS, or --out). Build again afterwards so the site
 * carries its results. Chromium is /usr/bin/chromium unless CHROMIUM_PATH names another.
 * Exit code: 0 when the file was written (violations are results, not errors), or with --check 1 when
 * a page has a violation; 2 when the command cannot run (no built site, no browser, or playwright-core
 * and axe-core not installed: they are optional peer dependencies, needed by this command only).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { resultsFile } from '../../lib/a11y/results.ts';
import { toJson } from '../../lib/export/json.ts';
import { command, fail } from '../command.ts';

const usage = '使い方 / usage: npm run a11y:report -- [--dist DIR] [--out FILE] [--base PATH] [--check]';

/** The packages only this command needs (optional peer dependencies of gyosei-plans), as far as they are missing. */
function missingPeers(): string[] {
  const require = createRequire(import.meta.url);
  return ['playwright-core', 'axe-core'].filter((name) => {
    try {
      require.resolve(`${name}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
}

export const run = command(
  {
    name: 'a11y-report',
    usage,
    args: [
      { name: '--dist DIR', ja: '試験する構築済みのサイト（既定 dist）', en: 'the built site to test (default dist)' },
      { name: '--out FILE', ja: '結果のファイル（既定 a11y/results.json）', en: 'the results file (default a11y/results.json)' },
      { name: '--base PATH', ja: 'サイトの base（既定は BASE_PATH、なければ /）', en: "the site's base path (default BASE_PATH, else /)" },
      { name: '--check', ja: '違反があれば終了コード 1', en: 'exit 1 when a page has a violation' },
    ],
    options: (env) => ({
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string' },
      // The deploy workflow builds under BASE_PATH and runs this with the same value.
      base: { type: 'string', default: env.BASE_PATH || '/' },
      check: { type: 'boolean', default: false },
    }),
  },
  async ({ values, console, cwd }) => {
    const dist = resolve(values.dist);
    const out = values.out ? resolve(values.out) : resultsFile(cwd);
    const missing = missingPeers();
    if (missing.length) {
      fail(
        `アクセシビリティの試験には ${missing.join(' と ')} が要ります。サイトのフォルダで npm install -D playwright-core axe-core を実行してください / ` +
          `The accessibility test needs ${missing.join(' and ')}: run npm install -D playwright-core axe-core in the site's folder.`,
      );
    }

    // Loaded here so the other commands never need the browser packages.
    const { runAxe } = await import('../../lib/a11y/run.ts');
    const started = performance.now();
    let results;
    try {
      results = await runAxe({ dist, base: values.base });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    mkdirSync(dirname(out), { recursive: true });
    // Keys in the order runAxe gives them, so a rerun differs only where the results do.
    writeFileSync(out, toJson(results!));

    const violations = results!.pages.flatMap((p) => p.violations.map((v) => `  ${p.path}: [${v.rule}] ${v.help} (${v.nodes.length})`));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const inside = relative(cwd, out);
    const shown = inside && !inside.startsWith('..') ? inside : out;
    console.log(
      `${results!.pages.length} ページを試験しました（${seconds} 秒）。違反 ${violations.length} 件 / tested ${results!.pages.length} pages in ${seconds} s, ${violations.length} violations → ${shown}`,
    );
    if (violations.length) console.log(violations.join('\n'));
    console.log('結果をサイトに載せるには、もう一度 npm run build / build again to publish the results');
    return values.check && violations.length ? 1 : 0;
  },
);
