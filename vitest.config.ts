/**
 * The tests in tiers, one Vitest project each (`vitest run --project unit`; `npm test` runs them all
 * through scripts/test.ts: unit, then site with adoption and e2e beside it):
 * - unit: schemas, pure functions, the validator on fixture files, the commands; builds no site.
 * - site: the built sites' files, without a browser (tests/site).
 * - e2e: the built sites in Chromium, and `astro dev` (tests/e2e).
 * - adoption: the packed package installed into a new site (tests/adoption).
 * A test that reads a built site asks for it with `await site('published')` (tests/helpers/sites.ts),
 * which builds it once for every test file, tier and (outside CI) run that uses the same inputs.
 */
import { randomUUID } from 'node:crypto';
import { defineConfig } from 'vitest/config';

// One id per run, so a site built for one test file serves the others (and, through scripts/test.ts, the other tiers).
process.env.PLANS_TEST_RUN ??= randomUUID();

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    env: { PLANS_TEST_RUN: process.env.PLANS_TEST_RUN },
    projects: [
      // Most unit time is spent waiting for a spawned command (git, the CLI): two workers keep two cores busy.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], maxWorkers: 2 } },
      // Two workers: one reads a built site while the other builds (builds take turns: tests/helpers/build-lock.ts).
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], maxWorkers: 2 } },
      // Two workers, each with its own Chromium; `astro dev` (dev-server.test.ts) holds the build lock while it runs.
      // expect.poll waits on the page (a search answering) for up to 15 s: a loaded machine's browser is slow.
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], maxWorkers: 2, expect: { poll: { timeout: 15_000 } } } },
      { extends: true, test: { name: 'adoption', include: ['tests/adoption/**/*.test.ts'] } },
    ],
  },
});
