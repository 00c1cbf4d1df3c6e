import { isMap, isScalar, type Document, type Node, type YAMLError } from 'yaml';
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

/** A text in a flow mapping `{ … }` that an unquoted comma cut into a value and bare keys. */
export interface CutText {
  /** The key whose value the text was meant to be (e.g. en). */
  key: string;
  /** The pieces after the commas, which YAML read as keys without values. */
  strays: string[];
  /** The whole text as written, from the value to the last piece. */
  text: string;
}

/**
 * In a flow mapping `{ ja: 架空区, en: City, Ward }` YAML ends a value at a comma, so `Ward` becomes a
 * key without a value. Finds such runs of bare keys at `path` of `doc` (whose source is `source`), each
 * with the key and text they were cut from, so the clerk hears once that the text needs quotes.
 */
export function cutTexts(doc: Document, source: string, path: readonly PropertyKey[]): CutText[] {
  const node = path.length ? doc.getIn(path as (string | number)[], true) : doc.contents;
  if (!isMap(node) || !node.flow) return [];
  const cuts: CutText[] = [];
  let current: (CutText & { start: number }) | undefined;
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const bare = isScalar(keyNode) && pair.value === null && keyNode.range && !/^\s*:/.test(source.slice(keyNode.range[1]));
    if (bare && current) {
      current.strays.push(String(keyNode.value));
      current.text = source.slice(current.start, keyNode.range![1]).trim();
      continue;
    }
    if (current?.strays.length) cuts.push({ key: current.key, strays: current.strays, text: current.text });
    current = undefined;
    const value = pair.value as Node | null;
    if (isScalar(keyNode) && isScalar(value) && value.range && typeof value.value === 'string' && !value.type?.startsWith('QUOTE')) {
      current = { key: String(keyNode.value), strays: [], text: String(value.value), start: value.range[0] };
    }
  }
  if (current?.strays.length) cuts.push({ key: current.key, strays: current.strays, text: current.text });
  return cuts;
}

/** The message for a cut text: one, at the value, saying to quote it. */
export function cutTextMessage(cut: CutText): Bilingual {
  const quoted = `${cut.key}: "${cut.text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return {
    ja: `{ } の中の「${cut.key}」の文にカンマ（,）があるため、YAML がカンマの後ろ（${cut.strays.map((s) => `「${s}」`).join('')}）を別の項目として読みました。文全体を引用符で囲んでください（例 ${quoted}）。`,
    en: `The text of "${cut.key}" inside { } has a comma, so YAML read what follows it (${cut.strays.map((s) => `"${s}"`).join(', ')}) as other keys. Put the whole text in double quotes (e.g. ${quoted}).`,
  };
}
