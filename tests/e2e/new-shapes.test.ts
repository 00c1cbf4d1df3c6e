/**
 * The fictional plan that uses every new field of the model (tests/fixtures/new-shapes), built into a
 * site of its own (tests/helpers/sites.ts, shared with tests/site/new-shapes.test.ts): axe-core finds no
 * WCAG 2.1 A/AA violation on its Japanese and English pages, and at 320 px wide neither page scrolls
 * sideways (its tables scroll inside their own region).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from '../helpers/e2e.ts';
import { site } from '../helpers/sites.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const out = await site('new-shapes');
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ viewport: { width: 320, height: 800 } }, out);
});

afterAll(async () => {
  await e2e?.close();
});

describe.each(['ja', 'en'])('/%s/kakuu/kikaku/2024/', (lang) => {
  beforeAll(async () => {
    await e2e.page.goto(e2e.url(`/${lang}/kakuu/kikaku/2024/`), { waitUntil: 'load' });
  });

  it('has no axe-core WCAG 2.1 A/AA violation', async () => {
    await e2e.page.evaluate(axeSource);
    const results = await e2e.page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
      TAGS,
    );
    expect(results.violations.map((v) => `[${v.id}] ${v.help}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`)).toEqual([]);
  });

  it('does not scroll sideways at 320 px', async () => {
    const { scrollWidth, innerWidth } = await e2e.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});
