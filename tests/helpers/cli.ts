/**
 * The `gyosei-plans` command as a test runs it: the package's bin under the pinned Node, so a test
 * spawns `process.execPath CLI validate …` the way a site's npm script runs `gyosei-plans validate …`.
 */
import { join } from 'node:path';
import { projectRoot } from './pages.ts';

/** The bin of the package (src/cli/bin.mjs), by absolute path so any working directory can run it. */
export const CLI = join(projectRoot, 'src/cli/bin.mjs');
