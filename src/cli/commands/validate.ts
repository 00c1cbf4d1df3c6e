/**
 * npm run validate [paths…] [--format text|github|json] [--quiet] [--content DIR] [--changed-since REF]
 * Checks the site's content directory and prints every problem as `file:line:column  field  日本語 / English`,
 * the file named from the folder that holds the content directory (content/mitaka/soumu/2017.yaml).
 * --changed-since lists first the problems on lines changed since the working tree forked from REF,
 * then those elsewhere in changed files: GitHub turns only a step's first 10 into annotations.
 * Warnings (text that is published as written but looks as if it was meant otherwise) follow, and block nothing.
 * Exit code: 0 when valid, 1 when there are problems, 2 when the command itself failed.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { validateContent } from '../../lib/validate/validate-content.ts';
import { formatGithub, formatText } from '../../lib/validate/diagnostic.ts';
import { changeRank, changedLinesSince, contentTree } from '../../lib/git/git-content.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail } from '../command.ts';

/** GitHub turns at most this many error commands of one step into annotations (the rest stay in the log). */
const GITHUB_ANNOTATIONS_PER_STEP = 10;
const usage = '使い方 / usage: npm run validate -- [paths…] [--format text|github|json] [--quiet] [--content DIR] [--changed-since REF]';

/**
 * What a run on named files did and did not check: the files themselves, with the rules they share
 * with other files (their municipality's and unit's files, the glossary, earlier plans), and not the
 * other files' own problems.
 */
function selectionNote(selection: { checked: string[]; notChecked: number }): string {
  const list = selection.checked.length <= 5 ? `（${selection.checked.join('、')}）` : '';
  const listEn = selection.checked.length <= 5 ? ` (${selection.checked.join(', ')})` : '';
  const rest = selection.notChecked
    ? `ほかの ${selection.notChecked} ファイルの問題は確認していません。全体は npm run validate で確認してください / The problems of the other ${selection.notChecked} file(s) were not checked; run npm run validate for all of them.`
    : 'ほかのファイルはありません / There are no other files.';
  return `確認したのは指定したファイル${list}と、それらが関わるファイル間の決まり（団体・組織のファイル、用語集、前の年度の計画との照合）です / Checked: the files named${listEn}, with the rules that tie them to other files (their municipality's and unit's files, the glossary, earlier plans).\n${rest}`;
}

export const run = command(
  {
    name: 'validate',
    usage,
    positionals: true,
    args: [
      { name: '[paths…]', ja: '検査するファイル・フォルダ（既定はすべて）', en: 'the files or folders to check (default: all)' },
      {
        name: '--format text|github|json',
        ja: '出力の形式（既定 text。github は GitHub の注釈）',
        en: 'output format (default text; github: GitHub annotations)',
      },
      { name: '--quiet', ja: '問題がなければ何も表示しない', en: 'print nothing when there is no problem' },
      { name: '--changed-since REF', ja: 'REF から変えた行の問題を先に表示する', en: 'list the problems on lines changed since REF first' },
      CONTENT_ARG,
    ],
    options: (env) => ({
      format: { type: 'string', default: 'text' },
      quiet: { type: 'boolean', default: false },
      ...contentOption(env),
      'changed-since': { type: 'string' },
    }),
  },
  async ({ values, positionals: paths, console }) => {
    const { format, quiet } = values;
    // The tree (the site's, or fixtures, generated benchmark plans) is reported relative to its parent folder.
    const contentDir = contentDirOption(values.content);
    const projectRoot = dirname(contentDir);
    /** A path as the validator names files: relative to the folder that holds the content directory. */
    const fromProject = (path: string) => relative(projectRoot, path).split(sep).join('/');

    if (!['text', 'github', 'json'].includes(format)) {
      fail(`--format は text, github, json のどれかです / --format must be text, github or json\n${usage}`);
    }

    // A mistyped path must not pass as "OK": say which one matches nothing.
    const missing = paths.filter((p) => !existsSync(resolve(p)));
    if (missing.length) {
      fail(missing.map((p) => `${p}: そのファイル・フォルダはありません / no such file or folder`).join('\n'));
    }

    /** Lines changed since REF, asked before validating so that a mistyped ref stops at once. */
    function changedLines(ref: string): Map<string, [number, number][]> {
      try {
        const tree = contentTree(contentDir);
        // git names files from the top of the repository; the validator, from the content's parent folder.
        return new Map([...changedLinesSince(tree, ref)].map(([file, lines]) => [fromProject(join(tree.root, file)), lines]));
      } catch (error) {
        const detail = (error as { stderr?: string }).stderr || (error instanceof Error ? error.message : String(error));
        fail(`--changed-since ${ref}: git で変更を調べられません / git cannot tell what changed: ${detail.trim()}`);
      }
    }
    const changed = values['changed-since'] ? changedLines(values['changed-since']) : undefined;

    try {
      // The paths are typed from the current folder; the validator takes them from the content's parent.
      const only = paths.length ? paths.map((p) => fromProject(resolve(p))) : undefined;
      const { diagnostics, warnings, fileCount, selection } = await validateContent(projectRoot, { contentDir, only });
      // Stable: within each rank the problems keep their file and line order.
      if (changed) diagnostics.sort((a, b) => changeRank(a.file, a.line, changed) - changeRank(b.file, b.line, changed));
      if (format === 'json') {
        console.log(
          JSON.stringify(
            {
              ok: diagnostics.length === 0,
              files: fileCount,
              ...(selection && { checked: selection.checked, notChecked: selection.notChecked }),
              diagnostics,
              warnings,
            },
            null,
            2,
          ),
        );
      } else {
        for (const d of diagnostics) console.log(format === 'github' ? formatGithub(d) : formatText(d));
        // Warnings block nothing; --quiet (the build's) leaves them to npm run validate.
        if (!quiet) for (const d of warnings) console.log(format === 'github' ? formatGithub(d) : formatText(d));
        if (diagnostics.length) {
          const where = selection ? `指定した ${selection.checked.length} ファイル` : `${basename(contentDir)}/`;
          const whereEn = selection ? `the ${selection.checked.length} file(s) named` : `${basename(contentDir)}/`;
          console.error(
            `\n${where}に ${diagnostics.length} 件の問題があります / ${diagnostics.length} problem(s) found in ${whereEn}. Nothing was built.`,
          );
          if (selection) console.error(selectionNote(selection));
          if (format === 'github' && diagnostics.length > GITHUB_ANNOTATIONS_PER_STEP) {
            console.error(
              `GitHub が注釈にするのは最初の ${GITHUB_ANNOTATIONS_PER_STEP} 件だけです。全件はこのログにあります / GitHub annotates only the first ${GITHUB_ANNOTATIONS_PER_STEP}; this log lists them all.`,
            );
          }
        } else if (!quiet) {
          if (!selection) console.log(`OK: ${fileCount} ファイルに問題はありません / ${fileCount} files are valid.`);
          else {
            const n = selection.checked.length;
            console.log(`OK: 指定した ${n} ファイルに問題はありません / The ${n} file(s) named are valid.`);
            console.log(selectionNote(selection));
          }
        }
      }
      return diagnostics.length ? 1 : 0;
    } catch (error) {
      // A bug in the validator must not look like a problem in the clerk's file, and must not dump a stack.
      const message = error instanceof Error ? error.message : String(error);
      fail(`検証ツール自体のエラーです。開発者に報告してください / The validator itself failed; please report it: ${message}`);
    }
  },
);
