/**
 * Builds the site and its search index from content/ once before the suite, so build and browser
 * tests read one dist/. Unit tests
 * that do not need it still pay the build once per run, which keeps every test honest about dist/.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: root, stdio: 'inherit', env });
  execFileSync(process.execPath, ['scripts/build-search-index.ts'], { cwd: root, stdio: 'inherit', env });
}
