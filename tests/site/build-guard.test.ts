/**
 * Bad content never becomes a half-published site: `npm run build` stops in validation with the
 * same file:line messages as `npm run validate`, writes no output, and prints no stack trace. The
 * content is the fictional base fixture with two mistakes put in.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI } from '../helpers/cli.ts';
import { withBuildLockSync } from '../helpers/build-lock.ts';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let content: string;
let outDir: string;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'plans-guard-'));
  content = join(dir, 'content');
  outDir = join(dir, 'dist');
  cpSync(join(root, 'tests/fixtures/base/content'), content, { recursive: true });
  const file = join(content, 'kakuu/soumu/2020.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('fiscalYear: 2020', 'fiscalYear: ２０２０\ntitel: x'));
});

const run = (command: string, args: string[]) =>
  spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PLANS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });

describe('invalid content', () => {
  it('fails validation with every problem located', () => {
    const result = run(process.execPath, [CLI, 'validate']);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/kakuu\/soumu\/2020\.yaml:5:13 {2}fiscalYear {2}.*全角数字.* \/ .*Full-width digits/);
    expect(lines[1]).toMatch(/^content\/kakuu\/soumu\/2020\.yaml:6:1 {2}titel {2}不明な項目「titel」.*「title」.*Did you mean/);
  });

  it('stops npm run build before anything is written, without a stack trace', () => {
    const result = withBuildLockSync(() =>
      spawnSync('npm', ['run', 'build', '--silent', '--', '--outDir', outDir], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PLANS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      }),
    );
    expect(result.status).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
    expect(result.stdout).toContain('content/kakuu/soumu/2020.yaml:5:13');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('is refused by the content loader too, if Astro is run directly', () => {
    const result = withBuildLockSync(() => run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]));
    expect(result.status).not.toBe(0);
    expect(existsSync(join(outDir, 'ja'))).toBe(false);
    expect(`${result.stdout}${result.stderr}`).toContain('content/kakuu/soumu/2020.yaml:5:13');
  });
});
