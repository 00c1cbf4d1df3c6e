/**
 * Characters that change how text reads without being seen: bidirectional controls (a right-to-left
 * override turns "txt.exe" into "exe.txt" on screen), invisible characters (a zero-width space makes
 * two words that look alike differ, so search and links can be spoofed) and control characters (C0 but
 * tab and line breaks, DEL, C1: no printed document holds one, HTML and XML forbid them, and a form feed
 * is a PDF's page break come along with copied text). None has a place in a plan, so
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

/** What a refused character is: a direction control, an invisible character or a control character. */
type Kind = 'bidi' | 'invisible' | 'control';

/** Each refused character but the control characters: its Unicode name and its kind. */
const HIDDEN: ReadonlyMap<number, { name: string; kind: Kind }> = new Map<number, { name: string; kind: Kind }>([
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
  ).map(([code, name]) => [code, { name, kind: 'bidi' }] as const),
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
  ).map(([code, name]) => [code, { name, kind: 'invisible' }] as const),
]);
/** Tag characters (U+E0000–E007F): invisible copies of ASCII, used to hide text in text. */
const TAGS = { from: 0xe0000, to: 0xe007f };

/** Control characters, C0 (but tab, line feed, carriage return), DEL and C1, by their names (Unicode names them only as aliases). */
const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
};
const isControl = (code: number) => (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);

/** Any refused character: one native search, so the usual text costs next to nothing. */
const ANY_HIDDEN = new RegExp(
  `[${[...HIDDEN.keys()].map((code) => `\\u{${code.toString(16)}}`).join('')}\\u{${TAGS.from.toString(16)}}-\\u{${TAGS.to.toString(16)}}` +
    '\\u{0}-\\u{8}\\u{b}\\u{c}\\u{e}-\\u{1f}\\u{7f}-\\u{9f}]',
  'u',
);

/** The first refused character of `text` and its index (in UTF-16 units), if any. */
export function firstHiddenCharacter(text: string): { code: number; index: number; name: string; kind: Kind } | undefined {
  const start = text.search(ANY_HIDDEN);
  if (start < 0) return undefined;
  for (let i = start; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const known = HIDDEN.get(code);
    if (known) return { code, index: i, ...known };
    if (code >= TAGS.from && code <= TAGS.to) return { code, index: i, name: 'TAG CHARACTER', kind: 'invisible' };
    if (isControl(code)) return { code, index: i, name: CONTROL_NAMES[code] ?? 'CONTROL CHARACTER', kind: 'control' };
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
        report(f.file, line, column, path, CODES[found.kind], hiddenMessage(found, path));
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(f.data, []);
}

const CODES: Record<Kind, string> = { bidi: 'bidi-control', invisible: 'invisible-character', control: 'control-character' };

function hiddenMessage(found: { code: number; name: string; kind: Kind }, path: (string | number)[]): { ja: string; en: string } {
  const field = String(path.findLast((seg) => typeof seg === 'string') ?? formatPath(path));
  const what = `${codePoint(found.code)} ${found.name}`;
  if (found.kind === 'control')
    return found.code === 0x0c
      ? {
          ja: `「${field}」に、改ページの制御文字 ${what} があります。PDF からコピーした文に紛れ込むもので、ページにも検索にも出せません。この文字を削除するか、改行にしてください。`,
          en: `"${field}" holds ${what}, a page break that comes along with text copied from a PDF. It cannot be shown on a page or searched: delete it, or make it a line break.`,
        }
      : {
          ja: `「${field}」に、制御文字 ${what} があります。印刷された文書にはない文字で、ページや XML に出せないため使えません。この文字を削除してください（コピーした文やエスケープ（\\x01 など）から紛れ込みます）。`,
          en: `"${field}" holds ${what}, a control character. No printed document has one, and HTML and XML cannot carry it, so it is not allowed: delete it (it comes with copied text or an escape such as \\x01).`,
        };
  return found.kind === 'bidi'
    ? {
        ja: `「${field}」に、文字の並ぶ向きを変える見えない制御文字 ${what} があります。表示や検索で文を偽れるため使えません。この文字を削除してください（コピーした文に紛れ込むことがあります）。`,
        en: `"${field}" holds ${what}, an invisible control that changes the direction text is shown in. It can make text look other than it is, so it is not allowed: delete it (it often comes with copied text).`,
      }
    : {
        ja: `「${field}」に、見えない文字 ${what} があります。見た目の同じ語が別の語になり、検索やリンクで偽れるため使えません。この文字を削除してください（コピーした文に紛れ込むことがあります）。`,
        en: `"${field}" holds ${what}, an invisible character. It makes words that look the same differ, for search and links, so it is not allowed: delete it (it often comes with copied text).`,
      };
}

/** YAML's one-letter escapes of refused characters (\e is ESCAPE, \N is NEXT LINE…). */
const YAML_SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x0b: 'v',
  0x0c: 'f',
  0x1b: 'e',
  0x85: 'N',
};

/**
 * Where the character is in the file: in the text as written when it is there, else at its escape
 * (\u202E, \U0000202E, \xAD, \e), else at the value.
 */
function whereInSource(f: ParsedFile, path: (string | number)[], code: number): { line: number; column: number } {
  const node = f.pos().doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (node?.range) {
    const [start, end] = node.range;
    const source = f.text.slice(start, end);
    const hex = code.toString(16);
    // Hex digits in either case; YAML's one-letter escapes as written (\\N is not \\n).
    const digits = (n: number) => hex.padStart(n, '0').replace(/[a-f]/g, (c) => `[${c}${c.toUpperCase()}]`);
    const short = YAML_SHORT_ESCAPES[code];
    const escape = new RegExp(`\\\\(?:u${digits(4)}|U${digits(8)}${code < 0x100 ? `|x${digits(2)}` : ''}${short ? `|${short}` : ''})`);
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
