/**
 * WCAG 2.1 A/AA by axe-core on every built page (both languages, root, 404 and whatever else dist/
 * holds), plus the 404 page as a visitor meets it: at an unknown, deep URL with status 404.
 * Each page must also load without a failed subresource and without contacting any other host.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from '../helpers/e2e.ts';
import { listPages } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const pages = listPages(distDir);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E({}, distDir);
});
afterAll(async () => {
  await e2e?.close();
});

/** One readable block per violated rule: page, rule id, impact, help, then each element's selector, HTML and failure. */
function report(path: string, violations: Result[]): string[] {
  return violations.map((v) =>
    [
      `${path}: [${v.id}] (${v.impact ?? 'no impact'}) ${v.help}`,
      `  ${v.helpUrl}`,
      ...v.nodes.map(
        (n) => `  - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
      ),
    ].join('\n'),
  );
}

async function audit(url: string): Promise<{ status: number | undefined; violations: Result[] }> {
  const { page, blocked, failed } = e2e;
  blocked.length = 0;
  failed.length = 0;
  const response = await page.goto(url, { waitUntil: 'load' });
  // Evaluated through the DevTools protocol: the pages' CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    TAGS,
  );
  expect(blocked, `${url} requested other hosts`).toEqual([]);
  expect(failed, `${url} has subresources that failed to load`).toEqual([]);
  return { status: response?.status(), violations: results.violations };
}

describe('axe-core WCAG 2.1 A/AA', () => {
  it('finds pages to audit', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages).toContain('/');
  });

  it('detects a known violation and blocks requests to other hosts (sanity check of the harness)', async () => {
    const { page, blocked } = e2e;
    // A blank document: a page of the site would carry its CSP, which stops the image before the guard sees it.
    await page.goto('about:blank');
    await page.setContent(
      '<!doctype html><html><head><title>t</title></head><body><main><img src="https://example.com/x.png"><input type="text"></main></body></html>',
      { waitUntil: 'load' },
    );
    await page.evaluate(axeSource);
    const results = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        }),
      TAGS,
    );
    expect(results.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label']));
    expect(blocked).toContain('https://example.com/x.png');
    blocked.length = 0;
  });

  it.each(pages)('%s has no violations', async (path) => {
    const { status, violations } = await audit(e2e.url(path));
    expect(status).toBe(200);
    expect(report(path, violations)).toEqual([]);
  });

  it.runIf(pages.includes('/404.html'))('the 404 page served at an unknown deep URL has status 404 and no violations', async () => {
    const path = '/ja/no-such-municipality/no-such-department/';
    const { status, violations } = await audit(e2e.url(path));
    expect(status).toBe(404);
    expect(await e2e.page.locator('h1').count()).toBe(1);
    expect(report(path, violations)).toEqual([]);
  });
});
