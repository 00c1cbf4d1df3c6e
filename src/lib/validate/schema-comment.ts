/**
 * The first line of every content file: it points editors (yaml-language-server) at the JSON Schema,
 * which gives clerks completion and field help. The validator checks it; the commands that write
 * content files write it.
 */
export const SCHEMA_COMMENT_PREFIX = '# yaml-language-server: $schema=';

/**
 * The first line of a content file `depth` folders below the project root.
 * @example schemaComment(3, 'plan') → '# yaml-language-server: $schema=../../../schemas/plan.schema.json'
 */
export function schemaComment(depth: number, kind: string): string {
  return `${SCHEMA_COMMENT_PREFIX}${'../'.repeat(depth)}schemas/${kind}.schema.json`;
}
