/**
 * The pieces of the atomic output (src/integration/atomic-output.ts) that a build rarely reaches: what
 * the next build does with the folders a killed one left, including a kill between the two renames of
 * the swap, and the clerk's message for each kind of failure. The builds themselves are tests/site/atomic-output.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failureMessage, removeLeftovers, stagingDir, writeErrorCode } from '../../src/integration/atomic-output.ts';

const root = mkdtempSync(join(tmpdir(), 'atomic-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

function folder(path: string, text: string): void {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
}

describe('the leftovers of a killed build', () => {
  it('removes a dead build’s staging and set-aside folders, and leaves those of builds still running', () => {
    const dir = join(root, 'running');
    const dist = join(dir, 'dist');
    folder(dist, 'current');
    const dead = deadPid();
    folder(join(dir, `.dist.building-${dead}`), 'partial');
    folder(join(dir, `.dist.previous-${dead}`), 'old');
    // This process and its parent are alive.
    folder(stagingDir(dist), 'ours');
    folder(stagingDir(dist, process.ppid), 'another build');
    folder(join(dir, '.other.building-1'), 'another output folder');
    removeLeftovers(dist);
    expect(readdirSync(dir).sort()).toEqual(
      ['.dist.building-' + process.pid, '.dist.building-' + process.ppid, '.other.building-1', 'dist'].sort(),
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('current');
  });

  it('puts the last site back when the build was killed between setting it aside and renaming the new one in', () => {
    const dir = join(root, 'swap');
    const dist = join(dir, 'dist');
    const dead = deadPid();
    folder(join(dir, `.dist.previous-${dead}`), 'last complete site');
    folder(join(dir, `.dist.building-${dead}`), 'new site');
    removeLeftovers(dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last complete site');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('does nothing when the output folder’s parent does not exist yet', () => {
    expect(() => removeLeftovers(join(root, 'nowhere', 'dist'))).not.toThrow();
    expect(existsSync(join(root, 'nowhere'))).toBe(false);
  });
});

describe('the message of a failed build', () => {
  const dist = join(root, 'message', 'dist');

  it('names the cause of a write error and what to do, in Japanese and English', () => {
    folder(dist, 'site');
    expect(writeErrorCode(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('ENOSPC');
    expect(writeErrorCode(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBeUndefined();
    expect(writeErrorCode('not an error')).toBeUndefined();
    const [ja, en] = failureMessage(dist, { code: 'EACCES' }).split('\n');
    expect(ja).toBe(
      `サイトの作成は完了しませんでした。${dist}/ は前回完成したサイトのまま変えていません（作りかけのファイルは消しました）。` +
        '原因: 出力先に書き込む権限がありません (EACCES)。フォルダの権限を確かめてください。そのあと、もう一度 npm run build を実行してください。',
    );
    expect(en).toBe(
      `The build did not finish. ${dist}/ still holds the last complete site, unchanged (the partly written files were removed). ` +
        'Cause: no permission to write the output (EACCES): check the permissions of the folder. Then run npm run build again.',
    );
  });

  it('says the disk is full when little space was left, and to fix the error above when the cause is unknown', () => {
    expect(failureMessage(dist, { lowSpace: true })).toContain('Cause: the disk is full (ENOSPC): free some space');
    const unknown = failureMessage(dist);
    expect(unknown).toContain('上のエラーを直してください。');
    expect(unknown).toContain('Fix the error above.');
    expect(unknown).not.toContain('ENOSPC');
  });

  it('says there is no site yet when the first build fails', () => {
    const none = failureMessage(join(root, 'message', 'never-built'), { code: 'ENOSPC' });
    expect(none).toContain('はまだ作られていません');
    expect(none).toContain('has not been written');
    expect(none).not.toContain('last complete site');
  });
});
