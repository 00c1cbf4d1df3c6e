import type { YAMLError } from 'yaml';
import type { Bilingual } from './diagnostic.ts';

/** Plain-language advice for the YAML mistakes clerks make most; the parser's own words follow in English. */
const ADVICE: Record<string, Bilingual> = {
  DUPLICATE_KEY: {
    ja: '同じ項目名が2回書かれています。どちらかを消すか、名前を直してください。',
    en: 'The same key appears twice. Remove one or rename it.',
  },
  TAB_AS_INDENT: {
    ja: '字下げにタブ文字が使われています。YAML の字下げは半角スペースにしてください。',
    en: 'A tab is used for indentation. Indent YAML with spaces.',
  },
  BAD_INDENT: {
    ja: '字下げ（行頭のスペースの数）がそろっていません。同じ階層の項目は同じ数のスペースで始めてください。',
    en: 'The indentation is inconsistent. Start items of the same level with the same number of spaces.',
  },
  MULTILINE_IMPLICIT_KEY: {
    ja: '「項目名: 値」の形になっていない行があります。コロン（:）の後に半角スペースがあるか、文章の途中で改行していないか確認してください。',
    en: 'A line is not of the form "key: value". Check for a space after the colon, and for text broken across lines.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    ja: '項目の書き方が崩れています。コロン（:）と字下げを確認してください。',
    en: 'The structure is broken here. Check the colons and the indentation.',
  },
  MISSING_CHAR: {
    ja: '閉じる記号（引用符 " や括弧 ] } など）が足りません。',
    en: 'A closing quote or bracket is missing.',
  },
  UNEXPECTED_TOKEN: {
    ja: 'YAML として読めない記号があります。値に : や # を含むときは全体を引用符 "…" で囲んでください。',
    en: 'There is a character YAML cannot read here. Put values that contain ":" or "#" in double quotes.',
  },
  BAD_SCALAR_START: {
    ja: '値の先頭に使えない記号があります。値全体を引用符 "…" で囲んでください。',
    en: 'The value starts with a character that needs quoting. Put the whole value in double quotes.',
  },
  MULTIPLE_DOCS: {
    ja: '1つのファイルに複数の文書（--- の区切り）があります。1ファイル1計画にしてください。',
    en: 'The file holds several documents (separated by ---). Keep one plan per file.',
  },
  BAD_DQ_ESCAPE: {
    ja: '引用符 "…" の中の \\ の使い方が正しくありません。\\ を \\\\ にするか、単一引用符を使ってください。',
    en: 'A backslash escape inside "…" is invalid. Write \\\\ or use single quotes.',
  },
};

const GENERIC: Bilingual = {
  ja: 'YAML の書き方に誤りがあります。',
  en: 'The YAML syntax is invalid.',
};

/** Turns a parser error into a bilingual message with where it is. */
export function yamlErrorToProblem(error: YAMLError): Bilingual & { code: string; line: number; column: number } {
  const advice = ADVICE[error.code] ?? GENERIC;
  const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return {
    code: `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`,
    line: error.linePos?.[0].line ?? 1,
    column: error.linePos?.[0].col ?? 1,
    ja: `${advice.ja}（YAML: ${detail}）`,
    en: `${advice.en} (YAML: ${detail})`,
  };
}
