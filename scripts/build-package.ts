/**
 * node scripts/build-package.ts — the package as npm ships it, into build/ (npm pack and npm publish
 * run it as `prepack`). Not dist/: that is where this repository builds its own demo site.
 *  - tsc (tsconfig.build.json) compiles src/ and schemas/ to JavaScript with .d.ts declarations, its
 *    relative `.ts` specifiers rewritten to `.js` (rewriteRelativeImportExtensions);
 *  - the files Vite or Node read as they are (.astro routes, components and layouts, .css, .mjs) are
 *    copied beside them, their relative `.ts` specifiers rewritten the same way, so the pages Astro
 *    builds in a site import the same compiled modules as the integration;
 *  - build/tested-tree.json: the packages of package-lock.json that a site installs, for the
 *    package-lock.json `gyosei-plans init` writes (src/init/site-lock.ts).
 * Node then runs the package without stripping any types (it will not inside node_modules).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TESTED_TREE_FILE, testedTree, type LockFile } from '../src/init/site-lock.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'build');
const AS_IS = /\.(astro|css|mjs|d\.mts)$/;
/** A relative import or export specifier that ends in .ts, in any of the forms the sources use. */
const TS_SPECIFIER = /((?:\bfrom|\bimport)\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+?)\.ts\2/g;

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], {
  stdio: ['ignore', 2, 2],
});

// Declarations only for what a site can import (package.json `exports`) and what those refer to: the
// others (routes, commands, the inferred types of every internal module) would double the package.
const ENTRY_TYPES = ['build/src/index.d.ts', 'build/src/lib/content/collections.d.ts', 'build/schemas/index.d.ts'].map((f) =>
  join(root, f),
);
// tsc keeps the .ts of relative specifiers in declarations; a .js one leads every consumer to the .d.ts.
for (const file of files(out).filter((f) => f.endsWith('.d.ts')))
  writeFileSync(file, readFileSync(file, 'utf8').replace(TS_SPECIFIER, '$1$2$3.js$2'));
const kept = new Set<string>();
for (const queue = [...ENTRY_TYPES]; queue.length;) {
  const file = queue.pop()!;
  if (kept.has(file) || !existsSync(file)) continue;
  kept.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)) {
    queue.push(join(dirname(file), m[2]!.replace(/\.(m?)js$/, '.d.$1ts')));
  }
}
for (const file of files(out).filter((f) => f.endsWith('.d.ts') && !kept.has(f))) rmSync(file);

let copied = 0;
for (const file of files(join(root, 'src')).filter((f) => AS_IS.test(f))) {
  const target = join(out, relative(root, file));
  mkdirSync(dirname(target), { recursive: true });
  if (file.endsWith('.css')) cpSync(file, target);
  else writeFileSync(target, readFileSync(file, 'utf8').replace(TS_SPECIFIER, '$1$2$3.js$2'));
  copied++;
}

// Nothing shipped may still import a .ts file: Node would refuse it inside node_modules.
const left = files(out)
  .filter((f) => /\.(js|mjs|astro)$/.test(f))
  .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(TS_SPECIFIER)].map((m) => `${relative(root, f)}: ${m[3]}.ts`));
if (left.length) {
  console.error(`build/ still imports TypeScript:\n${left.join('\n')}`);
  process.exit(1);
}
// A new site's package-lock.json (gyosei-plans init): the packages this repository's lock file tested, cut to what a site installs.
const tree = testedTree(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as LockFile);
writeFileSync(join(root, TESTED_TREE_FILE), `${JSON.stringify(tree, null, 2)}\n`);

// On stderr: `npm pack --json` prints its JSON on stdout, after this script's output.
console.error(`build/: compiled src/ and schemas/ (declarations: ${kept.size} files), copied ${copied} .astro/.css/.mjs files`);
