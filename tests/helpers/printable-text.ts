/**
 * Printable texts that Markdown, HTML, CSV, XML or YAML would each read as syntax, for the tests that
 * hold every output to the characters as written (docs/authoring.md 2.4). Seeded (prng.ts), so a
 * failing text can be replayed from its seed. The texts are made up: no real plan says them.
 */
import { Random } from './prng.ts';

/** Pieces a text is built from: ASCII punctuation, full-width forms, Japanese, and what a line may start with. */
const PIECES = [
  ...'~*_#>`[]()!|\\<&"\'=+-/:.;,?@{}$%^',
  ...'～＊＿＃＞｀［］（）！｜＼＜＆＝＋－／：．　１２３ＡＢＣ',
  '住んで良し',
  '働いて良し',
  '訪れて良し',
  '架空市',
  'abc',
  'XYZ',
  '2017',
  '  ',
  ' ',
  '~~',
  '**',
  '__',
  '&amp;',
  '&lt;b&gt;',
  '<br>',
  '<b>',
  '[リンク](https://example.org)',
  '![画像](x.png)',
  '\\~',
  '\\*',
  '<!-- -->',
  '{{ x }}',
  ':smile:',
  'https://example.org/a_b_c',
  'www.example.org',
];

/** What a line may start with: Markdown's block marks and their full-width look-alikes (not a pipe table, which the validator refuses). */
const LINE_STARTS = ['1. ', '2) ', '- ', '* ', '+ ', '# ', '## ', '> ', '    ', '```', '１．', '・', '※', '~~~', '= ', ''];

/** One line: a line start, then pieces; sometimes two trailing spaces (a Markdown hard break). */
function line(r: Random): string {
  let text = r.chance(0.5) ? r.pick(LINE_STARTS) : '';
  const n = r.between(1, 8);
  for (let i = 0; i < n; i++) text += r.pick(PIECES);
  if (r.chance(0.2)) text += '  ';
  return text;
}

/**
 * A printable text of one to five lines, with single line breaks and blank lines (paragraphs) between
 * them. Its ends are never spaces or line breaks: those belong to YAML, not to the text (YAML_ENDS).
 */
export function printableText(r: Random): string {
  for (;;) {
    const lines = Array.from({ length: r.between(1, 5) }, () => line(r));
    const text = lines.reduce((all, next) => all + r.pick(['\n', '\n', '\n\n', '\n\n\n']) + next);
    const trimmed = text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (/\S/.test(trimmed)) return trimmed;
  }
}

/** `count` texts from one seed, plus the slogan of issue 21 and a few fixed edge cases. */
export function printableTexts(seed: number, count: number): string[] {
  const r = new Random(seed);
  const fixed = [
    '~住んで良し、働いて良し、訪れて良し~',
    '\\~住んで良し\\~',
    '1. 番号の行\n2. 次の行',
    '# 見出しではない',
    '行末に空白2つ  \n次の行',
  ];
  return [...fixed, ...Array.from({ length: count }, () => printableText(r))];
}
