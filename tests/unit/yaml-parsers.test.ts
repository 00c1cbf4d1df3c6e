/**
 * The validator reads data with js-yaml (fast) and turns to the `yaml` parser for positions and
 * precise errors. Both must read every valid file of the fixtures to the same data (real plans in
 * tests/fixtures/published and excerpts, fictional ones elsewhere), and of whatever content/ holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const yamlFiles = (dirs: string[]) =>
  dirs.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(dir, f)),
  );
const fixtures = yamlFiles([
  'tests/fixtures/published',
  'tests/fixtures/base',
  'tests/fixtures/excerpts',
  'tests/fixtures/multi-year',
  'tests/fixtures/hostile',
]);
const files = [...fixtures, ...yamlFiles(['content'])];

describe('js-yaml and yaml agree', () => {
  it('on enough files to mean something', () => {
    expect(fixtures.length).toBeGreaterThan(25);
  });
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(load(text, { schema: CORE_SCHEMA })).toEqual(parse(text));
  });
  it('on the YAML 1.2 core scalars a clerk may write', () => {
    const text = 'a: yes\nb: 2017-04-01\nc: 0x1F\nd: 1e3\ne: ~\nf: "132047"\ng: 042030\nh: .inf\ni: true\n';
    expect(load(text, { schema: CORE_SCHEMA })).toEqual(parse(text));
  });
});
