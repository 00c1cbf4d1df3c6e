import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { jsonSchemas } from '../../src/lib/export/json-schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('content/', () => {
  it('is valid', async () => {
    const { diagnostics, content } = await validateContent(root);
    expect(diagnostics).toEqual([]);
    expect(content?.plans.map((p) => p.file)).toEqual([
      'content/mitaka/bousai-anzen/2025.yaml',
      'content/mitaka/soumu/2017.yaml',
      'content/mitaka/soumu/2025.yaml',
      'content/nakano/soumu/2021.yaml',
      'content/shiogama/shimin-soumu/2017.yaml',
      'content/shiogama/shimin-soumu/2019.yaml',
    ]);
  });

  it('fills division English from the glossary', async () => {
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
