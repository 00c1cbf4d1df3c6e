/**
 * Rebuilds the search index of a built site by hand (`astro build` already writes it). For the tests
 * and benchmarks that compare indexes: `--stock` writes Pagefind's own, unnormalised index.
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, out: { type: 'string' }, stock: { type: 'boolean', default: false } },
});
const out = values.out ?? join(values.site, 'pagefind');
const pages = await buildSearchIndex({ site: values.site, out, stock: values.stock });
console.log(`search index: ${pages} pages → ${relative(process.cwd(), out) || out}`);
