/**
 * Every command's arguments, by calling its run(argv, io) as a function: --help and -h print the usage
 * with each argument and exit 0; an unknown option or a missing value gets one bilingual line, the
 * usage and exit 2, never a stack trace. Also the version check every entry point makes first.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, main } from '../../src/cli/main.ts';
import { nodeVersionProblem } from '../../src/node-version.mjs';
import plans from '../../src/index.ts';

/** Runs `gyosei-plans ...argv` in-process; what it wrote and its exit code. */
async function gyoseiPlans(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}
const BILINGUAL = /[\u3040-\u30ff\u4e00-\u9fff].* \/ [A-Za-z]/;
const STACK = /\n\s+at |Error:|ERR_PARSE_ARGS/;

describe('every command', () => {
  it('lists the commands with --help, and refuses an unknown one', async () => {
    const help = await gyoseiPlans('--help');
    expect(help.code).toBe(0);
    for (const name of COMMAND_NAMES) expect(help.stdout).toContain(name);
    const unknown = await gyoseiPlans('publish');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('「publish」というコマンドはありません / unknown command "publish"');
  });

  it.each(COMMAND_NAMES)('%s answers --help and -h with its usage and each argument, exit 0', async (name) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await gyoseiPlans(...name.split(' '), flag);
      expect(code, flag).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^使い方 \/ usage: /);
      expect(stdout).toContain('-h, --help');
      // Every argument line is followed by its English line.
      expect(stdout.split('\n').filter((l) => /^ {2}\S/.test(l)).length).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(COMMAND_NAMES)('%s refuses an unknown option with a bilingual line and its usage, exit 2, no stack', async (name) => {
    const { code, stdout, stderr } = await gyoseiPlans(...name.split(' '), '--no-such-option');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [first] = stderr.split('\n');
    expect(first).toBe('「--no-such-option」というオプションはありません / unknown option --no-such-option');
    expect(first).toMatch(BILINGUAL);
    expect(stderr).toContain('使い方 / usage: ');
    // `hooks uninstall` is `hooks install --uninstall`, whose help tells both.
    expect(stderr).toContain(`gyosei-plans ${name === 'hooks uninstall' ? 'hooks install' : name} --help`);
    expect(stderr).not.toMatch(STACK);
  });

  it('says so in both languages when an option lacks its value', async () => {
    const { code, stderr } = await gyoseiPlans('diff', '--format');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('--format には値が必要です / --format needs a value');
    expect(stderr).not.toMatch(STACK);
  });
});

describe('a --content folder that is not there', () => {
  // In a folder that is not there either: import makes a content folder that is missing, but only inside one that is there.
  const MISSING = join(tmpdir(), 'gyosei-plans-no-such-folder', 'content');
  // Each command with the rest of its arguments valid, so the folder is what stops it.
  const COMMANDS: string[][] = [
    ['validate'],
    ['diff', 'kakuu/soumu', '2020', '2021'],
    ['translations'],
    ['new', 'kakuu', 'soumu', '2021'],
    ['import', fileURLToPath(import.meta.url), 'kakuu', 'soumu', '--year', '2021', '--out', '-'],
    ['pr-diff', '--base', 'HEAD'],
    ['hooks', 'install'],
    ['hooks', 'pre-commit'],
  ];

  it('is every command that reads the content folder', () => {
    const names = COMMANDS.map((argv) => (argv[0] === 'hooks' ? argv.slice(0, 2).join(' ') : argv[0]));
    expect(names.sort()).toEqual(COMMAND_NAMES.filter((n) => !['init', 'a11y-report', 'hooks uninstall'].includes(n)).sort());
  });

  it.each(COMMANDS)('%s says "no such folder" in both languages, exit 2, never "please report it"', async (...argv) => {
    const { code, stdout, stderr } = await gyoseiPlans(...argv, '--content', MISSING);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`--content（または環境変数 PLANS_CONTENT_DIR）で指定したフォルダ「${MISSING}」はありません`);
    expect(stderr).toContain(`No such folder: ${MISSING} (given with --content or PLANS_CONTENT_DIR). Check the path.`);
    expect(stderr).not.toMatch(/report it|報告/);
    expect(stderr).not.toMatch(STACK);
  });

  it('names a file given as the folder', async () => {
    const { code, stderr } = await gyoseiPlans('validate', '--content', fileURLToPath(import.meta.url));
    expect(code).toBe(2);
    expect(stderr).toContain('is not a folder');
  });
});

describe('the Node version check', () => {
  it('passes Node 22.19 and later, and names the version found, the one needed and where to get it', () => {
    for (const ok of ['22.19.0', '22.20.1', '24.0.0', '25.1.0']) expect(nodeVersionProblem(ok), ok).toBeUndefined();
    for (const old of ['18.20.4', '20.19.0', '22.18.0']) {
      const line = nodeVersionProblem(old)!;
      expect(line.split('\n'), old).toHaveLength(1);
      expect(line).toMatch(BILINGUAL);
      for (const part of [old, '22.19', '24 LTS', 'https://nodejs.org/']) expect(line).toContain(part);
    }
  });

  it('on this Node, lets the integration start', () => {
    expect(nodeVersionProblem()).toBeUndefined();
    expect(plans().name).toBe('gyosei-plans');
  });
});
