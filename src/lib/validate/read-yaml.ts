/**
 * Reads a content file's YAML quickly when it can, and with the full parser when it must: for its
 * precise errors, or to limit how far aliases expand. Either way the result is a mapping or problems.
 */
import type { LineCounter } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { Bilingual } from './diagnostic.ts';
import type { SourceProblem } from './read-source.ts';
import { yamlErrorToProblem } from './yaml-problems.ts';
import type { Positions } from './parsed-file.ts';

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
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      return { problems: [aliasProblem(error, text, pos().lines)] };
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [{
        code: 'not-a-mapping', line: 1, column: 1,
        ja: 'ファイルの中身が「項目名: 値」の形になっていません。ひな形（docs/authoring.md）から書き始めてください。',
        en: 'The file does not hold "key: value" fields. Start from the template in docs/authoring.md.',
      }],
    };
  }
  return { data, problems: [] };
}

const SLOW = Symbol('slow');
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
 * A value starting with * reads as a YAML alias, and aliases may expand without bound: both stop
 * the file from being read, so say which and how to write it instead.
 */
function aliasProblem(error: unknown, text: string, lines: LineCounter): Bilingual & { code: string; line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error);
  if (/excessive alias/i.test(message)) {
    return {
      code: 'yaml-alias-count', line: 1, column: 1,
      ja: '別名（& と * の参照）の展開が多すぎます。& や * を使わず、内容をそのまま書いてください。',
      en: 'The file expands aliases (& and * references) too many times. Write the content out instead of using & and *.',
    };
  }
  const at = text.search(/(?:^|[\s[{,])\*[^\s,\]}]/m);
  const offset = at < 0 ? 0 : at + (text[at] === '*' ? 0 : 1);
  const { line, col } = lines.linePos(offset);
  return {
    code: 'yaml-unresolved-alias', line, column: col,
    ja: '値が * で始まっているため、YAML の別名（参照）として読まれました。値全体を引用符 "…" で囲んでください。',
    en: 'The value starts with *, so YAML reads it as an alias (a reference). Put the whole value in double quotes.',
  };
}
