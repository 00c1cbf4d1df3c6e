/**
 * Builds another content tree (a fixture) into a directory with the project's own Astro, the way
 * `npm run build` builds content/ (the integration writes the search index in astro:build:done).
 * For tests that need a site of their own.
 */
import { spawnSync } from 'node:child_process';
import { withBuildLockSync } from './build-lock.ts';
import { projectRoot } from './pages.ts';

export interface BuildOutcome {
  /** Exit status of the build. */
  status: number | null;
  /** What the build wrote to stdout and stderr. */
  output: string;
}

/** Vitest puts Vite's import.meta.env into process.env (BASE_URL…); a child build must not inherit it. */
export function cleanBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'BASE_PATH']) delete env[key];
  return env;
}

/** `astro build` of `contentDir` into `outDir` (one build at a time: build-lock.ts), search index included; `env` adds variables (e.g. PLANS_A11Y_RESULTS). */
export function buildContentTree(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildOutcome {
  const run = withBuildLockSync(() =>
    spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: cleanBuildEnv({ PLANS_CONTENT_DIR: contentDir, ...env }),
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  return { status: run.status, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}
