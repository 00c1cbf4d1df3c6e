#!/usr/bin/env node
// The `gyosei-plans` command. The package ships TypeScript, which Node will not strip inside
// node_modules, so this entry (plain JavaScript) compiles the package's own .ts modules as they load.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const packageUrl = new URL('../../', import.meta.url).href;

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith(packageUrl) || !url.endsWith('.ts') || url.startsWith(`${packageUrl}node_modules/`)) return nextLoad(url, context);
    const file = fileURLToPath(url);
    const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', sourcefile: file, target: 'node22' });
    return { format: 'module', source: code, shortCircuit: true };
  },
});

await import('./main.ts');
