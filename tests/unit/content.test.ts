/**
 * The demo site's content/, whatever plans it holds: valid, every plan file read as a plan, and the
 * JSON Schemas in schemas/ up to date.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { jsonSchemas } from '../../src/lib/export/json-schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('content/', () => {
  it('is valid, and every <municipality>/<department>/<year>.yaml in it is a plan of the site', async () => {
    const { diagnostics, content } = await validateContent(root);
    expect(diagnostics).toEqual([]);
    const onDisk = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => /^[^/]+\/[^/]+\/\d{4}\.yaml$/.test(f))
      .map((f) => `content/${f}`)
      .sort();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(content?.plans.map((p) => p.file)).toEqual(onDisk);
  });

  it('fills division English from the glossary (中野区 総務部 2021, a seed plan)', async () => {
    const { content } = await validateContent(root);
    const nakano = content!.plans.find((p) => p.file === 'content/nakano/soumu/2021.yaml')!.plan;
    expect(nakano.divisions!.items.map((d) => d.name.en)).not.toContain(undefined);
  });

  it('has up-to-date JSON Schemas in schemas/ (run npm run schema after changing a schema)', async () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(await readFile(`${root}schemas/${name}.schema.json`, 'utf8'), `schemas/${name}.schema.json`).toBe(text);
    }
  });
});
