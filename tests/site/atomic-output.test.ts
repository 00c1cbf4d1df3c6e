/**
 * A build that does not finish leaves the output folder as the last complete site (the integration
 * builds into a staging folder beside it and swaps it in only when complete: src/integration/atomic-output.ts).
 * Three builds of the small fictional base fixture into a folder that already holds a complete site:
 * 1. killed with SIGKILL once it has started writing: the site is untouched, the staging folder left behind;
 * 2. failing on a full disk (ENOSPC, injected by the test-only PLANS_TEST_FAULT at the integration's last
 *    writing step, whose error handling is the real one): the message is in Japanese and English, says the
 *    site was left as it was and to free space, has no stack trace; the site is untouched and the killed
 *    build's leftovers are gone;
 * 3. finishing: the new site replaces the old one whole (a `.git` in it is kept, as Astro keeps it).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../helpers/build-lock.ts';
import { buildContentTree, cleanBuildEnv, type BuildOutcome } from '../helpers/build-site.ts';
import { projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const content = join(projectRoot, 'tests/fixtures/base/content');
const dir = mkdtempSync(join(tmpdir(), 'plans-atomic-'));
const dist = join(dir, 'dist');
/** A file only the previous site has: gone once a new site replaces it. */
const MARKER = 'previous-site.txt';

/** Every file under `root` (relative path → sha256). */
function hashes(root: string): Map<string, string> {
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(root.length), createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
      }),
  );
}
const leftovers = () => readdirSync(dir).filter((name) => name !== 'dist');

let previous: Map<string, string>;
let killedStaging: string;
let killedLeft: string[];
let afterKill: Map<string, string>;
let full: BuildOutcome;
let afterFull: Map<string, string>;
let leftAfterFull: string[];

beforeAll(async () => {
  // The previous complete site: a build of the same fixture, with a marker file of its own.
  cpSync(await site('base'), dist, { recursive: true });
  writeFileSync(join(dist, MARKER), 'the last complete site\n');
  mkdirSync(join(dist, '.git'));
  writeFileSync(join(dist, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
  previous = hashes(dist);

  // 1. Killed once it has written something into its staging folder (Vite's output comes well before the pages and the index).
  await withBuildLock(async () => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], {
      cwd: projectRoot,
      env: cleanBuildEnv({ PLANS_CONTENT_DIR: content }),
      stdio: 'ignore',
    });
    killedStaging = join(dir, `.dist.building-${child.pid}`);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let started = false;
    for (const until = Date.now() + 120_000; Date.now() < until && child.exitCode === null; await sleep(5)) {
      if (existsSync(killedStaging) && readdirSync(killedStaging).length > 0) {
        started = true;
        break;
      }
    }
    child.kill('SIGKILL');
    await exited;
    expect(started, 'the build was killed after it had started writing').toBe(true);
  });
  killedLeft = leftovers();
  afterKill = hashes(dist);

  // 2. A full disk at the last writing step.
  full = buildContentTree(content, dist, { PLANS_TEST_FAULT: 'ENOSPC' });
  afterFull = hashes(dist);
  leftAfterFull = leftovers();
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build that is killed', () => {
  it('leaves the previous site as it was, byte for byte, search index and all', () => {
    expect(afterKill).toEqual(previous);
    expect(afterKill.has('/index.html')).toBe(true);
    expect([...afterKill.keys()].some((f) => f.startsWith('/pagefind/'))).toBe(true);
    expect(afterKill.has(`/${MARKER}`)).toBe(true);
  });

  it('leaves only its staging folder beside it, which the next build removes', () => {
    expect(killedLeft).toEqual([killedStaging.slice(dir.length + 1)]);
    expect(leftAfterFull).toEqual([]);
  });
});

describe('a build that fails on a full disk', () => {
  it('fails, and says so in Japanese and English: what happened, that the site was kept, and to free space', () => {
    expect(full.status).toBe(1);
    expect(full.output).toContain(`${dist}/ は前回完成したサイトのまま変えていません`);
    expect(full.output).toContain('ディスクの空き容量がありません (ENOSPC)。不要なファイルを消すなどして空きを作ってください');
    expect(full.output).toContain(`${dist}/ still holds the last complete site, unchanged`);
    expect(full.output).toContain('the disk is full (ENOSPC): free some space');
    expect(full.output).not.toMatch(/Stack trace|\n\s+at /);
  });

  it('leaves the previous site as it was, and nothing beside it', () => {
    expect(afterFull).toEqual(previous);
    expect(leftAfterFull).toEqual([]);
  });
});

describe('a build that finishes', () => {
  it('replaces the previous site whole with the new one, keeping a .git the folder had', () => {
    const done = buildContentTree(content, dist);
    expect(done.status, done.output).toBe(0);
    const now = hashes(dist);
    expect(now.has(`/${MARKER}`)).toBe(false);
    expect(now.get('/.git/HEAD')).toBe(previous.get('/.git/HEAD'));
    expect(now.has('/index.html')).toBe(true);
    expect([...now.keys()].some((f) => f.startsWith('/pagefind/'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
