/** The design-token subset: what the stylesheets refer to, with what those tokens refer to, and nothing else. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { STYLESHEETS, usedTokens } from '../../src/integration/design-tokens.ts';

const tokensCss = readFileSync(createRequire(import.meta.url).resolve('@digital-go-jp/design-tokens/dist/tokens.css'), 'utf8');
/** Every page's stylesheet, the comparison pages' and the search page's, as one. */
const stylesheet = STYLESHEETS.map((file) => readFileSync(file, 'utf8')).join('\n');
const names = (css: string) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]);

describe('design tokens', () => {
  it('keeps a used token and the primitive a semantic token refers to, in the package order', () => {
    const css = '.a { color: var(--color-semantic-error-2); border-radius: var( --border-radius-4); }';
    expect(names(usedTokens(tokensCss, css))).toEqual(['--color-primitive-red-900', '--border-radius-4', '--color-semantic-error-2']);
  });

  it('leaves out tokens nothing uses, and names that are not tokens', () => {
    expect(usedTokens(tokensCss, '.a { color: var(--text); }')).toBe(':root {\n}\n');
  });

  it('defines every token the stylesheet uses, and far fewer than the package declares', () => {
    const subset = names(usedTokens(tokensCss, stylesheet));
    const local = new Set(names(stylesheet));
    const referenced = [...stylesheet.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]).filter((n) => !local.has(n));
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((n) => !subset.includes(n))).toEqual([]);
    expect(subset.length).toBeLessThan(names(tokensCss).length / 4);
  });

  it('leaves no colour written out in the stylesheet', () => {
    expect(stylesheet.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []).toEqual([]);
  });
});
