/** The first-line `$schema` comment of a content file, checked. */
import { dirname, join, resolve } from 'node:path';
import type { Bilingual } from './diagnostic.ts';
import type { FileKind } from '../content-tree/layout.ts';
import { PACKAGE_SCHEMAS_DIR, SCHEMA_COMMENT_PREFIX, schemaPath } from './schema-comment.ts';

/**
 * Editors find the JSON Schema through this first-line comment; without it a clerk gets no completion.
 * Its path must lead, from the file's folder, to schemas/ beside the content tree or to the package's
 * (in node_modules, or this repository's own); the fix offered is the path the commands write.
 */
export function checkSchemaComment(text: string, abs: string, siteRoot: string, kind: FileKind, report: (msg: Bilingual) => void): void {
  const name = `${kind}.schema.json`;
  const path = schemaPath(abs, kind, siteRoot);
  const want = `${SCHEMA_COMMENT_PREFIX}${path}`;
  const first = text.split(/\r?\n/, 1)[0]!.trim();
  const written =
    first.startsWith(SCHEMA_COMMENT_PREFIX) && /^\S+$/.test(first.slice(SCHEMA_COMMENT_PREFIX.length))
      ? first.slice(SCHEMA_COMMENT_PREFIX.length)
      : undefined;
  const target = written && resolve(dirname(abs), written);
  if (target !== join(siteRoot, 'schemas', name) && target !== join(PACKAGE_SCHEMAS_DIR, name) && target !== resolve(dirname(abs), path)) {
    report({
      ja: `1行目を「${want}」にしてください（エディタが項目の補完と説明を表示するために必要です）。`,
      en: `Make the first line "${want}" (editors need it for completion and field help).`,
    });
  }
}
