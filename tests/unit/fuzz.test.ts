/**
 * Fuzzing the validator. The valid files of tests/fixtures/published/ (real plans, frozen so the cases
 * stay the same whatever content/ holds) and tests/fixtures/base/ are mutated at random, but
 * deterministically (a seeded PRNG): a node deleted, a list item or a key duplicated, a value replaced by
 * one of another type, random Unicode inserted, the text cut short, two nodes swapped, lines duplicated
 * or re-indented, a value made to start with a YAML indicator (* & ! …). Each mutated file is validated
 * inside a small content tree (the glossary, the municipality and its departments, and the department's
 * plans). validateContent must never throw, and every diagnostic must say where (file, line ≥ 1 and within
 * the file, column ≥ 1) and what (a code, a Japanese and an English message without "undefined" or
 * "[object Object]" in it).
 *
 * Replay one case: FUZZ_CASE=<n> [FUZZ_SEED=<seed>] npm exec -- vitest run tests/unit/fuzz.test.ts
 * Another run: FUZZ_SEED=<seed> FUZZ_CASES=<count> …
 */
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { Random, caseSeed } from '../helpers/prng.ts';
import { projectRoot } from '../helpers/pages.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_121);
const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const ONLY = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
/**
 * The run takes about 20 s on a 2-core machine (2,000 cases); the hard limit only catches a validator that
 * has become pathologically slow on some input, without failing on a busy machine.
 */
const LIMIT_MS = 60_000;

// ---------------------------------------------------------------------------------------------------
// The content trees the mutated files live in
// ---------------------------------------------------------------------------------------------------

interface Target {
  /** Temp project root holding content/. */
  root: string;
  /** Path relative to content/. */
  file: string;
  kind: 'plan' | 'glossary' | 'municipality' | 'department';
  original: string;
}

const SOURCES = [join(projectRoot, 'tests/fixtures/published/content'), join(projectRoot, 'tests/fixtures/base/content')];
let workDir: string;
const targets: Target[] = [];

/** Memory-backed /dev/shm where there is one: each case writes its file twice, and a disk makes that the slowest part. */
function fastTmp(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/**
 * One small tree per plan: the glossary, the municipality, its departments (lineage names them) and the
 * plan. (No plan of these trees refers to another year, so a plan needs no other plan to be valid.)
 */
function setUpTrees(): void {
  workDir = mkdtempSync(join(fastTmp(), 'plans-fuzz-'));
  SOURCES.forEach((source, s) => {
    const all = readdirSync(source, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
      .map((e) => relative(source, join(e.parentPath, e.name)).split('\\').join('/'))
      .sort();
    for (const plan of all.filter((f) => /^[^/]+\/[^/]+\/\d{4}\.yaml$/.test(f))) {
      const root = join(workDir, `${s}-${plan.replace(/\//g, '-').replace(/\.yaml$/, '')}`);
      const municipality = plan.split('/')[0]!;
      const departments = all.filter((f) => f.startsWith(`${municipality}/`) && f.endsWith('/department.yaml'));
      for (const file of ['glossary.yaml', `${municipality}/municipality.yaml`, ...departments, plan]) {
        mkdirSync(dirname(join(root, 'content', file)), { recursive: true });
        cpSync(join(source, file), join(root, 'content', file));
        const kind =
          file === 'glossary.yaml'
            ? 'glossary'
            : file.endsWith('municipality.yaml')
              ? 'municipality'
              : file.endsWith('department.yaml')
                ? 'department'
                : 'plan';
        targets.push({ root, file, kind, original: readFileSync(join(source, file), 'utf8') });
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------------

/** Characters that tend to break things: YAML indicators, quotes, escapes, CJK, width variants, invisible and control characters, astral and combining ones. */
const CHARS = [
  ...':#&*!|>\'"%@`{}[],-?~=\\/\t\n \r',
  '総',
  '務',
  '部',
  '課',
  '。',
  '、',
  '「',
  '」',
  '：',
  '＃',
  '－',
  '０',
  '１',
  '９',
  'ｱ',
  '・',
  '〜',
  '㈱',
  '髙',
  '𠮷',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\u0301',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '😀',
  '👨‍👩‍👧',
  '\ud800',
  'é',
  'ß',
  'İ',
];

function randomText(rng: Random, max = 12): string {
  let out = '';
  for (let i = rng.between(1, max); i > 0; i--) out += rng.pick(CHARS);
  return out;
}

/** A value of any type, including the edge cases of each. */
function randomValue(rng: Random): unknown {
  switch (rng.int(12)) {
    case 0:
      return rng.pick([0, -1, 1, 2.5, 1e30, -1e30, 2 ** 53 + 2, 1e-7, NaN, Infinity, -Infinity, 2017, 999, 1_000_001]);
    case 1:
      return rng.pick([
        '',
        ' ',
        'x',
        '0123',
        '2020-02-30',
        '令和2年4月1日',
        '2020/04/01',
        'javascript:alert(1)',
        'https://example.org/',
        'yes',
        'null',
        '1e3',
      ]);
    case 2:
      return randomText(rng);
    case 3:
      return rng.pick([true, false]);
    case 4:
      return null;
    case 5:
      return [];
    case 6:
      return {};
    case 7:
      return [randomValue(rng)];
    case 8:
      return { [rng.pick(['ja', 'en', 'id', 'x', 'items', 'value', randomText(rng, 3)])]: randomValue(rng) };
    case 9:
      return rng.pick([{ ja: '' }, { en: 'English only' }, { ja: '架空', en: '' }, { ja: '架空', en: 'x', de: 'y' }, { ja: ['a'] }]);
    case 10:
      return '架空'.repeat(rng.between(1, 3000));
    default:
      return rng.pick([
        'total',
        'bunsho',
        'personnel',
        'mission',
        'full',
        'excerpt',
        'gte',
        'per-year',
        'thousand-yen',
        'split-from',
        'soumu',
        'kakuu',
      ]);
  }
}

/** A place in the document where a node sits: an item of a list or an entry of a mapping. */
interface Slot {
  parent: YAMLMap | YAMLSeq;
  index: number;
}

function slots(doc: Document): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown) => {
    if (isMap(node) || isSeq(node)) {
      node.items.forEach((item, index) => {
        out.push({ parent: node, index });
        walk(isPair(item) ? item.value : item);
      });
    }
  };
  walk(doc.contents);
  return out;
}

/** The value at a slot (the pair's value for a mapping). */
const valueOf = (slot: Slot): unknown => {
  const item = slot.parent.items[slot.index];
  return isPair(item) ? item.value : item;
};
const setValue = (slot: Slot, value: unknown) => {
  const item = slot.parent.items[slot.index];
  if (isPair(item)) item.value = value;
  else (slot.parent.items as unknown[])[slot.index] = value;
};

/**
 * A mutation works on the parsed document (and is skipped when the text no longer parses) or on the raw
 * text. Consecutive document mutations share one parse, so a case costs at most a few parses.
 */
type Mutation =
  | { on: 'document'; apply: (doc: Document, rng: Random, all: Slot[]) => string | undefined }
  | { on: 'text'; apply: (text: string, rng: Random) => { text: string; step: string } };

const onDocument = (apply: (doc: Document, rng: Random, all: Slot[]) => string | undefined): Mutation => ({ on: 'document', apply });
const onText = (apply: (text: string, rng: Random) => { text: string; step: string }): Mutation => ({ on: 'text', apply });

/** How a step names the node it changed, for the failure report. */
const pathOf = (slot: Slot): string => {
  const item = slot.parent.items[slot.index];
  return isPair(item) ? `key ${String(isScalar(item.key) ? item.key.value : item.key)}` : `item ${slot.index}`;
};

const MUTATIONS: [weight: number, name: string, Mutation][] = [
  [
    3,
    'delete',
    onDocument((_doc, rng, all) => {
      const slot = rng.pick(all);
      const where = pathOf(slot);
      slot.parent.items.splice(slot.index, 1);
      return where;
    }),
  ],
  [
    2,
    'duplicate',
    onDocument((_doc, rng, all) => {
      // A list item, or a mapping entry whose key then appears twice.
      const slot = rng.pick(all);
      const item = slot.parent.items[slot.index] as Node | Pair;
      const copy = isPair(item) ? item.clone() : isScalar(item) || isMap(item) || isSeq(item) ? item.clone() : item;
      (slot.parent.items as unknown[]).splice(slot.index + rng.int(2), 0, copy);
      return pathOf(slot);
    }),
  ],
  [
    4,
    'retype',
    onDocument((doc, rng, all) => {
      const slot = rng.pick(all);
      const value = randomValue(rng);
      setValue(slot, doc.createNode(value));
      return `${pathOf(slot)} = ${JSON.stringify(value)?.slice(0, 40)}`;
    }),
  ],
  [
    3,
    'unicode',
    onDocument((_doc, rng, all) => {
      const strings = all.filter((s) => isScalar(valueOf(s)) && typeof (valueOf(s) as { value: unknown }).value === 'string');
      if (strings.length === 0) return undefined;
      const slot = rng.pick(strings);
      const scalar = valueOf(slot) as { value: string };
      const at = rng.int(scalar.value.length + 1);
      const insert = randomText(rng);
      scalar.value = scalar.value.slice(0, at) + insert + scalar.value.slice(at);
      return `${pathOf(slot)} +${JSON.stringify(insert)}`;
    }),
  ],
  [
    2,
    'swap',
    onDocument((_doc, rng, all) => {
      const [a, b] = [rng.pick(all), rng.pick(all)];
      if (a === b) return undefined;
      const [va, vb] = [valueOf(a), valueOf(b)];
      // Swapping a node into its own subtree would make a cycle.
      const contains = (outer: unknown, inner: unknown): boolean =>
        outer === inner || ((isMap(outer) || isSeq(outer)) && outer.items.some((i) => contains(isPair(i) ? i.value : i, inner)));
      if (contains(va, vb) || contains(vb, va)) return undefined;
      setValue(a, vb);
      setValue(b, va);
      return `${pathOf(a)} <-> ${pathOf(b)}`;
    }),
  ],
  [
    1,
    'rename-key',
    onDocument((doc, rng, all) => {
      const pairs = all.filter((s) => isPair(s.parent.items[s.index]));
      if (pairs.length === 0) return undefined;
      const slot = rng.pick(pairs);
      const pair = slot.parent.items[slot.index] as Pair;
      const key = rng.pick([randomText(rng, 6), 'ja', 'en', 'id', '__proto__', 'constructor', '', ' ', '1']);
      pair.key = doc.createNode(key);
      return `${pathOf(slot)} -> ${JSON.stringify(key)}`;
    }),
  ],
  [
    2,
    'truncate',
    onText((text, rng) => {
      const at = rng.int(text.length);
      return { text: text.slice(0, at), step: `at ${at}` };
    }),
  ],
  [
    3,
    'insert-text',
    onText((text, rng) => {
      const at = rng.int(text.length + 1);
      const insert = randomText(rng, 4);
      return { text: text.slice(0, at) + insert + text.slice(at), step: `${JSON.stringify(insert)} at ${at}` };
    }),
  ],
  [
    2,
    'value-prefix',
    onText((text, rng) => {
      // A value that starts with a YAML indicator, as a clerk types 「*は再掲」 or 「@担当」 without quotes.
      const values = [...text.matchAll(/^[ -]*[A-Za-z]+: (?=[^\s"'{[|>])/gm)];
      if (values.length === 0) return { text, step: 'none' };
      const match = rng.pick(values);
      const offset = match.index! + match[0].length;
      const prefix = rng.pick(['*', '&', '!', '%', '@', '`', '|', '>', '? ', '- ', '{', '[', '"', "'", '#', ': ']);
      return {
        text: text.slice(0, offset) + prefix + text.slice(offset),
        step: `${JSON.stringify(prefix)} at line ${text.slice(0, offset).split('\n').length}`,
      };
    }),
  ],
  [
    2,
    'line',
    onText((text, rng) => {
      // Duplicate, delete or re-indent one line: duplicate keys and broken indentation in raw text.
      const lines = text.split('\n');
      const i = rng.int(lines.length);
      const op = rng.pick(['duplicate', 'delete', 'indent', 'dedent', 'tab'] as const);
      if (op === 'duplicate') lines.splice(i, 0, lines[i]!);
      else if (op === 'delete') lines.splice(i, 1);
      else if (op === 'indent') lines[i] = `${' '.repeat(rng.between(1, 3))}${lines[i]}`;
      else if (op === 'dedent') lines[i] = lines[i]!.replace(/^ {1,2}/, '');
      else lines[i] = lines[i]!.replace(/^ {2}/, '\t');
      return { text: lines.join('\n'), step: `${op} line ${i + 1}` };
    }),
  ],
];

/** A mutation chosen by weight, optionally only among those on the document or on the text. */
function pickMutation(rng: Random, on?: Mutation['on']): [string, Mutation] {
  const pool = MUTATIONS.filter(([, , m]) => on === undefined || m.on === on);
  let r = rng.int(pool.reduce((acc, [w]) => acc + w, 0));
  for (const [weight, name, mutation] of pool) {
    if (r < weight) return [name, mutation];
    r -= weight;
  }
  throw new Error('unreachable');
}

interface FuzzCase {
  n: number;
  seed: number;
  target: Target;
  steps: string[];
  text: string;
}

/** Parsed originals, cloned for each case instead of parsed again. */
const parsedOriginals = new Map<Target, Document>();

/** Case n of the run: which file, which mutations, and the text they give. Pure: the same n, the same case. */
function makeCase(n: number): FuzzCase {
  const seed = caseSeed(SEED, n);
  const rng = new Random(seed);
  // Mostly plans; sometimes the glossary, a municipality or a department, which the plans depend on.
  const plans = targets.filter((t) => t.kind === 'plan');
  const target = rng.chance(0.85) ? rng.pick(plans) : rng.pick(targets.filter((t) => t.kind !== 'plan'));
  let text = target.original;
  let doc: Document | undefined;
  const steps: string[] = [];

  /** Applies one mutation; false when it could not (nothing to change, or a text that no longer parses). */
  const apply = (name: string, mutation: Mutation): boolean => {
    if (mutation.on === 'text') {
      if (doc) {
        try {
          text = doc.toString({ lineWidth: 0 });
        } catch {
          return false; // a document the library cannot print: keep the text as it was
        }
        doc = undefined;
      }
      const done = mutation.apply(text, rng);
      if (done.text === text) return false;
      text = done.text;
      steps.push(`${name} ${done.step}`);
      return true;
    }
    if (!doc) {
      if (!parsedOriginals.has(target)) parsedOriginals.set(target, parseDocument(target.original, { uniqueKeys: false }));
      doc = parsedOriginals.get(target)!.clone();
    }
    if (!isMap(doc.contents) && !isSeq(doc.contents)) return false;
    const all = slots(doc);
    if (all.length === 0) return false;
    try {
      const detail = mutation.apply(doc, rng, all);
      if (detail === undefined) return false;
      steps.push(`${name} ${detail}`);
      return true;
    } catch {
      return false; // the yaml library refused the change
    }
  };

  // Changes to the document first, then to the raw text: one clone and one print of the document per case.
  const planned = Array.from({ length: rng.between(1, 3) }, () => pickMutation(rng)).sort(([, a], [, b]) =>
    a.on === b.on ? 0 : a.on === 'document' ? -1 : 1,
  );
  for (const [name, mutation] of planned) {
    // A mutation that cannot apply is replaced by another of the same sort.
    for (let attempt = 0, [n2, m2] = [name, mutation]; attempt < 8; attempt++, [n2, m2] = pickMutation(rng, mutation.on)) {
      if (apply(n2, m2)) break;
    }
  }
  if (doc) {
    try {
      text = doc.toString({ lineWidth: 0 });
    } catch {
      steps.push('(the mutated document could not be printed: text left unchanged)');
    }
  }
  return { n, seed, target, steps, text };
}

// ---------------------------------------------------------------------------------------------------
// Checking one case
// ---------------------------------------------------------------------------------------------------

/** What is wrong with the validator's answer to a case, or an empty list. */
async function check(c: FuzzCase): Promise<string[]> {
  const abs = join(c.target.root, 'content', c.target.file);
  writeFileSync(abs, c.text);
  try {
    const result = await validateContent(c.target.root, { contentDir: join(c.target.root, 'content') });
    const problems: string[] = [];
    if (!Array.isArray(result.diagnostics)) return ['diagnostics is not a list'];
    if (result.diagnostics.length === 0 && !result.content) problems.push('no diagnostic, but no content either');
    const lineCount = (file: string) => {
      const text = file === `content/${c.target.file}` ? c.text : readFileSync(join(c.target.root, file), 'utf8');
      return text.split(/\r\n|\r|\n/).length; // YAML's line breaks
    };
    for (const d of result.diagnostics) {
      const where = `${d.file}:${d.line}:${d.column} ${d.code}`;
      if (typeof d.file !== 'string' || !d.file.startsWith('content/')) problems.push(`${where}: file`);
      if (!Number.isInteger(d.line) || d.line < 1) problems.push(`${where}: line`);
      else if (typeof d.file === 'string' && d.file.endsWith('.yaml') && d.line > lineCount(d.file) + 1)
        problems.push(`${where}: line beyond the end of the file`);
      if (!Number.isInteger(d.column) || d.column < 1) problems.push(`${where}: column`);
      if (typeof d.path !== 'string') problems.push(`${where}: path`);
      if (typeof d.code !== 'string' || d.code.trim() === '') problems.push(`${where}: code`);
      for (const lang of ['ja', 'en'] as const) {
        const message = d[lang];
        if (typeof message !== 'string' || message.trim() === '') problems.push(`${where}: empty ${lang} message`);
        else if (/\[object Object\]|\bundefined\b/.test(message))
          problems.push(`${where}: ${lang} message shows an internal value: ${message.slice(0, 160)}`);
      }
    }
    return problems;
  } catch (error) {
    return [`validateContent threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  } finally {
    writeFileSync(abs, c.target.original);
  }
}

/** Where the full text of failing cases is written when it is too long to print. */
const FAILURES_DIR = join(tmpdir(), 'plans-fuzz-failures');

/** Everything needed to reproduce a failure: case, seed, file, mutations, the change, and the mutated text. */
function describeFailure(c: FuzzCase, problems: string[]): string {
  const patch = createTwoFilesPatch(c.target.file, `${c.target.file} (mutated)`, c.target.original, c.text, '', '', { context: 1 });
  let text: string;
  if (c.text.length <= 8000) text = ['--- mutated text ---', c.text, '--- end ---'].join('\n');
  else {
    mkdirSync(FAILURES_DIR, { recursive: true });
    const file = join(FAILURES_DIR, `seed-${SEED}-case-${c.n}.yaml`);
    writeFileSync(file, c.text);
    text = `mutated text (${c.text.length} characters) written to ${file}`;
  }
  return [
    `case ${c.n} (FUZZ_SEED=${SEED} FUZZ_CASE=${c.n}; case seed ${c.seed}): ${c.target.file} in tree ${relative(workDir, c.target.root)}`,
    `  mutations: ${c.steps.join('; ')}`,
    ...problems.map((p) => `  ${p}`),
    patch.length < 4000 ? patch : `${patch.slice(0, 4000)}\n… (diff cut)`,
    text,
  ].join('\n');
}

/** Failures that differ only in names or numbers are one kind. */
const kindOfFailure = (problems: string[]) =>
  problems
    .map((p) =>
      p
        .replace(/^content\/\S+ /, '')
        .replace(/(threw \w+: [^:]*):.*$/, '$1')
        .replace(/\d+/g, 'N')
        .slice(0, 160),
    )
    .join(' | ');

// ---------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------

beforeAll(() => {
  setUpTrees();
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the validator under random mutations', () => {
  it('validates every unmutated tree without throwing (the fuzz starts from files that are fine)', async () => {
    const roots = [...new Set(targets.map((t) => t.root))];
    expect(roots.length).toBeGreaterThanOrEqual(5);
    expect(targets.filter((t) => t.kind === 'plan').length).toBeGreaterThanOrEqual(7);
    for (const root of roots) {
      const { diagnostics } = await validateContent(root, { contentDir: join(root, 'content') });
      expect(diagnostics, relative(workDir, root)).toEqual([]);
    }
  });

  it('makes the same cases from the same seed', () => {
    for (const n of [0, 1, 777]) {
      const [a, b] = [makeCase(n), makeCase(n)];
      expect(a.text).toBe(b.text);
      expect(a.steps).toEqual(b.steps);
    }
    expect(makeCase(1).text).not.toBe(makeCase(2).text);
  });

  it(`never throws and always locates and explains its diagnostics (${ONLY === undefined ? `${CASES} cases` : `case ${ONLY}`}, seed ${SEED})`, async () => {
    const started = performance.now();
    const numbers = ONLY === undefined ? Array.from({ length: CASES }, (_, n) => n) : [ONLY];
    const failures: { c: FuzzCase; problems: string[] }[] = [];
    let mutated = 0;
    for (const n of numbers) {
      const c = makeCase(n);
      if (c.text !== c.target.original) mutated++;
      const problems = await check(c);
      if (problems.length) failures.push({ c, problems });
      if (ONLY !== undefined) console.log(describeFailure(c, problems));
    }
    const elapsed = performance.now() - started;
    // Group failures by kind, so one bug does not bury the others; show the first case of each in full.
    const groups = new Map<string, typeof failures>();
    for (const f of failures) groups.set(kindOfFailure(f.problems), [...(groups.get(kindOfFailure(f.problems)) ?? []), f]);
    const report = [...groups.entries()].map(([kind, list]) =>
      [
        `${list.length} case(s): ${kind}`,
        describeFailure(list[0]!.c, list[0]!.problems),
        ...list.slice(1, 6).map((f) => `  also case ${f.c.n}: ${f.c.target.file}: ${f.c.steps.join('; ')}`),
      ].join('\n'),
    );
    console.log(
      `fuzz: ${numbers.length} cases (${mutated} changed their file), seed ${SEED}: ${(elapsed / 1000).toFixed(1)} s, ` +
        `${failures.length} failed, ${groups.size} kind(s)`,
    );
    if (report.length) console.log(report.join('\n\n'));
    expect(mutated, 'the mutations change the files').toBeGreaterThan(numbers.length * 0.9);
    expect([...groups.entries()].map(([kind, list]) => `${list.length} case(s), e.g. case ${list[0]!.c.n}: ${kind}`)).toEqual([]);
    if (ONLY === undefined && CASES <= 2000) expect(elapsed, 'the fuzz run stays fast').toBeLessThan(LIMIT_MS);
  }, 180_000);
});
