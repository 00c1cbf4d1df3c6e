/**
 * Builds another content tree (a fixture) into a directory with the project's own Astro and, if asked,
 * its search index, the way `npm run build` builds content/. For tests that need a site of their own.
 */
import { spawnSync } from 'node:child_process';
import { projectRoot } from './pages.ts';

export interface BuildOutcome {
  /** Exit status of the first step that failed, or 0. */
  status: number | null;
  /** What the failing step (or the last one) wrote to stdout and stderr. */
  output: string;
}

/** Vitest puts Vite's import.meta.env into process.env (BASE_URL…); a child build must not inherit it. */
export function cleanBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'BASE_PATH']) delete env[key];
  return env;
}

/** `astro build` of `contentDir` into `outDir`, then (with `search`) the Pagefind index of that site. */
export function buildContentTree(contentDir: string, outDir: string, options: { search?: boolean } = {}): BuildOutcome {
  const steps: string[][] = [['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir]];
  if (options.search) steps.push(['scripts/build-search-index.ts', '--site', outDir]);
  let output = '';
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, {
      cwd: projectRoot, encoding: 'utf8', env: cleanBuildEnv({ PLANS_CONTENT_DIR: contentDir }), maxBuffer: 64 * 1024 * 1024,
    });
    output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status !== 0) return { status: run.status, output };
  }
  return { status: 0, output };
}
