/**
 * `astro dev` as a clerk uses it: an edited plan shows in the open browser tab without a restart, an
 * invalid edit shows the validator's message (file:line) in Astro's error overlay while no page is
 * rendered from the invalid tree, and fixing the file brings the page back. Nothing ends the following
 * (issue 20): not the content folder moved away for a while, not files that vanish while they are read
 * (editors' temporary files and atomic saves). On a copy of a fixture tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/browser/browser.ts';
import { acquireBuildLock } from '../helpers/build-lock.ts';
import { cleanBuildEnv } from '../helpers/build-site.ts';
import { projectRoot } from '../helpers/pages.ts';

const tmp = mkdtempSync(join(tmpdir(), 'plans-dev-'));
const content = join(tmp, 'content');
const plan = join(content, 'kakuu/soumu/2020.yaml');
const TITLE = '総務部の運営方針と目標（架空）';
let original = '';
let server: ChildProcess;
let browser: Browser;
let page: Page;
let origin = '';
let log = '';
let releaseBuildLock = () => {};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro dev did not answer at ${url}:\n${log}`);
}

/** The build environment, without Vitest's own variables, under which Vite would not serve as a dev server does. */
function devEnv(): NodeJS.ProcessEnv {
  const env = cleanBuildEnv({ PLANS_CONTENT_DIR: content });
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

/** Writes the plan file and returns how long the open page took to satisfy `shown`. */
/** The text of Astro's error overlay in the open page, empty when there is none. */
const overlayText = () =>
  page.evaluate(
    () =>
      document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content, .message, [id*="message"]')?.textContent ??
      document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ??
      '',
  );

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function editAndWait(text: string, shown: () => boolean): Promise<number> {
  const start = performance.now();
  writeFileSync(plan, text);
  await page.waitForFunction(shown, null, { timeout: 15_000 });
  return Math.round(performance.now() - start);
}

beforeAll(async () => {
  // astro dev writes the project's .astro/ as a build does: no build runs while this server does.
  releaseBuildLock = await acquireBuildLock();
  cpSync(join(projectRoot, 'tests/fixtures/base/content'), content, { recursive: true });
  original = readFileSync(plan, 'utf8');
  expect(original).toContain(TITLE);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: devEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  await waitForServer(`${origin}/ja/kakuu/soumu/2020/`, 60_000);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${origin}/ja/kakuu/soumu/2020/`);
}, 120_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  server?.kill();
  releaseBuildLock();
  rmSync(tmp, { recursive: true, force: true });
});

describe('astro dev follows the content files', () => {
  it('shows an edited plan in the open page without a restart', async () => {
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    const ms = await editAndWait(
      original.replace(`${TITLE},`, `${TITLE}（改訂）,`),
      () => !!document.querySelector('h1')?.textContent?.includes('（改訂）'),
    );
    console.log(`dev server: an edited plan shows in the open page after ${ms} ms`);
  });

  it('shows the validator message with file:line:column in the error overlay for an invalid edit, and recovers when fixed', async () => {
    const ms = await editAndWait(
      original.replace(/^fiscalYear: 2020$/m, 'fiscalYear: "2020年"'),
      () => !!document.querySelector('vite-error-overlay'),
    );
    console.log(`dev server: an invalid edit shows in the overlay after ${ms} ms`);
    const overlay = await page.evaluate(
      () =>
        document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content, .message, [id*="message"]')
          ?.textContent ??
        document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ??
        '',
    );
    expect(overlay).toMatch(/content\/kakuu\/soumu\/2020\.yaml:\d+:\d+\s+fiscalYear/);
    expect(overlay).toContain('must be a number');
    // No page is rendered from the invalid tree.
    const response = await fetch(`${origin}/ja/kakuu/soumu/2020/`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(TITLE);

    const back = await editAndWait(
      original,
      () => !document.querySelector('vite-error-overlay') && document.querySelector('h1')?.textContent === '総務部の運営方針と目標（架空）',
    );
    console.log(`dev server: the fixed file shows again after ${back} ms`);
  });

  it('shows an edit made after the content folder went away for 3 s and came back', async () => {
    const away = `${content}.away`;
    const gone = performance.now();
    renameSync(content, away);
    try {
      // The overlay says so: no page is rendered from a tree that is not there.
      await page.waitForFunction(
        () => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.includes('is missing'),
        null,
        {
          timeout: 15_000,
        },
      );
      expect(await overlayText()).toContain('content/ がありません');
      expect((await fetch(`${origin}/ja/kakuu/soumu/2020/`)).status).toBe(500);
      await sleep(3000 - (performance.now() - gone));
    } finally {
      renameSync(away, content);
    }
    await page.waitForFunction(() => !document.querySelector('vite-error-overlay') && !!document.querySelector('h1'), null, {
      timeout: 15_000,
    });
    const ms = await editAndWait(
      original.replace(`${TITLE},`, `${TITLE}（戻った後）,`),
      () => !!document.querySelector('h1')?.textContent?.includes('（戻った後）'),
    );
    console.log(`dev server: after the content folder was away for 3 s, an edit shows after ${ms} ms`);
  });

  it('keeps following while files and folders vanish as they are read (temporary files, atomic saves)', async () => {
    const unit = join(content, 'kakuu/soumu');
    const scratch = join(content, 'kakuu/kari');
    const until = Date.now() + 3000;
    let bursts = 0;
    // Files come and go at random moments, around the reloads they start: some vanish between the
    // listing and the reading. A folder goes with its files.
    while (Date.now() < until) {
      const temporary = Array.from({ length: 20 }, (_, i) => join(unit, `${1900 + i}.yaml`));
      mkdirSync(scratch, { recursive: true });
      for (const file of temporary) writeFileSync(file, original);
      for (let i = 0; i < 20; i++) writeFileSync(join(scratch, `${1900 + i}.yaml`), original);
      await sleep(20 + Math.random() * 80);
      for (const file of temporary) rmSync(file, { force: true });
      rmSync(scratch, { recursive: true, force: true });
      await sleep(20 + Math.random() * 80);
      bursts++;
    }
    const ms = await editAndWait(
      original.replace(`${TITLE},`, `${TITLE}（一時ファイルの後）,`),
      () => !document.querySelector('vite-error-overlay') && !!document.querySelector('h1')?.textContent?.includes('（一時ファイルの後）'),
    );
    console.log(`dev server: after ${bursts} bursts of vanishing files, an edit shows after ${ms} ms`);
    expect(log).not.toMatch(/Unhandled ?Rejection|ENOENT/i);
  });
});
