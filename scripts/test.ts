/**
 * npm test [-- --serial] [-- tier…] — every check, each timed: `npm run lint`
 * and `astro check`, then the Vitest projects of vitest.config.ts: unit, site, e2e,
 * adoption. Naming tiers (`npm test -- site e2e`) runs only those, without lint and check. A step runs
 * even when an earlier one failed, so one run reports everything.
 *
 * Steps run beside a tier, their output held and printed when it ends: lint and `astro check` beside
 * unit; adoption (its own package, install and site) and e2e beside site. The site tier spends most of
 * its time in builds, which take turns (tests/helpers/build-lock.ts) and keep about one core busy; the
 * browser tests fill the other, each waiting for the sites it reads as the site tier builds them (or
 * building them itself: the same stamps, one run id). No e2e test asserts a duration (the dev server's
 * reload times are printed, with 15 s limits), so sharing the machine slows them without failing them.
 * --serial runs every step alone, one after another.
 *
 * Prints a table of the steps with their wall time and counts, the run's wall time, then one plain
 * last line, `N passed, N failed` (CI reads it), and exits 1 if anything failed. The counts are tests,
 * from each tier's JSON report (test-results/vitest/<tier>.json); a test file that fails before its
 * tests run (an import or a site build that throws), a tier that exits non-zero with no failed test,
 * and a failed lint or check each count as one failure.
 *
 * One run id (PLANS_TEST_RUN) for all tiers, so a site built for the site tier serves the e2e tier
 * (tests/helpers/sites.ts).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TIERS = ['unit', 'site', 'e2e', 'adoption'] as const;
type Tier = (typeof TIERS)[number];

const args = process.argv.slice(2);
const serial = args.includes('--serial');
const asked = args.filter((a) => a !== '--serial');
const unknown = asked.filter((t) => !(TIERS as readonly string[]).includes(t));
if (unknown.length) {
  console.error(`unknown tier ${unknown.join(', ')}: the tiers are ${TIERS.join(', ')} (and --serial)`);
  process.exit(2);
}
const tiers = TIERS.filter((t) => !asked.length || asked.includes(t));

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLANS_TEST_RUN: process.env.PLANS_TEST_RUN || randomUUID() };
const reports = join(root, 'test-results/vitest');
mkdirSync(reports, { recursive: true });
const bin = (name: string) => join(root, 'node_modules', name);

interface Step {
  name: string;
  seconds: number;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
}
const steps: Step[] = [];

/** The output of steps that ran beside a tier, printed once that tier's own output has ended. */
const heldOutput: string[] = [];

/** Runs a command; its output goes to the terminal as it comes, or (held) into heldOutput. */
function run(title: string, command: string, commandArgs: string[], held: boolean): Promise<{ status: number; seconds: number }> {
  const started = performance.now();
  if (!held) console.log(`\n> ${title}`);
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { cwd: root, env, stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    const finish = (status: number) => {
      const seconds = (performance.now() - started) / 1000;
      if (held) heldOutput.push(`\n> ${title} (ran beside the tier above, ${seconds.toFixed(1)} s)\n${Buffer.concat(chunks).toString()}`);
      done({ status, seconds });
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${command}: ${error.message}\n`));
      finish(1);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/** A step that passes or fails as a whole (lint, astro check): a failure counts as one. */
async function check(name: string, command: string, commandArgs: string[], held: boolean): Promise<void> {
  const { status, seconds } = await run(name, command, commandArgs, held);
  steps.push({ name, seconds, passed: 0, failed: status === 0 ? 0 : 1, skipped: 0, ok: status === 0 });
}

/** Vitest's JSON report, as far as the counts go. */
interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: { status: string }[] }[];
}

async function tier(name: Tier, held = false): Promise<void> {
  const report = join(reports, `${name}.json`);
  rmSync(report, { force: true });
  const { status, seconds } = await run(
    `vitest run --project ${name}`,
    process.execPath,
    [bin('vitest/vitest.mjs'), 'run', '--project', name, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    held,
  );
  const json = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as JsonReport) : undefined;
  // A file whose tests never ran (it threw while loading) has no failed test of its own: it counts as one.
  const brokenFiles =
    json?.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length ?? 0;
  let failed = (json?.numFailedTests ?? 0) + brokenFiles;
  if (status !== 0 && failed === 0) failed = 1;
  steps.push({
    name,
    seconds,
    passed: json?.numPassedTests ?? 0,
    failed,
    skipped: (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0),
    ok: status === 0 && failed === 0,
  });
}

/**
 * `main` with its output on the terminal, and beside it (held) each lane of `beside` at the same time,
 * the steps of a lane one after another; unless --serial, which runs every step alone.
 */
let overlapped = false;
async function together(main: (() => Promise<void>) | undefined, beside: (() => Promise<void>)[][]): Promise<void> {
  const steps = beside.flat();
  if (serial || !main || !steps.length) {
    for (const step of [...(main ? [main] : []), ...steps]) await step();
    return;
  }
  overlapped = true;
  const lanes = beside.map(async (lane) => {
    for (const step of lane) await step();
  });
  await main();
  await Promise.all(lanes);
  for (const text of heldOutput.splice(0)) process.stdout.write(text);
}

const started = performance.now();
const has = (t: Tier) => tiers.includes(t);
const checks: (() => Promise<void>)[] = [];
if (!asked.length) {
  const held = !serial && has('unit');
  checks.push(() => check('lint', 'npm', ['run', '--silent', 'lint'], held));
  checks.push(() => check('astro check', process.execPath, [bin('astro/bin/astro.mjs'), 'check'], held));
}
await together(has('unit') ? () => tier('unit') : undefined, [checks]);
if (has('site'))
  await together(
    () => tier('site'),
    (['adoption', 'e2e'] as const).filter(has).map((t) => [() => tier(t, !serial)]),
  );
else for (const t of ['e2e', 'adoption'] as const) if (has(t)) await tier(t);
const wall = (performance.now() - started) / 1000;

const ORDER = ['lint', 'astro check', ...TIERS];
steps.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
const total = steps.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
const rows = [
  ['step', 'wall time', 'passed', 'failed', 'skipped', 'result'],
  ...steps.map((s) => [s.name, `${s.seconds.toFixed(1)} s`, String(s.passed), String(s.failed), String(s.skipped), s.ok ? 'ok' : 'FAILED']),
  [
    overlapped ? 'total (steps overlap)' : 'total',
    `${wall.toFixed(1)} s`,
    String(total.passed),
    String(total.failed),
    String(total.skipped),
    total.failed ? 'FAILED' : 'ok',
  ],
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log('');
for (const [i, row] of rows.entries()) {
  console.log(
    row
      .map((cell, c) => (c === 0 || c === row.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
  if (i === 0 || i === rows.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
