/**
 * Files that are small on disk and huge once their aliases are expanded (tests/fixtures/hostile/yaml-bombs.ts)
 * are refused by the one YAML reader (src/lib/content-tree/read.ts) at once, whatever the syntax of their
 * aliases: one bilingual diagnostic naming the file, the line and the column of the alias that breaks
 * the limit, in well under 5 s. Each case prints how long the refusal took.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { formatText } from '../../src/lib/validate/diagnostic.ts';
import { MAX_ALIASES, positional, readText, readYaml, readYamlValue, readsFast } from '../../src/lib/content-tree/read.ts';
import { versionReader } from '../../src/lib/translations/history.ts';
import { aliasAmplifier, aliasBomb } from '../fixtures/hostile/yaml-bombs.ts';
import { CLI } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/pages.ts';

const BASE = join(projectRoot, 'tests/fixtures/base');
const PLAN = 'content/kakuu/soumu/2020.yaml';

let root: string;
let plan: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'yaml-bombs-'));
  await cp(BASE, root, { recursive: true });
  plan = await readFile(join(root, PLAN), 'utf8');
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** The line and column (1-based) of the `n`th alias `*name` in `text`. */
function nthAlias(text: string, name: string, n: number): { line: number; column: number } {
  const at = [...text.matchAll(new RegExp(`\\*${name}(?![\\w])`, 'g'))][n - 1].index;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const CASES: { name: string; text: () => string; code: string; alias: (text: string) => { line: number; column: number } }[] = [
  {
    // 10⁹ texts in under 1 KB: the probe that took 114 s to validate.
    name: 'a 9-level JSON-style bomb',
    text: () => aliasBomb(9),
    code: 'yaml-alias-count',
    // 10 aliases on the first level; each of the second repeats 1 + 10: the 4th passes 50 (10 + 4 × 11).
    alias: (text) => nthAlias(text, 'a1', 4),
  },
  {
    name: 'a 40-level JSON-style bomb',
    text: () => aliasBomb(40),
    code: 'yaml-alias-count',
    alias: (text) => nthAlias(text, 'a1', 4),
  },
  {
    // Two aliases a level: few aliases written, 2⁶⁰ expanded.
    name: 'a 60-level bomb of two aliases a level',
    text: () => aliasBomb(60, 2),
    code: 'yaml-alias-count',
    // Each alias of level n repeats 2ⁿ⁺¹ − 1: 2 + 2 × 3 + 2 × 7 = 22, then 15 + 15 passes 50.
    alias: (text) => nthAlias(text, 'a3', 2),
  },
  {
    // 300 aliases of 100,000 characters in a plan that is otherwise valid: 90 MB of page and JSON.
    name: 'a 300-alias amplifier in a valid plan',
    text: () => aliasAmplifier(plan),
    code: 'yaml-alias-size',
    // 300,000 bytes a copy: the text itself and three aliases pass 1 MB.
    alias: (text) => nthAlias(text, 'long', 3),
  },
];

describe('alias bombs', () => {
  it('are fictional and small on disk', () => {
    for (const { text } of CASES) {
      const written = text();
      expect(written).toContain('架空のデータ（テスト用） / Fictional test data');
      expect(Buffer.byteLength(written)).toBeLessThan(400_000);
    }
    expect(Buffer.byteLength(aliasBomb(9))).toBeLessThan(1024);
  });

  it.each(CASES)('$name is refused in under 5 s at the alias that breaks the limit', async ({ name, text, code, alias }) => {
    const written = text();
    await writeFile(join(root, PLAN), written);
    const started = performance.now();
    const { diagnostics, content } = await validateContent(root, { contentDir: join(root, 'content') });
    const seconds = (performance.now() - started) / 1000;
    console.log(`${name} (${Buffer.byteLength(written)} bytes): refused in ${seconds.toFixed(3)} s`);
    expect(seconds).toBeLessThan(5);
    expect(content).toBeUndefined();
    const { line, column } = alias(written);
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.code])).toEqual([[PLAN, line, column, code]]);
    expect(formatText(diagnostics[0])).toMatch(new RegExp(`^${PLAN}:${line}:${column}  -  別名.+ / .*alias`));
  });

  it('the CLI names the file and line and exits 1', async () => {
    await writeFile(join(root, PLAN), aliasBomb(9));
    const started = performance.now();
    const run = promisify(execFile)(process.execPath, [CLI, 'validate', '--content', join(root, 'content')], { cwd: root });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^content\/kakuu\/soumu\/2020\.yaml:5:39 {2}- {2}別名/),
    });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('the translation history, which reads old versions section by section, reads a bomb as nothing', () => {
    const started = performance.now();
    const read = versionReader();
    expect(read(aliasBomb(40))).toBeUndefined();
    expect(read(aliasAmplifier(plan))).toBeUndefined();
    expect(read(plan)).toMatchObject({ fiscalYear: 2020 });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('the one YAML reader', () => {
  const read = (text: string) => readYaml(text, positional(text));

  it('is the only code of the package that parses YAML', () => {
    const sources = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(?:ts|mjs|astro)$/.test(f),
    );
    const parsers = sources.filter((file) => {
      const text = readFileSync(join(projectRoot, 'src', file), 'utf8');
      const imports = [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(?:js-yaml|yaml)'/g)].flatMap((m) => m[1].split(','));
      const names = imports.map(
        (name) =>
          name
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0],
      );
      return (
        names.some((name) =>
          ['load', 'loadAll', 'parse', 'parseDocument', 'parseAllDocuments', 'Parser', 'Composer', 'Lexer'].includes(name),
        ) || /import\s+\*\s+as\s+\w+\s+from\s+'(?:js-yaml|yaml)'|import\(\s*'(?:js-yaml|yaml)'\s*\)/.test(text)
      );
    });
    expect(sources.length).toBeGreaterThan(50);
    expect(parsers).toEqual([join('lib', 'content-tree', 'read.ts')]);
  });

  it("limits a Markdown plan's frontmatter and fenced blocks as it limits a YAML file", () => {
    const started = performance.now();
    const md = readText(`---\n${aliasBomb(9)}---\n\n# 見出し（架空）\n`, 'md');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(md.data).toBeUndefined();
    expect(md.problems.map((p) => p.code)).toEqual(['yaml-alias-count']);
  });

  it('reads a file with a few aliases, in any syntax, to the same data', () => {
    expect(read('a: &x [1, 2]\nb: *x\n').data).toEqual({ a: [1, 2], b: [1, 2] });
    expect(read('{"a":&x [1, 2], "b":*x}').data).toEqual({ a: [1, 2], b: [1, 2] });
    expect(read('a: &x 架空\nb: [*x, *x]\n').data).toEqual({ a: '架空', b: ['架空', '架空'] });
  });

  it('counts the aliases inside what an alias repeats', () => {
    // A list of 7 aliases, then 6 aliases of it, each 1 + 7: 7 + 6 × 8 = 55 expansions, past the limit of 50.
    const aliases = (name: string, n: number) => Array.from({ length: n }, () => `*${name}`).join(', ');
    const text = (n: number) => `a: &a 1\nb: &b [${aliases('a', 7)}]\nc: [${aliases('b', n)}]\n`;
    expect(MAX_ALIASES).toBe(50);
    expect(read(text(6)).problems.map((p) => [p.code, p.line, p.column])).toEqual([['yaml-alias-count', 3, 25]]);
    // Five of them are 47: allowed.
    expect(read(text(5)).problems).toEqual([]);
  });

  it('refuses an alias inside the node it refers to, and one with no anchor, at the alias', () => {
    expect(read('a: &x\n  - *x\n').problems.map((p) => [p.code, p.line, p.column])).toEqual([['yaml-alias-cycle', 2, 5]]);
    expect(read('a: 1\nnote: *は再掲\n').problems.map((p) => [p.code, p.line, p.column])).toEqual([['yaml-unresolved-alias', 2, 7]]);
  });

  it('asks js-yaml whether there are anchors, so a file with anchors always takes the limited way', () => {
    expect(readsFast('a: 1\nb: [x, "*y"]\nc: a*b & c\n')).toBe(true);
    for (const text of ['a: &x 1\nb: *x\n', '{"a":&x 1,"b":*x}', '[&x 1]', 'a: !!str &x 1']) expect(readsFast(text), text).toBe(false);
  });

  it('readYamlValue (old versions of a file) refuses a bomb quickly too', () => {
    const started = performance.now();
    expect(() => readYamlValue(aliasBomb(40))).toThrow(/too many times/);
    expect(() => readYamlValue(aliasAmplifier(plan))).toThrow(/larger than 1 MB/);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
