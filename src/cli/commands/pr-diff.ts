/**
 * npm run pr:diff -- --base <ref> [--head <ref>] [--max-chars N] [--content DIR]
 * Prints one Markdown comment for a pull request: every plan file of the site's content directory
 * changed between the commit where `head` (default HEAD) forked from `base` and `head`, diffed field
 * by field against its previous version. The pull-request workflow posts it; run it locally to
 * preview the same comment.
 * Exit code: 0 when the comment was printed (changes or not), 2 when it could not be made.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CHARS, prDiffComment } from '../pr-diff/comment.ts';
import { contentDirOption } from '../content-dir.ts';

const usage = '使い方 / usage: npm run pr:diff -- --base <branch or commit> [--head <commit>] [--max-chars N (0 = no limit)] [--content DIR]';
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      options: { base: { type: 'string' }, head: { type: 'string' }, 'max-chars': { type: 'string' }, content: { type: 'string', default: process.env.PLANS_CONTENT_DIR } },
    }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
const { base, head, 'max-chars': max, content } = parse();
const maxChars = Number(max ?? DEFAULT_MAX_CHARS);
if (!base || !Number.isInteger(maxChars) || maxChars < 0) fail(usage);

try {
  process.stdout.write(await prDiffComment({ contentDir: contentDirOption(content), base, head, maxChars }));
} catch (error) {
  // git's own message (unknown revision, not a repository) says what was wrong with the arguments.
  const detail = error instanceof Error ? ((error as { stderr?: string }).stderr || error.message) : String(error);
  fail(`差分のコメントを作れませんでした / Could not make the diff comment:\n${String(detail).trim()}`);
}
