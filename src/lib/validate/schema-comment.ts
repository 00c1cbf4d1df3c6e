/**
 * The first line of every content file: it points editors (yaml-language-server) at the JSON Schema,
 * which gives clerks completion and field help. The validator checks it; the commands that write
 * content files write it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import { packageRoot } from '../package-root.ts';

export const SCHEMA_COMMENT_PREFIX = '# yaml-language-server: $schema=';

/** The four kinds of content file, each with its schema in schemas/<kind>.schema.json. */
export type SchemaKind = 'glossary' | 'municipality' | 'department' | 'plan';

/** The package's own root and schemas/ folder, wherever it is installed. */
const PACKAGE_ROOT = packageRoot(import.meta.url);
export const PACKAGE_SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');

const found = new Map<string, string | undefined>();

/**
 * The package's schemas/ as a path an editor can follow from `dir`: through the nearest
 * node_modules/gyosei-plans above it (an adopter's site, or a workspace that hoists its packages;
 * also when that entry is a link), else the package itself when `dir` is inside it (this repository
 * and its fixtures). Undefined for a folder that reaches neither.
 */
function schemasDirFrom(dir: string): string | undefined {
  if (found.has(dir)) return found.get(dir);
  let result: string | undefined;
  const inside = relative(PACKAGE_ROOT, dir);
  if (!inside.startsWith('..') && !parse(inside).root) result = PACKAGE_SCHEMAS_DIR;
  for (let at = dir; !result; at = dirname(at)) {
    const installed = join(at, 'node_modules', 'gyosei-plans', 'schemas');
    if (existsSync(join(installed, 'plan.schema.json'))) result = installed;
    if (dirname(at) === at) break;
  }
  found.set(dir, result);
  return result;
}

/**
 * The `$schema` path of the content file `file`, relative to its folder: to the package's schemas/
 * (see schemasDirFrom), or, for a tree that reaches no copy of the package (a temporary folder), to
 * schemas/ in `siteRoot`, the folder that holds the content tree.
 * @example schemaPath('/site/content/yokohama/soumu/2017.yaml', 'plan', '/site') with the package installed in /site
 *   → '../../../node_modules/gyosei-plans/schemas/plan.schema.json'
 */
export function schemaPath(file: string, kind: SchemaKind, siteRoot: string): string {
  const dir = dirname(resolve(file));
  const schemas = schemasDirFrom(dir) ?? join(resolve(siteRoot), 'schemas');
  return relative(dir, join(schemas, `${kind}.schema.json`))
    .split(sep)
    .join('/');
}

/**
 * The first line of the content file `file` (see schemaPath).
 * @example schemaComment('<package root>/content/yokohama/soumu/2017.yaml', 'plan', '<package root>') in this repository
 *   → '# yaml-language-server: $schema=../../../schemas/plan.schema.json'
 */
export function schemaComment(file: string, kind: SchemaKind, siteRoot: string): string {
  return `${SCHEMA_COMMENT_PREFIX}${schemaPath(file, kind, siteRoot)}`;
}
