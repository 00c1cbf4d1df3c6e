/**
 * npm run pr:diff -- --base <ref> [--head <ref>] [--max-chars N]
 * Prints one Markdown comment for a pull request: every plan file changed between the commit where
 * `head` (default HEAD) forked from `base` and `head`, diffed field by field against its previous
 * version. The pull-request workflow posts it; run it locally to preview the same comment.
 * Exit code: 0 when the comment was printed (changes or not), 2 when it could not be made.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CHARS, prDiffComment } from '../../lib/compare/pr-diff.ts';

const usage = '使い方 / usage: npm run pr:diff -- --base <branch or commit> [--head <commit>] [--max-chars N (0 = no limit)]';
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({ options: { base: { type: 'string' }, head: { type: 'string' }, 'max-chars': { type: 'string' } } }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
const { base, head, 'max-chars': max } = parse();
const maxChars = Number(max ?? DEFAULT_MAX_CHARS);
if (!base || !Number.isInteger(maxChars) || maxChars < 0) fail(usage);

try {
  process.stdout.write(await prDiffComment({ cwd: process.cwd(), base, head, maxChars }));
} catch (error) {
  // git's own message (unknown revision, not a repository) says what was wrong with the arguments.
  const detail = error instanceof Error ? ((error as { stderr?: string }).stderr || error.message) : String(error);
  fail(`差分のコメントを作れませんでした / Could not make the diff comment:\n${String(detail).trim()}`);
}
