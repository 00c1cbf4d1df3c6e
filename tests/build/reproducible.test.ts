/**
 * The same content builds to the same bytes: a second build of this commit, search index included,
 * must equal dist/ file for file. Nothing of the build machine (time, paths) may reach the output.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/pages.ts';
import { cleanBuildEnv } from '../helpers/build-site.ts';

const second = mkdtempSync(join(tmpdir(), 'plans-rebuild-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

/** This commit's own content, whatever tree a caller may point builds at. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = cleanBuildEnv();
  delete env.PLANS_CONTENT_DIR;
  return env;
}

function hashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => {
    const path = join(e.parentPath, e.name);
    return [path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }));
}

describe('reproducible builds', () => {
  it('a second build of the same commit is byte-identical to dist/', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', second], { cwd: projectRoot, encoding: 'utf8', env: cleanEnv() });
    expect(run.status, run.stderr).toBe(0);
    const [a, b] = [hashes(distDir), hashes(second)];
    expect(a.size).toBeGreaterThan(50);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path)).toEqual([]);
  }, 180_000);

  it('leaves no path of the build machine in the output', () => {
    const leaked = [...hashes(distDir).keys()].filter((f) => readFileSync(join(distDir, f), 'latin1').includes(projectRoot));
    expect(leaked).toEqual([]);
  });
});
