/** The first-line `$schema` comment of a content file, checked. */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bilingual } from './diagnostic.ts';
import type { FileKind } from './file-kind.ts';
import { SCHEMA_COMMENT_PREFIX } from './schema-comment.ts';

/** The project's own schemas/ folder, which any content tree may point to. */
const SCHEMAS_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

/**
 * Editors find the JSON Schema through this first-line comment; without it a clerk gets no completion.
 * Its path must lead, from the file's folder, to schemas/ beside the content tree or to this project's.
 */
export function checkSchemaComment(text: string, abs: string, projectRoot: string, kind: FileKind, report: (msg: Bilingual) => void): void {
  const name = `${kind}.schema.json`;
  const conventional = relative(dirname(abs), join(projectRoot, 'schemas', name)).split(sep).join('/');
  const want = `${SCHEMA_COMMENT_PREFIX}${conventional}`;
  const first = text.split(/\r?\n/, 1)[0]!.trim();
  const written = first.startsWith(SCHEMA_COMMENT_PREFIX) && /^\S+$/.test(first.slice(SCHEMA_COMMENT_PREFIX.length)) ? first.slice(SCHEMA_COMMENT_PREFIX.length) : undefined;
  const target = written && resolve(dirname(abs), written);
  if (target !== join(projectRoot, 'schemas', name) && target !== join(SCHEMAS_DIR, name)) {
    report({
      ja: `1行目を「${want}」にしてください（エディタが項目の補完と説明を表示するために必要です）。`,
      en: `Make the first line "${want}" (editors need it for completion and field help).`,
    });
  }
}
