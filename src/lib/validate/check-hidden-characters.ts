/**
 * Characters that change how text reads without being seen: bidirectional controls (a right-to-left
 * override turns "txt.exe" into "exe.txt" on screen) and invisible characters (a zero-width space makes
 * two words that look alike differ, so search and links can be spoofed). None has a place in a plan, so
 * every text of every file (plans, municipality.yaml, department.yaml, glossary.yaml) is checked, and a
 * file with one is refused: nothing with them is published.
 *
 * Left alone, because Japanese needs them: variation selectors (U+FE00–FE0F, and the ideographic
 * variation sequences U+E0100–E01EF that pick a glyph of a kanji, as in 葛󠄀), the no-break space and the
 * ideographic space (visible as space; see full-width-space for where they are a slip), line separators
 * (U+2028/2029, which YAML reads as line breaks in text).
 */
import type { Report } from './diagnostic.ts';
import type { ParsedFile } from './parsed-file.ts';
import { locateIn } from './parsed-file.ts';
import { formatPath } from './diagnostic.ts';

/** Each refused character: its Unicode name, and whether it is a direction control or an invisible one. */
const HIDDEN: ReadonlyMap<number, { name: string; bidi: boolean }> = new Map<number, { name: string; bidi: boolean }>([
  ...(
    [
      [0x061c, 'ARABIC LETTER MARK'],
      [0x200e, 'LEFT-TO-RIGHT MARK'],
      [0x200f, 'RIGHT-TO-LEFT MARK'],
      [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
      [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
      [0x202c, 'POP DIRECTIONAL FORMATTING'],
      [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
      [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
      [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
      [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
      [0x2068, 'FIRST STRONG ISOLATE'],
      [0x2069, 'POP DIRECTIONAL ISOLATE'],
    ] as const
  ).map(([code, name]) => [code, { name, bidi: true }] as const),
  ...(
    [
      // A soft hyphen shows only where a line breaks inside a word: in Japanese text it is invisible,
      // and it splits a word for search.
      [0x00ad, 'SOFT HYPHEN'],
      [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
      [0x200b, 'ZERO WIDTH SPACE'],
      [0x200c, 'ZERO WIDTH NON-JOINER'],
      [0x200d, 'ZERO WIDTH JOINER'],
      [0x2060, 'WORD JOINER'],
      [0x2061, 'FUNCTION APPLICATION'],
      [0x2062, 'INVISIBLE TIMES'],
      [0x2063, 'INVISIBLE SEPARATOR'],
      [0x2064, 'INVISIBLE PLUS'],
      [0x3164, 'HANGUL FILLER'],
      [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
      [0xffa0, 'HALFWIDTH HANGUL FILLER'],
    ] as const
  ).map(([code, name]) => [code, { name, bidi: false }] as const),
]);
/** Tag characters (U+E0000–E007F): invisible copies of ASCII, used to hide text in text. */
const TAGS = { from: 0xe0000, to: 0xe007f };

/** Any refused character: one native search, so the usual text costs next to nothing. */
const ANY_HIDDEN = new RegExp(
  `[${[...HIDDEN.keys()].map((code) => `\\u{${code.toString(16)}}`).join('')}\\u{${TAGS.from.toString(16)}}-\\u{${TAGS.to.toString(16)}}]`,
  'u',
);

/** The first refused character of `text` and its index (in UTF-16 units), if any. */
export function firstHiddenCharacter(text: string): { code: number; index: number; name: string; bidi: boolean } | undefined {
  const start = text.search(ANY_HIDDEN);
  if (start < 0) return undefined;
  for (let i = start; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const known = HIDDEN.get(code);
    if (known) return { code, index: i, ...known };
    if (code >= TAGS.from && code <= TAGS.to) return { code, index: i, name: 'TAG CHARACTER', bidi: false };
    if (code > 0xffff) i++;
  }
  return undefined;
}

/** U+202E, as Unicode names a code point. */
export const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Reports every text of `f` that holds a refused character: one diagnostic a text, at the character
 * (or at its escape, such as "\u202E", when the file writes it so), naming it.
 */
export function checkHiddenCharacters(f: ParsedFile, report: Report): void {
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const found = firstHiddenCharacter(value);
      if (found) {
        const { line, column } = whereInSource(f, path, found.code);
        report(f.file, line, column, path, found.bidi ? 'bidi-control' : 'invisible-character', hiddenMessage(found, path));
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(f.data, []);
}

function hiddenMessage(found: { code: number; name: string; bidi: boolean }, path: (string | number)[]): { ja: string; en: string } {
  const field = String(path.findLast((seg) => typeof seg === 'string') ?? formatPath(path));
  const what = `${codePoint(found.code)} ${found.name}`;
  return found.bidi
    ? {
        ja: `「${field}」に、文字の並ぶ向きを変える見えない制御文字 ${what} があります。表示や検索で文を偽れるため使えません。この文字を削除してください（コピーした文に紛れ込むことがあります）。`,
        en: `"${field}" holds ${what}, an invisible control that changes the direction text is shown in. It can make text look other than it is, so it is not allowed: delete it (it often comes with copied text).`,
      }
    : {
        ja: `「${field}」に、見えない文字 ${what} があります。見た目の同じ語が別の語になり、検索やリンクで偽れるため使えません。この文字を削除してください（コピーした文に紛れ込むことがあります）。`,
        en: `"${field}" holds ${what}, an invisible character. It makes words that look the same differ, for search and links, so it is not allowed: delete it (it often comes with copied text).`,
      };
}

/**
 * Where the character is in the file: in the text as written when it is there, else at its escape
 * (\u202E, \U0000202E, \xAD), else at the value.
 */
function whereInSource(f: ParsedFile, path: (string | number)[], code: number): { line: number; column: number } {
  const node = f.pos().doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (node?.range) {
    const [start, end] = node.range;
    const source = f.text.slice(start, end);
    const hex = code.toString(16);
    const escape = new RegExp(
      `\\\\(?:u${hex.padStart(4, '0')}|U${hex.padStart(8, '0')}${code < 0x100 ? `|x${hex.padStart(2, '0')}` : ''})`,
      'i',
    );
    const literal = source.indexOf(String.fromCodePoint(code));
    const escaped = source.search(escape);
    const offset = literal >= 0 ? literal : escaped;
    if (offset >= 0) {
      const { line, col } = f.pos().lines.linePos(start + offset);
      return { line, column: col };
    }
  }
  return locateIn(f, path);
}
