/**
 * Prose is published exactly as written unless the plan says `markdown: true`. A text that looks as
 * if it was written for Markdown (a link, list lines, emphasis, a heading, a backslash escape) in a
 * plan that has not said either way is shown with its marks as written, which its writer may not
 * expect: a warning names the place and the one line that opts in (or, with `markdown: false`,
 * confirms that the marks are the document's own and silences the warning).
 */
import { isScalar } from 'yaml';
import type { Plan } from '../../../schemas/plan/index.ts';
import { eachProse } from '../../../schemas/plan/index.ts';
import type { Bilingual } from './diagnostic.ts';
import { locateIn, type ParsedFile } from './parsed-file.ts';

/** What in a text suggests its writer meant Markdown, with the words the warning names it by. */
const MARKDOWN_LIKE: { pattern: RegExp; ja: string; en: string }[] = [
  { pattern: /\[[^\]\n]+\]\([^)\s]+\)/, ja: 'リンク [文字](URL)', en: 'a link [text](url)' },
  { pattern: /^[ \t]*[-*+][ \t]+\S/m, ja: '「- 」で始まる箇条書きの行', en: 'a list line starting with "- "' },
  { pattern: /^[ \t]*\d{1,9}[.)][ \t]+\S/m, ja: '「1. 」で始まる番号付きの行', en: 'a numbered line starting with "1. "' },
  { pattern: /\*\*[^*\n]+\*\*|__[^_\n]+__|(?<![*\w])\*[^*\s][^*\n]*\*(?![*\w])/, ja: '強調 **文字**', en: 'emphasis **text**' },
  { pattern: /^[ \t]*#{1,6}[ \t]+\S/m, ja: '「# 」で始まる見出しの行', en: 'a heading line starting with "# "' },
  { pattern: /\\[!-/:-@[-`{-~]/, ja: 'バックスラッシュでの書き換え（\\~ など）', en: 'a backslash escape (such as \\~)' },
];

/** The first sign of Markdown in a text: what it is and where (offset into the text). */
export function markdownLike(text: string): { ja: string; en: string; index: number } | undefined {
  let first: { ja: string; en: string; index: number } | undefined;
  for (const m of MARKDOWN_LIKE) {
    const found = m.pattern.exec(text);
    if (found && (!first || found.index < first.index)) first = { ja: m.ja, en: m.en, index: found.index };
  }
  return first;
}

export type Warn = (line: number, column: number, path: readonly PropertyKey[], msg: Bilingual) => void;

/** Warns at each prose text that looks like Markdown, in a plan that says nothing about Markdown. */
export function checkMarkdownLike(f: ParsedFile, plan: Plan, warn: Warn): void {
  if (plan.markdown !== undefined) return;
  eachProse(plan, (text, path) => {
    if (text.format === 'markdown') return;
    for (const lang of ['ja', 'en'] as const) {
      const value = text[lang];
      const sign = value === undefined ? undefined : markdownLike(value);
      if (!sign || value === undefined) continue;
      // Positions need the full YAML parse: only for a file with something to say.
      const fiscalYear = locateIn(f, ['fiscalYear']).line;
      const at = isScalar(f.pos().doc.getIn(path, true)) ? path : [...path, lang];
      const { line, column } = where(f, at, value, sign.index);
      warn(line, column, at, {
        ja: `この文には${sign.ja}があります。この計画は Markdown を使わないので、記号も書いたとおりに表示されます。Markdown として表示するには、${fiscalYear} 行目（fiscalYear）の次に 1 行「markdown: true」を足してください。書いたとおりでよければ「markdown: false」を足すと、この警告は出なくなります（docs/authoring.md 2.4）。`,
        en: `This text has ${sign.en}. This plan does not use Markdown, so its marks are shown as written. To show it as Markdown, add the line "markdown: true" after line ${fiscalYear} (fiscalYear). If it is meant as written, add "markdown: false" instead and this warning stops (docs/authoring.md, 2.4).`,
      });
    }
  });
}

/**
 * The line and column of a character of a text: exact in a literal block (`|`), whose lines are the
 * text's lines; else where the value starts.
 */
function where(f: ParsedFile, path: readonly PropertyKey[], value: string, index: number): { line: number; column: number } {
  const start = locateIn(f, path);
  const node = f.pos().doc.getIn(path as (string | number)[], true);
  if (!isScalar(node) || node.type !== 'BLOCK_LITERAL') return start;
  const before = value.slice(0, index).split('\n');
  const line = start.line + before.length;
  const source = f.text.split('\n')[line - 1] ?? '';
  const text = value.split('\n')[before.length - 1] ?? '';
  const at = source.indexOf(text);
  return at < 0 ? start : { line, column: at + before.at(-1)!.length + 1 };
}
