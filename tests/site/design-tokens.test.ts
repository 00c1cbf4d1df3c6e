/**
 * The built stylesheet carries the design tokens it uses: every var() it refers to is declared in it.
 * The styles are inline in each page (first paint on a slow connection): those of the home page are read, with any file in _astro/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

const stylesheets = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css'));
const home = readFileSync(join(distDir, 'ja/index.html'), 'utf8');
const css = [
  ...stylesheets.map((f) => readFileSync(join(distDir, '_astro', f), 'utf8')),
  ...[...home.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
].join('\n');

describe('design tokens in the built stylesheet', () => {
  it('declares every custom property it refers to', () => {
    const declared = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const referenced = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
    expect(css.length).toBeGreaterThan(0);
    expect(referenced.size).toBeGreaterThan(0);
    expect([...referenced].filter((n) => !declared.has(n))).toEqual([]);
  });

  it('takes its colours from the design system, not all of its tokens', () => {
    expect(css).toMatch(/--color-primitive-blue-800:\s*#0031d8/);
    expect(css).not.toMatch(/--color-primitive-magenta-/);
  });
});
