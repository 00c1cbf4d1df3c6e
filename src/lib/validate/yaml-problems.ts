import type { YAMLError } from 'yaml';
import type { Bilingual } from './diagnostic.ts';

/**
 * Advice for the YAML mistakes whose parser code is unambiguous. The parser's other codes (indent,
 * missing character, unexpected token …) arise from several different slips, so they get one
 * checklist rather than a guess that may point the clerk the wrong way.
 */
const ADVICE: Record<string, Bilingual> = {
  DUPLICATE_KEY: {
    ja: '同じ項目名が2回書かれています。どちらかを消すか、名前を直してください。',
    en: 'The same key appears twice. Remove one or rename it.',
  },
  TAB_AS_INDENT: {
    ja: '字下げにタブ文字が使われています。YAML の字下げは半角スペースにしてください。',
    en: 'A tab is used for indentation. Indent YAML with spaces.',
  },
  MULTIPLE_DOCS: {
    ja: '1つのファイルに複数の文書（--- の区切り）があります。1ファイル1計画にして、--- を消してください。',
    en: 'The file holds several documents (separated by ---). Keep one plan per file and remove the ---.',
  },
  BAD_DQ_ESCAPE: {
    ja: '引用符 "…" の中の \\ の使い方が正しくありません。\\ を \\\\ にするか、単一引用符 \'…\' を使ってください。',
    en: 'A backslash escape inside "…" is invalid. Write \\\\ or use single quotes.',
  },
};

const CHECKLIST: Bilingual = {
  ja: 'YAML の書き方に誤りがあります。この行とその前の行で、字下げ（スペースの数）、「項目名: 値」のコロンの後のスペース、引用符 " や括弧 [ ] { } の閉じ忘れを確認してください。',
  en: 'The YAML is malformed. On this line and the one before, check the indentation, the space after each colon, and that quotes and brackets are closed.',
};

/** Turns a parser error into a bilingual message with where it is. */
export function yamlErrorToProblem(error: YAMLError, source: string): Bilingual & { code: string; line: number; column: number } {
  const line = error.linePos?.[0].line ?? 1;
  const column = error.linePos?.[0].col ?? 1;
  const code = `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`;
  if (error.code === 'DUPLICATE_KEY') {
    const key = source.split(/\r?\n/)[line - 1]?.slice(column - 1).match(/^([^:]+):/)?.[1]?.trim();
    if (key) {
      return {
        code, line, column,
        ja: `項目「${key}」が同じ階層に2回書かれています。どちらかを消すか、名前を直してください。`,
        en: `The key "${key}" appears twice at the same level. Remove one or rename it.`,
      };
    }
  }
  const advice = ADVICE[error.code];
  if (advice) return { code, line, column, ...advice };
  // The parser's own words (English) help a reader who knows YAML; they are given as a detail.
  const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { code, line, column, ja: `${CHECKLIST.ja}（YAML: ${detail}）`, en: `${CHECKLIST.en} (YAML: ${detail})` };
}
