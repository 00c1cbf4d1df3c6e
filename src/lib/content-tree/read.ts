/**
 * The one way to read a content file: its bytes decoded as UTF-8 (read-source.ts), then its YAML read
 * quickly when it can, and with the full parser when it must: for its precise errors, or to limit how
 * far aliases expand. Either way the result is a mapping or problems. The validator, the import, `new`,
 * the pull-request diff and the translation history all read YAML here, with the same schema (YAML 1.2
 * core, duplicate keys refused) and the same limits.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { Bilingual } from '../validate/diagnostic.ts';
import { readSource, type SourceProblem } from './read-source.ts';
import { readMarkdownPlan } from './read-markdown.ts';
import type { PlanFormat } from './layout.ts';

/** The YAML document with source positions, parsed only when a problem needs a line and column. */
export type Positions = () => { doc: Document; lines: LineCounter };

/** The positional parse of `text`, made the first time it is asked for and kept. */
export function positional(text: string): Positions {
  let cached: { doc: Document; lines: LineCounter } | undefined;
  return () => {
    if (!cached) {
      const lines = new LineCounter();
      cached = { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true }), lines };
    }
    return cached;
  };
}

/** A content file read: its text, its positional parse and its data, or the problems that stop them. */
export interface ContentRead {
  /** The decoded text; undefined when the bytes cannot be read as UTF-8 (or are too many). */
  text?: string;
  /** The positional parse, made when asked for; present with the text. */
  pos?: Positions;
  /** The file's mapping; undefined when any problem stops it being read. */
  data?: object;
  /** Problems of the bytes (some, like a byte-order mark, leave the text readable), then of the YAML. */
  problems: SourceProblem[];
}

/**
 * Reads a content file's bytes: decoded (readSource), then its YAML (readYaml), or for a plan written
 * as a document (`format` md, a <year>.md file) its frontmatter, body and typed blocks (readMarkdownPlan).
 */
export function readContent(bytes: Uint8Array, format: PlanFormat = 'yaml'): ContentRead {
  const { text, problems } = readSource(bytes);
  if (text === undefined) return { problems };
  const read = readText(text, format);
  return { text, pos: read.pos, ...(read.data && { data: read.data }), problems: [...problems, ...read.problems] };
}

/** The data of a file's decoded text in its form, with its positions: YAML, or a plan's document. */
export function readText(text: string, format: PlanFormat = 'yaml'): { data?: object; pos: Positions; problems: SourceProblem[] } {
  if (format === 'md') return readMarkdownPlan(text);
  const pos = positional(text);
  return { pos, ...readYaml(text, pos) };
}

/** The form of the content file at `path`: md for a plan's document (<year>.md), else YAML. */
export const formatOf = (path: string): PlanFormat => (/(^|[/\\])\d{4}\.md$/.test(path) ? 'md' : 'yaml');

/** `readContent` of the file at `path`; undefined when there is no such file (or it cannot be opened). */
export async function readContentAt(path: string): Promise<ContentRead | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  return readContent(bytes, formatOf(path));
}

/**
 * The data of a file whose text is `text` (`pos` its positional parse), or the problems that stop it
 * being read: YAML errors and warnings, an alias that does not resolve, or content that is not a mapping.
 */
export function readYaml(text: string, pos: Positions): { data?: object; problems: SourceProblem[] } {
  let data = fastLoad(text);
  if (data === SLOW) {
    // The fast reader refused the file (or it uses anchors): the full parser says exactly what is wrong.
    const { doc } = pos();
    const yamlErrors = [...doc.errors, ...doc.warnings];
    if (yamlErrors.length) return { problems: yamlErrors.map((error) => yamlErrorToProblem(error, text)) };
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      return { problems: [aliasProblem(error, text, pos().lines)] };
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [
        {
          code: 'not-a-mapping',
          line: 1,
          column: 1,
          ja: 'ファイルの中身が「項目名: 値」の形になっていません。ひな形（docs/authoring.md）から書き始めてください。',
          en: 'The file does not hold "key: value" fields. Start from the template in docs/authoring.md.',
        },
      ],
    };
  }
  return { data, problems: [] };
}

const SLOW = Symbol('slow');
/** How many aliases a file may expand: plenty for a hand-written file, far too few for an alias bomb. */
const MAX_ALIASES = 50;
/** Anchors and aliases: left to the full parser, which limits how far aliases may expand. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,\]}]/m;

/**
 * Reads YAML data with js-yaml (YAML 1.2 core schema, duplicate keys refused), several times faster
 * than the positional parser. SLOW means: use the full parser, for its precise errors or alias limits.
 */
function fastLoad(text: string): unknown {
  if (ANCHOR_OR_ALIAS.test(text)) return SLOW;
  try {
    return loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    return SLOW;
  }
}

/**
 * Any YAML value of `text` (not only a mapping), read as `readYaml` reads a file: for old versions of
 * a file, which may predate today's schema, or parts of one. Throws when the text is not YAML that
 * `readYaml` would accept (errors or warnings, too many aliases).
 * @example readYamlValue('title: 計画') → { title: '計画' }
 */
export function readYamlValue(text: string): unknown {
  const data = fastLoad(text);
  if (data !== SLOW) return data;
  const { doc } = positional(text)();
  const [error] = [...doc.errors, ...doc.warnings];
  if (error) throw error;
  return doc.toJS({ maxAliasCount: MAX_ALIASES });
}

/**
 * A value starting with * reads as a YAML alias, and aliases may expand without bound: both stop
 * the file from being read, so say which and how to write it instead.
 */
function aliasProblem(error: unknown, text: string, lines: LineCounter): Bilingual & { code: string; line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error);
  if (/excessive alias/i.test(message)) {
    return {
      code: 'yaml-alias-count',
      line: 1,
      column: 1,
      ja: '別名（& と * の参照）の展開が多すぎます。& や * を使わず、内容をそのまま書いてください。',
      en: 'The file expands aliases (& and * references) too many times. Write the content out instead of using & and *.',
    };
  }
  const at = text.search(/(?:^|[\s[{,])\*[^\s,\]}]/m);
  const offset = at < 0 ? 0 : at + (text[at] === '*' ? 0 : 1);
  const { line, col } = lines.linePos(offset);
  return {
    code: 'yaml-unresolved-alias',
    line,
    column: col,
    ja: '値が * で始まっているため、YAML の別名（参照）として読まれました。値全体を引用符 "…" で囲んでください。',
    en: 'The value starts with *, so YAML reads it as an alias (a reference). Put the whole value in double quotes.',
  };
}

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
    const lineText = source.split(/\r?\n/)[line - 1];
    const key = lineText
      ?.slice(column - 1)
      .match(/^([^:]+):/)?.[1]
      ?.trim();
    if (key) {
      return {
        code,
        line,
        column,
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
