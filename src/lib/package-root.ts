/**
 * The folder of this package (the one that holds its package.json), from any of its modules: the
 * same answer whether the module runs from the repository's src/ or from the compiled build/src/ of
 * an installed package, which sit at different depths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'gyosei-plans';

/** @example packageRoot(import.meta.url) → '/site/node_modules/gyosei-plans' */
export function packageRoot(moduleUrl: string | URL): string {
  for (let dir = dirname(fileURLToPath(moduleUrl)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`${fileURLToPath(moduleUrl)}: no package.json of ${PACKAGE_NAME} above it`);
  }
}
