/**
 * npm run a11y:report [-- --dist DIR] [--out FILE] [--base PATH] [--check]
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) in Chromium over every HTML page of the built site and
 * writes the results file the accessibility results page (/ja/accessibility/results/) is built from:
 * a11y/results.json by default (PLANS_A11Y_RESULTS, or --out). Build again afterwards so the site
 * carries its results. Chromium is /usr/bin/chromium unless CHROMIUM_PATH names another.
 * Exit code: 0 when the file was written (violations are results, not errors), or with --check 1 when
 * a page has a violation; 2 when the command cannot run (no built site, no browser).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resultsFile } from '../../lib/a11y/results.ts';
import { toJson } from '../../lib/export/json.ts';

const usage = '使い方 / usage: npm run a11y:report -- [--dist DIR] [--out FILE] [--base PATH] [--check]';
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

let parsed;
try {
  parsed = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string' },
      // The deploy workflow builds under BASE_PATH and runs this with the same value.
      base: { type: 'string', default: process.env.BASE_PATH || '/' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const { values } = parsed!;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const dist = resolve(values.dist);
const out = values.out ? resolve(values.out) : resultsFile(process.cwd());

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
const inside = relative(process.cwd(), out);
const shown = inside && !inside.startsWith('..') ? inside : out;
console.log(
  `${results!.pages.length} ページを試験しました（${seconds} 秒）。違反 ${violations.length} 件 / tested ${results!.pages.length} pages in ${seconds} s, ${violations.length} violations → ${shown}`,
);
if (violations.length) console.log(violations.join('\n'));
console.log('結果をサイトに載せるには、もう一度 npm run build / build again to publish the results');
process.exit(values.check && violations.length ? 1 : 0);
