/**
 * The UI dictionaries (src/i18n/ja/*.ts, en/*.ts) against the code that uses them:
 * - every key is used in src/: written out as a string ('plan.meta' in a t() call, a typed map, a list
 *   of keys), or built by a template (`compare.status.${status}`). Each template that builds keys is
 *   listed in DYNAMIC with the source of its suffixes: a schema's enum, a list the code exports, or a
 *   map typed by the union the code takes (`astro check` fails when the union changes), so a key that
 *   no code writes and no template can build fails, and so does a new template nobody listed;
 * - the areas share no key, and each English area has exactly its Japanese area's keys;
 * - a browser bundle carries only the areas it shows: the modules the comparison page's script loads
 *   reach browser.ts's areas and no other dictionary; the search script reaches none.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/ja.ts';
import { en } from '../../src/i18n/en.ts';
import { LANGS } from '../../src/i18n/index.ts';
import type { TaishouChange } from '../../src/lib/compare/taishou.ts';
import { INDICATOR_VALUE_ROLES, PLAN_SECTION_KEYS } from '../../schemas/plan/index.ts';
import { DEPARTMENT_KINDS } from '../../schemas/department-kind.ts';
import {
  BUDGET_COLUMNS,
  INDICATOR_COLUMNS,
  PLAN_JSON_FIELDS,
  PROJECT_COLUMNS,
  STAFF_COLUMNS,
} from '../../src/lib/export/data-dictionary.ts';
import type { IndicatorStatus } from '../../src/lib/figures/indicators.ts';
import type { EvaluationRow, ThreadCell } from '../../src/lib/compare/timeline.ts';
import type { pluralCategory } from '../../src/lib/view/department-kinds.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path];
  });

/** The members of a union, listed in a map the type checker holds to exactly that union. */
const membersOf = <T extends string>(map: Record<T, true>): T[] => Object.keys(map) as T[];

/** The enum values of every property `name` in a published JSON schema. */
function enumOf(schemaName: string, name: string): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    const property = (record.properties as Record<string, { enum?: string[]; items?: { enum?: string[] } }> | undefined)?.[name];
    for (const value of property?.enum ?? property?.items?.enum ?? []) out.add(value);
    Object.values(record).forEach(walk);
  };
  walk(JSON.parse(read(`schemas/${schemaName}.schema.json`)));
  if (out.size === 0) throw new Error(`no enum for ${name} in ${schemaName}.schema.json`);
  return [...out];
}

/** Every property name in the published plan schema (the fields a plan's data can have). */
function planProperties(): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Record<string, unknown>;
    if (record.properties && typeof record.properties === 'object') for (const key of Object.keys(record.properties)) out.add(key);
    Object.values(record).forEach(walk);
  };
  walk(JSON.parse(read('schemas/plan.schema.json')));
  return [...out];
}

/** The top-level properties of a plan: the first part of the path of a row in the 新旧対照表. */
const planTopLevel = () => Object.keys((JSON.parse(read('schemas/plan.schema.json')) as { properties: object }).properties);

/** A literal list in a source file, found by the text around it; fails when the code no longer has it. */
function listIn(path: string, pattern: RegExp): string[] {
  const list = pattern.exec(read(path))?.[1];
  if (!list) throw new Error(`${path}: no list matching ${pattern}`);
  const quoted = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  return quoted.length ? quoted : [list];
}

/**
 * Every template in src/ that builds a dictionary key, as its text with each `${…}` written `${}`, and
 * for each `${}` where its values come from.
 */
const DYNAMIC: Record<string, () => string[][]> = {
  // The computed status of an indicator (figures/indicators.ts).
  'compare.status.${}': () => [membersOf<IndicatorStatus>({ met: true, 'not-met': true, indeterminable: true })],
  // The role of an indicator's value (the schema's list).
  'compare.role.${}': () => [[...INDICATOR_VALUE_ROLES]],
  'indicator.role.${}': () => [[...INDICATOR_VALUE_ROLES]],
  // The kind of an evaluated item in the comparison (compare/timeline.ts).
  'compare.evalKind.${}': () => [membersOf<EvaluationRow['kind']>({ plan: true, goal: true, project: true, indicator: true })],
  // How a division came from an earlier one (the plan schema), and a department (the department schema).
  'compare.lineage.${}': () => [enumOf('plan', 'type')],
  'lineage.${}': () => [enumOf('department', 'type')],
  'lineage.successor.${}': () => [enumOf('department', 'type')],
  // A thread's state in a year (compare/timeline.ts).
  'compare.state.${}': () => [membersOf<ThreadCell<unknown>['state']>({ new: true, continued: true, renamed: true })],
  // The kinds of change the 新旧対照表's summary counts (compare/taishou.ts).
  'taishou.count.${}': () => [membersOf<TaishouChange>({ added: true, removed: true, changed: true, 'not-in-excerpt': true })],
  // The 新旧対照表 words a source's completeness (compare/taishou.ts CODE_WORDS).
  'taishou.completeness.${}': () => [enumOf('plan', 'completeness')],
  'period.${}': () => [enumOf('plan', 'period')],
  'comparator.${}': () => [enumOf('plan', 'comparator')],
  'source.${}': () => [enumOf('plan', 'completeness')],
  // A statement block's kind; the 新旧対照表 also tries a unit's kind with this prefix first.
  'statement.kind.${}': () => [enumOf('plan', 'kind')],
  // The measures Indicators.astro lists under an indicator.
  'indicator.${}': () => [listIn('src/components/Indicators.astro', /const measureRows[^[]*\(\[([^\]]*)\] as const\)/)],
  // The sections of a plan page (PlanView, sections.ts, a part's `sections` in the 新旧対照表).
  'section.${}': () => [[...PLAN_SECTION_KEYS]],
  'lang.${}': () => [[...LANGS]],
  // A unit's kind, or 'mixed' for units of different kinds (view/department-kinds.ts), by plural form.
  'departmentKind.${}.${}': () => [
    [...DEPARTMENT_KINDS, 'mixed'],
    membersOf<ReturnType<typeof pluralCategory>>({ one: true, other: true }),
  ],
  'departmentKind.${}.counter': () => [[...DEPARTMENT_KINDS, 'mixed']],
  'departmentKind.${}.one': () => [[...DEPARTMENT_KINDS]],
  'plans.count.${}': () => [membersOf<ReturnType<typeof pluralCategory>>({ one: true, other: true })],
  'municipalityKind.${}': () => [enumOf('municipality', 'kind')],
  // The format of a column or field in the data dictionary.
  'data.fmt.${}': () => [
    [...new Set([...INDICATOR_COLUMNS, ...BUDGET_COLUMNS, ...STAFF_COLUMNS, ...PROJECT_COLUMNS, ...PLAN_JSON_FIELDS].map((f) => f.format))],
  ],
  // The 新旧対照表 names a row by the fields of its path (any property of a plan, and the indicator
  // status that compare/align.ts adds) and by its section (a top-level property of a plan).
  'field.${}': () => [[...planProperties(), ...listIn('src/lib/compare/align.ts', /Object\.assign\(indicator, \{ (status): /)]],
  'section.${}#taishou': () => [planTopLevel()],
};

/** Source files that use the dictionaries (not the dictionaries themselves). */
const sources = filesUnder('src')
  .filter((path) => /\.(ts|astro|mjs)$/.test(path) && !path.startsWith('src/i18n/'))
  .map((path) => ({ path, text: read(path) }));
/** The code without its comment lines: a key mentioned in a comment is not a use. */
const code = (text: string) =>
  text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*|\{\/\*)/.test(line))
    .join('\n');

/** The templates that build a key: `prefix.${…}…` with the prefix of some key. */
function keyTemplates(text: string): string[] {
  const keys = Object.keys(ja);
  const out: string[] = [];
  for (const m of text.matchAll(/`([\w-]+\.(?:[\w-]+\.)*)\$\{/g)) {
    if (!keys.some((k) => k.startsWith(m[1]!))) continue;
    let pattern = m[1]!;
    let i = m.index + 1 + m[1]!.length;
    for (;;) {
      if (text.startsWith('${', i)) {
        let depth = 0;
        for (; i < text.length; i++) {
          if (text[i] === '{') depth++;
          else if (text[i] === '}' && --depth === 0) break;
        }
        i++;
        pattern += '${}';
      } else if (/[\w.-]/.test(text[i] ?? '')) pattern += text[i++];
      else break;
    }
    out.push(pattern);
  }
  return out;
}

function expand(pattern: string, slots: string[][]): string[] {
  let keys = [pattern.replace(/#.*$/, '')];
  for (const values of slots) keys = keys.flatMap((key) => values.map((value) => key.replace('${}', value)));
  return keys;
}

describe('UI keys', () => {
  const all = Object.keys(ja);
  const texts = sources.map((s) => code(s.text)).join('\n');
  const templates = [...new Set(sources.flatMap((s) => keyTemplates(code(s.text))))].sort();

  it('lists every template that builds a key in DYNAMIC, and no template that is gone', () => {
    expect(templates).toEqual([...new Set(Object.keys(DYNAMIC).map((p) => p.replace(/#.*$/, '')))].sort());
  });

  it('uses every key of the dictionaries in src/, written out or built by a listed template', () => {
    const used = new Set<string>();
    for (const m of texts.matchAll(/(['"`])([\w.-]+)\1/g)) used.add(m[2]!);
    for (const [pattern, slots] of Object.entries(DYNAMIC)) for (const key of expand(pattern, slots())) used.add(key);
    expect(all.filter((key) => !used.has(key))).toEqual([]);
  });

  it('gives each key to one area, and English the same keys as Japanese in each area', async () => {
    const areas = readdirSync(join(root, 'src/i18n/ja')).filter((f) => f.endsWith('.ts'));
    expect(
      readdirSync(join(root, 'src/i18n/en'))
        .filter((f) => f.endsWith('.ts'))
        .sort(),
    ).toEqual([...areas].sort());
    const seen = new Map<string, string>();
    let count = 0;
    for (const file of areas) {
      const name = file.replace(/\.ts$/, '');
      const jaArea = ((await import(`../../src/i18n/ja/${name}.ts`)) as Record<string, Record<string, string>>)[name]!;
      const enArea = ((await import(`../../src/i18n/en/${name}.ts`)) as Record<string, Record<string, string>>)[name]!;
      expect(Object.keys(enArea), file).toEqual(Object.keys(jaArea));
      for (const key of Object.keys(jaArea)) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
        seen.set(key, file);
      }
      count += Object.keys(jaArea).length;
    }
    // ja.ts and en.ts merge every area.
    expect(count).toBe(all.length);
    expect(Object.keys(en).sort()).toEqual([...all].sort());
  });
});

/** The src/ modules a module loads (its imports other than `import type`), following them. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = read(path);
    const specifiers = [
      ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1]!),
      ...[...text.matchAll(/^\s*import\s+'(\.[^']+)'/gm)].map((m) => m[1]!),
      ...[...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1]!),
    ];
    for (const specifier of specifiers) visit(relative(root, resolve(root, dirname(path), specifier)));
  };
  visit(entry);
  return seen;
}

describe('UI text in browser bundles', () => {
  it("loads only browser.ts's areas with the comparison page's script", () => {
    const i18n = [...reachable('src/lib/compare/taishou-client.ts')].filter((p) => p.startsWith('src/i18n/')).sort();
    expect(i18n).toEqual([
      'src/i18n/browser.ts',
      'src/i18n/en/codes.ts',
      'src/i18n/en/fields.ts',
      'src/i18n/en/taishou.ts',
      'src/i18n/ja/codes.ts',
      'src/i18n/ja/fields.ts',
      'src/i18n/ja/taishou.ts',
      'src/i18n/translate.ts',
    ]);
  });

  it('loads no dictionary with the search script (the page hands it its messages)', () => {
    expect([...reachable('src/lib/search/client.ts')].filter((p) => p.startsWith('src/i18n/'))).toEqual([]);
  });

  it("has the pages' scripts load no dictionary themselves", () => {
    for (const { path, text } of sources.filter((s) => s.path.endsWith('.astro'))) {
      for (const script of text.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(script[1], path).not.toMatch(/i18n\/(index|ja|en)/);
      }
    }
  });
});
