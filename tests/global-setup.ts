/**
 * Builds, once before the suite, the demo site from content/ into dist/ and the published-plans
 * fixture (tests/fixtures/published) into test-results/sites/published/, so build and browser tests
 * read sites that exist (`astro build` writes the search index too, in astro:build:done). Unit tests
 * that do not need them still pay the builds once per run, which keeps every test honest about them.
 * SKIP_BUILD=1 reuses the sites of the last run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildContentTree } from './helpers/build-site.ts';
import { projectRoot, publishedDistDir } from './helpers/pages.ts';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: projectRoot, stdio: 'inherit', env });
  const published = buildContentTree(join(projectRoot, 'tests/fixtures/published/content'), publishedDistDir);
  if (published.status !== 0) throw new Error(`tests/fixtures/published did not build:\n${published.output}`);
}
