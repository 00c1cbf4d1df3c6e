/**
 * Builds, once before the suite, the demo site from content/ into dist/ and every fixture content
 * tree (tests/fixtures/<name>/content: published, hostile, new-shapes…) into test-results/sites/<name>/,
 * so build and browser tests read sites that exist (`astro build` writes the search index too,
 * in astro:build:done). Unit tests that do not need them still pay the builds once per run, which
 * keeps every test honest about them.
 * SKIP_BUILD=1 reuses the sites of the last run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildContentTree } from './helpers/build-site.ts';
import { fixtureSiteNames, fixtureSitesDir, projectRoot } from './helpers/pages.ts';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: projectRoot, stdio: 'inherit', env });
  // One after another: concurrent Astro builds of one project share its caches.
  for (const name of fixtureSiteNames()) {
    const built = buildContentTree(join(projectRoot, 'tests/fixtures', name, 'content'), join(fixtureSitesDir, name));
    if (built.status !== 0) throw new Error(`tests/fixtures/${name} did not build:\n${built.output}`);
  }
}
