/**
 * npm test [-- tier…] — every check, in order, each timed: `npm run lint` (when package.json has a lint
 * script), `astro check`, then the Vitest projects of vitest.config.ts one after another: unit, site,
 * e2e, adoption. Naming tiers (`npm test -- site e2e`) runs only those, without lint and check. A tier
 * runs even when an earlier step failed, so one run reports everything.
 *
 * Prints a table of the steps with their wall time and counts, then one plain last line,
 * `N passed, N failed` (CI reads it), and exits 1 if anything failed. The counts are tests, from each
 * tier's JSON report (test-results/vitest/<tier>.json); a test file that fails before its tests run
 * (an import or a site build that throws), a tier that exits non-zero with no failed test, and a
 * failed lint or check each count as one failure.
 *
 * One run id (PLANS_TEST_RUN) for all tiers, so a site built for the site tier serves the e2e tier
 * (tests/helpers/sites.ts).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TIERS = ['unit', 'site', 'e2e', 'adoption'];

const asked = process.argv.slice(2);
const unknown = asked.filter((t) => !TIERS.includes(t));
if (unknown.length) {
  console.error(`unknown tier ${unknown.join(', ')}: the tiers are ${TIERS.join(', ')}`);
  process.exit(2);
}
const tiers = asked.length ? TIERS.filter((t) => asked.includes(t)) : TIERS;

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLANS_TEST_RUN: process.env.PLANS_TEST_RUN || randomUUID() };
const reports = join(root, 'test-results/vitest');
mkdirSync(reports, { recursive: true });

interface Step {
  name: string;
  seconds: number;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
}
const steps: Step[] = [];

function run(command: string, args: string[]): { status: number; seconds: number } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const status = result.status ?? (result.signal ? 128 : 1);
  if (result.error) console.error(`${command}: ${result.error.message}`);
  return { status, seconds: (performance.now() - started) / 1000 };
}

/** Vitest's JSON report, as far as the counts go. */
interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

const bin = (name: string) => join(root, 'node_modules', name);
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};

if (!asked.length) {
  if (scripts.lint) {
    console.log('\n> npm run lint');
    const { status, seconds } = run('npm', ['run', '--silent', 'lint']);
    steps.push({ name: 'lint', seconds, passed: 0, failed: status === 0 ? 0 : 1, skipped: 0, ok: status === 0 });
  }
  console.log('\n> astro check');
  const { status, seconds } = run(process.execPath, [bin('astro/bin/astro.mjs'), 'check']);
  steps.push({ name: 'astro check', seconds, passed: 0, failed: status === 0 ? 0 : 1, skipped: 0, ok: status === 0 });
}

for (const tier of tiers) {
  const report = join(reports, `${tier}.json`);
  rmSync(report, { force: true });
  console.log(`\n> vitest run --project ${tier}`);
  const { status, seconds } = run(process.execPath, [
    bin('vitest/vitest.mjs'), 'run', '--project', tier, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ]);
  const json = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as JsonReport) : undefined;
  // A file whose tests never ran (it threw while loading) has no failed test of its own: it counts as one.
  const brokenFiles = json?.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length ?? 0;
  let failed = (json?.numFailedTests ?? 0) + brokenFiles;
  if (status !== 0 && failed === 0) failed = 1;
  steps.push({
    name: tier,
    seconds,
    passed: json?.numPassedTests ?? 0,
    failed,
    skipped: (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0),
    ok: status === 0 && failed === 0,
  });
}

const total = steps.reduce((t, s) => ({ seconds: t.seconds + s.seconds, passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), { seconds: 0, passed: 0, failed: 0, skipped: 0 });
const rows = [
  ['step', 'wall time', 'passed', 'failed', 'skipped', ''],
  ...steps.map((s) => [s.name, `${s.seconds.toFixed(1)} s`, String(s.passed), String(s.failed), String(s.skipped), s.ok ? 'ok' : 'FAILED']),
  ['total', `${total.seconds.toFixed(1)} s`, String(total.passed), String(total.failed), String(total.skipped), total.failed ? 'FAILED' : 'ok'],
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log('');
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => (c === 0 || c === row.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
  if (i === 0 || i === rows.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
