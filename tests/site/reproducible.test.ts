/**
 * The same content builds to the same bytes: a second build of this commit, search index included,
 * must equal dist/ file for file, and so must an incremental build (pages restored from the cache of
 * an earlier build) equal a cold build of the same content. Nothing of the build machine (time,
 * paths) may reach the output.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/pages.ts';
import { cleanBuildEnv } from '../helpers/build-site.ts';
import { withBuildLockSync } from '../helpers/build-lock.ts';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

const second = mkdtempSync(join(tmpdir(), 'plans-rebuild-'));
const scratch = mkdtempSync(join(tmpdir(), 'plans-incremental-'));
afterAll(() => {
  rmSync(second, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** This commit's own content, whatever tree a caller may point builds at. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = cleanBuildEnv();
  delete env.PLANS_CONTENT_DIR;
  return env;
}

function hashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

describe('reproducible builds', () => {
  it('a second build of the same commit is byte-identical to dist/', () => {
    const run = withBuildLockSync(() =>
      spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', second], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: cleanEnv(),
      }),
    );
    expect(run.status, run.stderr).toBe(0);
    const [a, b] = [hashes(distDir), hashes(second)];
    expect(a.size).toBeGreaterThan(50);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path)).toEqual([]);
  }, 180_000);

  it('an incremental build after a one-plan edit is byte-identical to a cold build, and re-renders only what shows that plan', () => {
    const content = join(scratch, 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    const [incremental, cold] = [join(scratch, 'incremental'), join(scratch, 'cold')];
    const build = (out: string, ...flags: string[]) => {
      const run = withBuildLockSync(() =>
        spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, ...flags], {
          cwd: projectRoot,
          encoding: 'utf8',
          // A copy outside git: built without history from git, which would stop the build.
          env: cleanBuildEnv({ PLANS_CONTENT_DIR: content, PLANS_HISTORY: 'off' }),
        }),
      );
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    };
    build(incremental, '--force');
    // A clerk's one-line fix: the title of one plan of Tottori's 企画部.
    const file = join(content, 'tottori-pref/kikaku/2015.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, '$&（修正）'));
    const log = build(incremental);
    build(cold, '--force');
    const [a, b] = [hashes(incremental), hashes(cold)];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path)).toEqual([]);
    expect(readFileSync(join(cold, 'ja/tottori-pref/kikaku/2015/index.html'), 'utf8')).toContain('（修正）');
    // Astro names each page it took from the cache "(restored)": the other units' pages, not the edited one's.
    // Pages are built four at a time, so one page's log line may be written into another's.
    // Under CI the log is coloured: the colour codes go first.
    // eslint-disable-next-line no-control-regex -- the build log's colour codes start with ESC
    const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
    const restored = [...plain.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]!);
    expect(restored).toContain('/ja/mitaka/soumu/2017/index.html');
    expect(restored.filter((path) => path.includes('/tottori-pref/kikaku/'))).toEqual([]);
  }, 300_000);

  it('leaves no path of the build machine in the output', () => {
    const leaked = [...hashes(distDir).keys()].filter((f) => readFileSync(join(distDir, f), 'latin1').includes(projectRoot));
    expect(leaked).toEqual([]);
  });
});
