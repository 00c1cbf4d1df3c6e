import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The Digital Agency design system's tokens as CSS custom properties; the layout imports this file. */
const TOKENS_FILE = '/@digital-go-jp/design-tokens/dist/tokens.css';
/** The stylesheets that use the tokens (components have no <style> of their own): every page's, the comparison pages' and the search page's. */
export const STYLESHEETS = ['global.css', 'compare.css', 'search.css'].map((name) =>
  fileURLToPath(new URL(`../styles/${name}`, import.meta.url)),
);

const references = (css: string) => [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);

/**
 * The declarations of `tokensCss` that `usingCss` refers to, with the tokens those refer to in turn, in the
 * package's order. The package declares every token of the system (about 9 KB); a page needs a few dozen.
 */
export function usedTokens(tokensCss: string, usingCss: string): string {
  const declared = new Map([...tokensCss.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  const used = new Set<string>();
  const pending = references(usingCss);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const value = declared.get(name);
    if (value === undefined || used.has(name)) continue;
    used.add(name);
    pending.push(...references(value));
  }
  return `:root {\n${[...declared]
    .filter(([name]) => used.has(name))
    .map(([name, value]) => `  ${name}: ${value};\n`)
    .join('')}}\n`;
}

/** Ships only the design tokens the integration's stylesheets use. */
export function designTokens(): Plugin {
  return {
    name: 'gyosei-plans:design-tokens',
    // Before Vite's own CSS handling, so the package's file is still plain CSS.
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith(TOKENS_FILE)) return undefined;
      for (const file of STYLESHEETS) this.addWatchFile(file);
      return { code: usedTokens(code, STYLESHEETS.map((file) => readFileSync(file, 'utf8')).join('\n')), map: null };
    },
  };
}
