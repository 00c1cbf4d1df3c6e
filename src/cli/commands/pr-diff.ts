/**
 * npm run pr:diff -- --base <ref> [--head <ref>] [--max-chars N] [--content DIR]
 * Prints one Markdown comment for a pull request: every plan file of the site's content directory
 * changed between the commit where `head` (default HEAD) forked from `base` and `head`, diffed field
 * by field against its previous version. The pull-request workflow posts it; run it locally to
 * preview the same comment.
 * Exit code: 0 when the comment was printed (changes or not), 2 when it could not be made.
 */
import { DEFAULT_MAX_CHARS, prDiffComment } from '../pr-diff/comment.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail } from '../command.ts';

const usage =
  '使い方 / usage: npm run pr:diff -- --base <branch or commit> [--head <commit>] [--max-chars N (0 = no limit)] [--content DIR]';

export const run = command(
  {
    name: 'pr-diff',
    usage,
    args: [
      { name: '--base <ref>', ja: '比べるもとのブランチまたはコミット', en: 'the branch or commit to compare with' },
      { name: '--head <ref>', ja: '比べるコミット（既定 HEAD）', en: 'the commit to compare (default HEAD)' },
      { name: '--max-chars N', ja: 'コメントの最大文字数（0 は無制限）', en: 'the longest comment, in characters (0: no limit)' },
      CONTENT_ARG,
    ],
    options: (env) => ({
      base: { type: 'string' },
      head: { type: 'string' },
      'max-chars': { type: 'string' },
      ...contentOption(env),
    }),
  },
  async ({ values, io }) => {
    const { base, head, 'max-chars': max, content } = values;
    const maxChars = Number(max ?? DEFAULT_MAX_CHARS);
    if (!base || !Number.isInteger(maxChars) || maxChars < 0) fail(usage);

    const contentDir = contentDirOption(content);
    try {
      io.stdout.write(await prDiffComment({ contentDir, base, head, maxChars }));
    } catch (error) {
      // git's own message (unknown revision, not a repository) says what was wrong with the arguments.
      const detail = error instanceof Error ? (error as { stderr?: string }).stderr || error.message : String(error);
      fail(`差分のコメントを作れませんでした / Could not make the diff comment:\n${String(detail).trim()}`);
    }
  },
);
