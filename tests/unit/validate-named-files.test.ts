/**
 * `npm run validate -- <file>`: says what it checked (the named files, with the rules they share with
 * other files) and that the other files were not checked, instead of "OK: <every file> files".
 * Runs on a temp copy of the fictional base tree with one unrelated unfinished file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { CLI } from '../helpers/cli.ts';

const BASE = fileURLToPath(new URL('../fixtures/base', import.meta.url));
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'validate-named-'));
  cpSync(BASE, root, { recursive: true });
  // 架空のデータ（テスト用）: a second unit whose file is unfinished (no name).
  mkdirSync(join(root, 'content/kakuu/kikaku'));
  writeFileSync(join(root, 'content/kakuu/kikaku/department.yaml'), 'id: kikaku\nmunicipality: kakuu\n');
});
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, 'validate', '--content', join(root, 'content'), ...args], { cwd: root, encoding: 'utf8' });

describe('validate with named files', () => {
  it('the library says which files were checked and how many were not', async () => {
    const result = await validateContent(root, { contentDir: join(root, 'content'), only: ['content/kakuu/soumu/2020.yaml'] });
    expect(result.diagnostics).toEqual([]);
    expect(result.selection).toEqual({ checked: ['content/kakuu/soumu/2020.yaml'], notChecked: result.fileCount - 1 });
    const all = await validateContent(root, { contentDir: join(root, 'content') });
    expect(all.diagnostics.length).toBeGreaterThan(0);
    expect(all.selection).toBeUndefined();
  });

  it('the command says OK for the named file only, and that the others were not checked', () => {
    const result = run(join(root, 'content/kakuu/soumu/2020.yaml'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('OK: 指定した 1 ファイルに問題はありません / The 1 file(s) named are valid.');
    expect(result.stdout).toContain('content/kakuu/soumu/2020.yaml');
    expect(result.stdout).toMatch(/ほかの \d+ ファイルの問題は確認していません/);
    expect(result.stdout).toMatch(/The problems of the other \d+ file\(s\) were not checked/);
    expect(result.stdout).not.toMatch(/OK: \d+ ファイルに問題はありません/);
  });

  it('without names it checks everything and finds the unfinished file', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('content/kakuu/kikaku/department.yaml');
  });
});
