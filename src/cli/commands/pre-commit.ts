/**
 * The pre-commit hook's check (installed by `gyosei-plans hooks install`; also `gyosei-plans hooks pre-commit`):
 * validates the staged versions of the staged files of the site's content directory, read from git's
 * index into a temporary folder, so what is checked is exactly what the commit records, whatever the
 * working tree holds. The rest of the staged content tree is read too, for the rules between files.
 * Exit code: 0 nothing staged in the content tree or no problem, 1 problems (the commit stops), 2 failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from '../../lib/validate/validate-content.ts';
import { formatText } from '../../lib/validate/diagnostic.ts';
import { checkoutStagedContent, contentTree, stagedContentFiles, type ContentTree } from '../../lib/git/git-content.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, type CommandConsole } from '../command.ts';

const noVerify = [
  'この検査を飛ばしてコミットするには git commit --no-verify を使います（プルリクエストでは同じ検査が行われます）。',
  'To commit without this check, use git commit --no-verify (the pull request runs the same check).',
].join('\n');

async function check(tree: ContentTree, tmp: string, console: CommandConsole): Promise<number> {
  const folder = `${tree.path || '.'}/`;
  // git sets GIT_INDEX_FILE for `commit -a` and `commit <paths>`; every git call here inherits it.
  const staged = stagedContentFiles(tree);
  if (!staged.length) return 0;
  checkoutStagedContent(tree, tmp);
  // A deletion breaks other files (a plan whose department file went), so then every file's problems count.
  const only = staged.some((c) => c.status === 'deleted') ? undefined : staged.map((c) => c.path);
  // The copy has the repository's layout, so reported paths are the repository's own (as git status shows them).
  const { diagnostics } = await validateContent(tmp, { contentDir: join(tmp, tree.path), only, copyOf: tree.root });
  if (!diagnostics.length) {
    console.error(`${folder}: ステージした ${staged.length} ファイルに問題はありません / ${staged.length} staged file(s) are valid.`);
    return 0;
  }
  for (const d of diagnostics) console.error(formatText(d));
  console.error(
    [
      '',
      `コミットを中止しました。ステージした ${folder} のファイルに ${diagnostics.length} 件の問題があります。直して git add し、もう一度コミットしてください。`,
      `Commit stopped: the staged files in ${folder} have ${diagnostics.length} problem(s). Fix them, git add them, and commit again.`,
      noVerify,
    ].join('\n'),
  );
  return 1;
}

const usage =
  '使い方 / usage: gyosei-plans hooks pre-commit [--content DIR]   (git の pre-commit フックが実行します / run by the git pre-commit hook)';

export const run = command(
  {
    name: 'hooks pre-commit',
    usage,
    args: [CONTENT_ARG],
    options: contentOption,
  },
  async ({ values, console }) => {
    const contentDir = contentDirOption(values.content);
    const tmp = mkdtempSync(join(tmpdir(), 'plans-pre-commit-'));
    try {
      return await check(contentTree(contentDir), tmp, console);
    } catch (error) {
      const detail = error instanceof Error ? (error as { stderr?: string }).stderr || error.message : String(error);
      console.error(`コミット前の検査自体が失敗しました / The pre-commit check itself failed: ${String(detail).trim()}\n${noVerify}`);
      return 2;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
);
