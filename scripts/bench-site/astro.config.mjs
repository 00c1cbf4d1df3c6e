// @ts-check
// The benchmark's build of the site: the demo's own config (the same integration and options, which
// turn incremental builds on), with Astro's cache in BENCH_CACHE_DIR, so each benchmark shape has its
// own cache and the repository's node_modules/.astro is left alone. Content comes from PLANS_CONTENT_DIR.
import { fileURLToPath } from 'node:url';
import site from '../../astro.config.mjs';

if (!process.env.BENCH_CACHE_DIR) throw new Error('BENCH_CACHE_DIR must name the cache directory');

// A plain object: defineConfig() cannot infer its locale types from a spread config.
export default {
  ...site,
  root: fileURLToPath(new URL('../..', import.meta.url)),
  cacheDir: process.env.BENCH_CACHE_DIR,
};
