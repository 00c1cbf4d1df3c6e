/**
 * npm run diff compares two sound plans even when an unrelated file is unfinished, and says which
 * files it skipped; a problem in a compared plan still stops it. Fictional base tree, temp copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.ts';

const BASE = fileURLToPath(new URL('../fixtures/base', import.meta.url));
let root = '';
const content = () => join(root, 'content');
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'diff-skipped-'));
  cpSync(BASE, root, { recursive: true });
  const plan2020 = readFileSync(join(content(), 'kakuu/soumu/2020.yaml'), 'utf8');
  // 架空のデータ（テスト用）: the next year's plan, the same but for its year and dates.
  writeFileSync(
    join(content(), 'kakuu/soumu/2021.yaml'),
    plan2020
      .replace('fiscalYear: 2020', 'fiscalYear: 2021')
      .replace(/\b2020-(\d\d)-(\d\d)/g, '2021-$1-$2')
      .replace('（架空）', '（架空・次年度）'),
  );
  // An unrelated unit whose file is unfinished (no name).
  mkdirSync(join(content(), 'kakuu/kikaku'));
  writeFileSync(join(content(), 'kakuu/kikaku/department.yaml'), 'id: kikaku\nmunicipality: kakuu\n');
});
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

const diff = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, 'diff', ...args, '--content', content()], { cwd: root, encoding: 'utf8' });

describe('npm run diff with an unfinished file elsewhere', () => {
  it('compares the two plans and lists the skipped file', () => {
    const result = diff('kakuu/soumu', '2020', '2021');
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('（架空・次年度）');
    expect(result.stderr).toContain('問題のある 1 ファイルは読まずに比較しました');
    expect(result.stderr).toContain('Compared without 1 file(s) that have problems');
    expect(result.stderr).toContain('content/kakuu/kikaku/department.yaml');
  });

  it('still refuses when a compared plan has a problem, naming only that plan’s problems', () => {
    writeFileSync(
      join(content(), 'kakuu/soumu/2021.yaml'),
      readFileSync(join(content(), 'kakuu/soumu/2021.yaml'), 'utf8').replace('fiscalYear: 2021', 'fiscalYear: 2021\nasOff: 2021-04-01'),
    );
    const result = diff('kakuu/soumu', '2020', '2021');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('比較する計画に問題があるため比較できません');
    expect(result.stderr).toContain('content/kakuu/soumu/2021.yaml');
    expect(result.stderr).not.toContain('content/kakuu/kikaku/department.yaml');
  });
});
