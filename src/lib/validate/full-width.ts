/**
 * Slips of a Japanese input method in YAML's own syntax: a full-width colon （：） after a key, a
 * full-width space (U+3000 IDEOGRAPHIC SPACE) after a colon or in the indentation. YAML sees none of
 * them as syntax, so its own error (or an unknown key) would point the clerk elsewhere; these name the
 * character and where it is.
 */
import type { Bilingual } from './diagnostic.ts';

export interface Slip extends Bilingual {
  code: string;
  /** 1-based column of the full-width character in its line. */
  column: number;
}

const IDEOGRAPHIC_SPACE = '全角スペース（U+3000）';
const KEY = '[A-Za-z_][\\w-]*';

/** The full-width slip in YAML syntax on one line of a file, if there is one. */
export function fullWidthSlip(line: string): Slip | undefined {
  const indent = /^[ \t]*(?:-[ \t]+)?\u3000/.exec(line);
  if (indent) {
    const column = indent[0].length;
    return {
      code: 'full-width-indent',
      column,
      ja: `字下げ（${column} 文字目）に${IDEOGRAPHIC_SPACE}が使われています。YAML の字下げは半角スペースにしてください。`,
      en: `A full-width space (U+3000 IDEOGRAPHIC SPACE) is used for indentation (column ${column}). Indent YAML with ordinary spaces.`,
    };
  }
  const colon = new RegExp(`^([ \\t]*(?:-[ \\t]+)?)(${KEY})[ \\t\\u3000]*：`).exec(line);
  if (colon) {
    const column = colon[0].length;
    const key = colon[2];
    return {
      code: 'full-width-colon',
      column,
      ja: `項目名「${key}」の後のコロンが全角の「：」です（${column} 文字目）。半角の「:」と半角スペースにしてください（例 ${key}: 値）。`,
      en: `The colon after the key "${key}" is a full-width "：" (column ${column}). Write an ASCII colon and a space (e.g. ${key}: value).`,
    };
  }
  const space = new RegExp(`^([ \\t]*(?:-[ \\t]+)?)(${KEY}):\\u3000`).exec(line);
  if (space) {
    const column = space[0].length;
    const key = space[2];
    return {
      code: 'full-width-space-after-colon',
      column,
      ja: `「${key}:」の後が${IDEOGRAPHIC_SPACE}です（${column} 文字目）。コロンの後は半角スペースにしてください（例 ${key}: 値）。`,
      en: `The space after "${key}:" is a full-width space (U+3000 IDEOGRAPHIC SPACE, column ${column}). Write an ordinary space after the colon (e.g. ${key}: value).`,
    };
  }
  return undefined;
}

/**
 * For a number written with a full-width space before, inside or after it (`2025\u3000`): where the first
 * space is (1-based, in the value) and the number without it; undefined when the rest is not a number.
 */
export function numberWithFullWidthSpace(value: string): { index: number; digits: string } | undefined {
  const at = value.indexOf('\u3000');
  if (at < 0) return undefined;
  const digits = value.replace(/[\s\u3000]/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(digits) ? { index: at + 1, digits } : undefined;
}
