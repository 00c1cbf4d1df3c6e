/**
 * The one way to read a content file: its bytes decoded as UTF-8 (read-source.ts), then its YAML read
 * quickly when it can, and with the full parser when it must: for its precise errors, or to limit how
 * far aliases expand. Either way the result is a mapping or problems. The validator, the import, `new`,
 * the pull-request diff and the translation history all read YAML here, with the same schema (YAML 1.2
 * core, duplicate keys refused) and the same limits.
 */
import { readFile } from 'node:fs/promises';
import {
  LineCounter,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { Bilingual } from '../validate/diagnostic.ts';
import { fullWidthSlip } from '../validate/full-width.ts';
import { MAX_FILE_BYTES, readSource, type SourceProblem } from './read-source.ts';
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

/**
 * Parses a piece of YAML that is part of a larger file (a Markdown plan's frontmatter or a fenced block):
 * the same parser and options as a whole file. Its aliases are limited with the file's, once the pieces
 * are joined (dataOf).
 */
export function parseYamlPiece(text: string): Document {
  return parseDocument(text, { uniqueKeys: true, prettyErrors: true });
}

/**
 * The data of a positional document (as a Markdown plan's pieces make one), within the same limits of
 * aliases and expanded size as readYaml's.
 */
export function dataOf(doc: Document, text: string, lines: LineCounter): { data?: unknown; problems: SourceProblem[] } {
  const tooFar = aliasLimitProblem(doc, lines);
  if (tooFar) return { problems: [tooFar] };
  try {
    return { data: doc.toJS({ maxAliasCount: -1 }), problems: [] };
  } catch (error) {
    return { problems: [aliasProblem(error, text, lines)] };
  }
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
 * being read: YAML errors and warnings, aliases that do not resolve or expand too far, or content that
 * is not a mapping.
 */
export function readYaml(text: string, pos: Positions): { data?: object; problems: SourceProblem[] } {
  let data = fastLoad(text);
  if (data === SLOW) {
    // The fast reader refused the file (or it has anchors): the full parser says exactly what is wrong.
    const { doc, lines } = pos();
    const yamlErrors = [...doc.errors, ...doc.warnings];
    if (yamlErrors.length) return { problems: yamlErrors.map((error) => yamlErrorToProblem(error, text)) };
    const tooFar = aliasLimitProblem(doc, lines);
    if (tooFar) return { problems: [tooFar] };
    try {
      // aliasLimitProblem has bounded the expansion; the parser's own, coarser count is not needed.
      data = doc.toJS({ maxAliasCount: -1 });
    } catch (error) {
      return { problems: [aliasProblem(error, text, lines)] };
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
/** How many aliases a file may expand (counting those inside what an alias repeats): plenty for a hand-written file. */
export const MAX_ALIASES = 50;
/**
 * How large a file's data may be once its aliases are expanded: the limit of the file itself. Measured
 * as the data's JSON (texts in UTF-8 bytes), which is what a page or the open data repeats.
 */
export const MAX_EXPANDED_BYTES = MAX_FILE_BYTES;

/**
 * Reads YAML data with js-yaml (YAML 1.2 core schema, duplicate keys refused), several times faster
 * than the positional parser. SLOW means: use the full parser, for its precise errors or alias limits.
 * Whether the file has anchors is asked of js-yaml itself (its table of anchors, seen through its
 * listener), never guessed from the text: an alias can be written in forms a pattern misses
 * (`{"k":*a}`), and without an anchor there is nothing an alias could repeat.
 */
function fastLoad(text: string): unknown {
  // An anchor is written with &: without one in the text, js-yaml need not be watched.
  const mayHaveAnchors = text.includes('&');
  let state: { anchorMap?: object } | undefined;
  let data: unknown;
  try {
    data = loadYaml(text, {
      schema: CORE_SCHEMA,
      ...(mayHaveAnchors && { listener: (_event: string, s: unknown) => void (state ??= s as { anchorMap?: object }) }),
    });
  } catch {
    return SLOW;
  }
  // No node (an empty file) means no anchor; a js-yaml without the table reads everything the slow way.
  if (state && (!state.anchorMap || Object.keys(state.anchorMap).length > 0)) return SLOW;
  return data;
}

/** True when `text` is read by the fast reader: no anchors, and nothing js-yaml refuses. For tests. */
export function readsFast(text: string): boolean {
  return fastLoad(text) !== SLOW;
}

/**
 * Any YAML value of `text` (not only a mapping), read as `readYaml` reads a file: for old versions of
 * a file, which may predate today's schema, or parts of one. Throws when the text is not YAML that
 * `readYaml` would accept (errors or warnings, aliases that do not resolve or expand too far).
 * @example readYamlValue('title: 計画') → { title: '計画' }
 */
export function readYamlValue(text: string): unknown {
  const data = fastLoad(text);
  if (data !== SLOW) return data;
  const { doc, lines } = positional(text)();
  const [error] = [...doc.errors, ...doc.warnings];
  if (error) throw error;
  const tooFar = aliasLimitProblem(doc, lines);
  if (tooFar) throw new Error(`${tooFar.line}:${tooFar.column} ${tooFar.en}`);
  return doc.toJS({ maxAliasCount: -1 });
}

/**
 * The first alias of `doc` that breaks a limit, as a problem at that alias: one that names no earlier
 * anchor, one inside the node it repeats, or the one at which the expanded data passes MAX_ALIASES
 * aliases or MAX_EXPANDED_BYTES. One walk of the parsed nodes in document order, nothing expanded:
 * each anchored node's expansion (its size, its aliases) is measured once and added at every alias of
 * it, so a "billion laughs" of a few hundred bytes is refused after a few dozen steps.
 */
export function aliasLimitProblem(doc: Document, lines: LineCounter): SourceProblem | undefined {
  const anchors = new Map<string, Node>();
  const measured = new Map<Node, { bytes: number; aliases: number }>();
  const open = new Set<Node>();
  let bytes = 0;
  let aliases = 0;
  const at = (node: Node) => {
    const { line, col } = lines.linePos(node.range?.[0] ?? 0);
    return { line, column: col };
  };
  const walk = (node: unknown): SourceProblem | undefined => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return { code: 'yaml-unresolved-alias', ...at(node), ...UNRESOLVED };
      if (open.has(target)) return { code: 'yaml-alias-cycle', ...at(node), ...aliasCycleMessage(node.source) };
      const expansion = measured.get(target)!;
      bytes += expansion.bytes;
      aliases += 1 + expansion.aliases;
      if (bytes > MAX_EXPANDED_BYTES) return { code: 'yaml-alias-size', ...at(node), ...ALIAS_SIZE };
      if (aliases > MAX_ALIASES) return { code: 'yaml-alias-count', ...at(node), ...ALIAS_COUNT };
      return undefined;
    }
    if (!isNode(node)) return undefined;
    const before = { bytes, aliases };
    // yaml resolves an alias to the last node before it with the anchor, in this same order.
    if (node.anchor) anchors.set(node.anchor, node);
    open.add(node);
    if (isScalar(node)) bytes += typeof node.value === 'string' ? Buffer.byteLength(node.value) + 2 : String(node.value).length;
    else if (isMap(node) || isSeq(node)) {
      bytes += 2;
      // A comma after each item, a colon after each key.
      for (const item of node.items as unknown[]) {
        bytes += isPair(item) ? 2 : 1;
        const problem = isPair(item) ? (walk(item.key) ?? walk(item.value)) : walk(item);
        if (problem) return problem;
      }
    }
    open.delete(node);
    measured.set(node, { bytes: bytes - before.bytes, aliases: aliases - before.aliases });
    return undefined;
  };
  return walk(doc.contents);
}

const UNRESOLVED: Bilingual = {
  ja: '値が * で始まっているため、YAML の別名（参照）として読まれました。値全体を引用符 "…" で囲んでください。',
  en: 'The value starts with *, so YAML reads it as an alias (a reference). Put the whole value in double quotes.',
};
const ALIAS_COUNT: Bilingual = {
  ja: `別名（& と * の参照）の展開が多すぎます（${MAX_ALIASES} 回まで）。& や * を使わず、内容をそのまま書いてください。`,
  en: `The file expands aliases (& and * references) too many times (the limit is ${MAX_ALIASES}). Write the content out instead of using & and *.`,
};
const ALIAS_SIZE: Bilingual = {
  ja: `別名（* の参照）を展開すると、内容がファイルの上限と同じ ${MAX_EXPANDED_BYTES / 1024 / 1024} MB を超えます。& や * を使わず、内容をそのまま書いてください。`,
  en: `Expanding the aliases (* references) makes the content larger than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB, the limit of a file. Write the content out instead of using & and *.`,
};
const aliasCycleMessage = (name: string): Bilingual => ({
  ja: `別名 *${name} が、それ自身が指す内容（&${name}）の中にあり、展開が終わりません。& と * を使わず、内容をそのまま書いてください。`,
  en: `The alias *${name} is inside the content it refers to (&${name}), so it never stops expanding. Write the content out instead of using & and *.`,
});

/**
 * Should the parser still refuse an alias aliasLimitProblem let through, say so in the same words:
 * a value starting with * that YAML reads as an alias.
 */
function aliasProblem(error: unknown, text: string, lines: LineCounter): Bilingual & { code: string; line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error);
  if (/excessive alias/i.test(message)) return { code: 'yaml-alias-count', line: 1, column: 1, ...ALIAS_COUNT };
  const at = text.search(/(?:^|[\s[{,:])\*[^\s,\]}]/m);
  const offset = at < 0 ? 0 : at + (text[at] === '*' ? 0 : 1);
  const { line, col } = lines.linePos(offset);
  return { code: 'yaml-unresolved-alias', line, column: col, ...UNRESOLVED };
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
  // A full-width colon or space in the syntax, on this line or the one before: say which, and where.
  const sourceLines = source.split(/\r?\n/);
  for (const at of [line, line - 1]) {
    const slip = at >= 1 ? fullWidthSlip(sourceLines[at - 1] ?? '') : undefined;
    if (slip) return { code: slip.code, line: at, column: slip.column, ja: slip.ja, en: slip.en };
  }
  // The parser's own words (English) help a reader who knows YAML; they are given as a detail.
  const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { code, line, column, ja: `${CHECKLIST.ja}（YAML: ${detail}）`, en: `${CHECKLIST.en} (YAML: ${detail})` };
}
