/**
 * Writes schemas/<type>.schema.json from the Zod schemas, for editors (yaml-language-server) and
 * open-data users. `--check` exits 1 when a committed file is stale instead of writing it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/lib/export/json-schema.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, text] of Object.entries(jsonSchemas())) {
  const file = `${root}schemas/${name}.schema.json`;
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(`schemas/${name}.schema.json は古くなっています / is stale: run npm run schema`);
  } else {
    await writeFile(file, text);
    console.log(`wrote schemas/${name}.schema.json`);
  }
}
process.exit(stale ? 1 : 0);
