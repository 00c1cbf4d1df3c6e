import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { z } from 'astro/zod';
import {
  DepartmentSchema, GlossarySchema, MunicipalitySchema, PlanSchema,
  type Department, type Glossary, type Municipality, type Plan,
} from '../../../schemas/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { compareDiagnostics, formatPath, type Bilingual, type Diagnostic } from './diagnostic.ts';
import { readSource } from './read-source.ts';
import { yamlErrorToProblem } from './yaml-problems.ts';
import { zodIssuesToProblems } from './zod-problems.ts';
import { locate } from './locate.ts';
import { TO_FILL, UNPLACED_KEY, toFillPaths } from './to-fill.ts';
import { PACKAGE_SCHEMAS_DIR, SCHEMA_COMMENT_PREFIX, schemaPath } from './schema-comment.ts';

export interface PlanRecord {
  /** Path relative to the project root, e.g. content/mitaka/soumu/2017.yaml. */
  file: string;
  plan: Plan;
}

/** Everything in content/, validated, with the glossary's English filled in. */
export interface SiteContent {
  glossary: Glossary;
  municipalities: Municipality[];
  departments: Department[];
  plans: PlanRecord[];
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Present only when there is no diagnostic: nothing half-valid is ever published. */
  content?: SiteContent;
  fileCount: number;
}

type FileKind = 'glossary' | 'municipality' | 'department' | 'plan';

const SCHEMAS = { glossary: GlossarySchema, municipality: MunicipalitySchema, department: DepartmentSchema, plan: PlanSchema };
const JSON_SCHEMAS = Object.fromEntries(
  Object.entries(SCHEMAS).map(([kind, schema]) => [kind, z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })]),
);

/** Where each kind of file lives under content/, and what its parts of the path mean. */
function classify(parts: string[]): { kind: FileKind; municipality?: string; department?: string; year?: number } | undefined {
  if (parts.length === 1 && parts[0] === 'glossary.yaml') return { kind: 'glossary' };
  if (parts.length === 2 && parts[1] === 'municipality.yaml') return { kind: 'municipality', municipality: parts[0] };
  if (parts.length === 3 && parts[2] === 'department.yaml') return { kind: 'department', municipality: parts[0], department: parts[1] };
  const year = parts.length === 3 ? parts[2].match(/^(\d{4})\.yaml$/) : null;
  if (year) return { kind: 'plan', municipality: parts[0], department: parts[1], year: Number(year[1]) };
  return undefined;
}

interface ParsedFile {
  file: string;
  text: string;
  kind: FileKind;
  /** The YAML document with source positions, parsed only when a problem needs a line and column. */
  pos: () => { doc: Document; lines: LineCounter };
  data: unknown;
  place: ReturnType<typeof classify> & object;
}

/**
 * Validates every file under the content directory (or only `only`, paths relative to `projectRoot`,
 * while still reading the rest for cross-file rules) and reports every problem, not just the first.
 * `copyOf` is the folder `projectRoot` stands for when the tree is a copy (a commit or git's index
 * checked out elsewhere): the files' `$schema` paths are followed from there.
 */
export async function validateContent(projectRoot: string, options: { contentDir?: string; only?: string[]; copyOf?: string } = {}): Promise<ValidationResult> {
  const contentDir = options.contentDir ?? join(projectRoot, 'content');
  const rel = (abs: string) => relative(projectRoot, abs).split(sep).join('/');
  /** The content folder as messages name it (content, or whatever the site calls it). */
  const folder = rel(contentDir) || '.';
  const real = (path: string) => (options.copyOf ? join(options.copyOf, relative(projectRoot, path)) : path);
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, line: number, column: number, path: readonly PropertyKey[], code: string, msg: Bilingual) =>
    diagnostics.push({ file, line, column, path: formatPath(path), code, ja: msg.ja, en: msg.en });

  const files = (await listFiles(contentDir)).sort();
  const contents = await readAll(files);
  const parsed: ParsedFile[] = [];
  for (const [index, abs] of files.entries()) {
    const file = rel(abs);
    const parts = relative(contentDir, abs).split(sep);
    const place = classify(parts);
    if (!place) {
      const yml = abs.endsWith('.yml');
      report(file, 1, 1, [], 'unknown-file', {
        ja: yml
          ? '拡張子は .yml ではなく .yaml にしてください。'
          : `${folder}/ のこの場所には置けないファイルです。置き場所は glossary.yaml、<団体>/municipality.yaml、<団体>/<部>/department.yaml、<団体>/<部>/<西暦年度>.yaml（例 mitaka/soumu/2017.yaml）です。`,
        en: yml
          ? 'Name the file .yaml, not .yml.'
          : `This file has no place in ${folder}/. Files go at glossary.yaml, <municipality>/municipality.yaml, <municipality>/<department>/department.yaml or <municipality>/<department>/<year>.yaml (e.g. mitaka/soumu/2017.yaml).`,
      });
      continue;
    }
    const { text, problems } = readSource(contents[index]);
    for (const p of problems) report(file, p.line, p.column, [], p.code, p);
    if (text === undefined) continue;
    checkSchemaComment(text, real(abs), real(dirname(contentDir)), place.kind, (msg) => report(file, 1, 1, [], 'schema-comment', msg));
    const pos = positional(text);
    let data = fastLoad(text);
    if (data === SLOW) {
      // The fast reader refused the file (or it uses anchors): the full parser says exactly what is wrong.
      const { doc } = pos();
      const yamlErrors = [...doc.errors, ...doc.warnings];
      for (const error of yamlErrors) {
        const p = yamlErrorToProblem(error, text);
        report(file, p.line, p.column, [], p.code, p);
      }
      if (yamlErrors.length) continue;
      try {
        data = doc.toJS({ maxAliasCount: 50 });
      } catch (error) {
        const p = aliasProblem(error, text, pos().lines);
        report(file, p.line, p.column, [], p.code, p);
        continue;
      }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      report(file, 1, 1, [], 'not-a-mapping', {
        ja: 'ファイルの中身が「項目名: 値」の形になっていません。ひな形（docs/authoring.md）から書き始めてください。',
        en: 'The file does not hold "key: value" fields. Start from the template in docs/authoring.md.',
      });
      continue;
    }
    parsed.push({ file, text, kind: place.kind, pos, data, place });
  }

  const valid = new Map<ParsedFile, unknown>();
  for (const f of parsed) {
    const where = (path: readonly PropertyKey[], atKey = false) => locate(f.pos().doc, f.pos().lines, path, atKey);
    // Values left as 要入力 by `npm run new` are reported once each, and not again as wrong types.
    const unfilled = toFillPaths(f.data);
    for (const path of unfilled) {
      const { line, column } = where(path);
      report(f.file, line, column, path, 'to-be-filled', {
        ja: `まだ記入されていません（${TO_FILL}）。この年度の値を記入してください。`,
        en: `Not filled in yet (${TO_FILL}). Enter this year's value.`,
      });
    }
    const isUnfilled = (path: PropertyKey[]) => unfilled.some((u) => u.every((seg, i) => path[i] === seg));
    const leftover = f.kind === 'plan' ? unplacedLines(f.data as Record<string, unknown>) : undefined;
    if (leftover) {
      leftover.forEach((_, i) => {
        const { line, column } = where([UNPLACED_KEY, i]);
        report(f.file, line, column, [UNPLACED_KEY, i], 'unplaced-text', {
          ja: '取り込み（npm run import）で置き場所が決まらなかった文です。正しい項目へ移し（計画の内容でなければ削除し）、最後に unplaced: の行を消してください。',
          en: 'Text the import (npm run import) could not place. Move it into its field (or delete it if it is not part of the plan), then remove the unplaced: key.',
        });
      });
    }
    const result = SCHEMAS[f.kind].safeParse(leftover ? withoutUnplaced(f.data as Record<string, unknown>) : f.data);
    if (!result.success) {
      const problems = zodIssuesToProblems(result.error.issues, {
        valueAt: (path) => path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], f.data),
        hasPath: (path) => path.length === 0 || f.pos().doc.hasIn(path as (string | number)[]),
        sourceAt: (path) => {
          const node = f.pos().doc.getIn(path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
          return node?.range ? f.text.slice(node.range[0], node.range[1]) : undefined;
        },
        schema: JSON_SCHEMAS[f.kind] as never,
      });
      for (const p of problems) {
        if (isUnfilled(p.path)) continue;
        const { line, column } = where(p.path, p.atKey);
        report(f.file, line, column, p.path, p.code, p);
      }
    } else if (!unfilled.length && !leftover) valid.set(f, result.data);
    checkPlace(f, (path, msg) => {
      const { line, column } = where(path);
      report(f.file, line, column, path, 'wrong-place', msg);
    });
  }

  const content = crossFileChecks(parsed, valid, report, folder);
  const selected = options.only?.map((p) => p.split(sep).join('/').replace(/^\.\//, ''));
  const shown = selected
    ? diagnostics.filter((d) => selected.some((s) => d.file === s || d.file.startsWith(s.endsWith('/') ? s : `${s}/`)))
    : diagnostics;
  shown.sort(compareDiagnostics);
  return { diagnostics: shown, content: diagnostics.length === 0 ? content : undefined, fileCount: files.length };
}

/**
 * Rules between the years of one department: results refer to an indicator of an earlier plan, and
 * division lineage to a division of an earlier plan.
 */
function checkAcrossYears(plans: { f: ParsedFile; plan: Plan }[], present: Set<string>, at: (f: ParsedFile, path: PropertyKey[], code: string, msg: Bilingual) => void): void {
  const byKey = new Map(plans.map((p) => [`${p.plan.municipality}/${p.plan.department}/${p.plan.fiscalYear}`, p.plan]));
  for (const { f, plan } of plans) {
    const dept = `${plan.municipality}/${plan.department}`;
    plan.results?.forEach((r, i) => {
      const earlier = byKey.get(`${dept}/${r.fiscalYear}`);
      if (!earlier && present.has(`${dept}/${r.fiscalYear}`)) return;
      const project = earlier?.projects?.items.find((p) => p.id === r.project);
      const indicator = project?.indicators?.find((x) => x.id === r.indicator);
      if (!earlier || !project || !indicator) {
        const what = !earlier ? `${r.fiscalYear}年度の計画` : !project ? `事業「${r.project}」` : `指標「${r.indicator}」`;
        const whatEn = !earlier ? `the FY${r.fiscalYear} plan` : !project ? `project "${r.project}"` : `indicator "${r.indicator}"`;
        at(f, ['results', i], 'unknown-result-target', {
          ja: `実績の対象が見つかりません（${what}がありません）。fiscalYear・project・indicator を、その年度の計画にある ID にしてください。`,
          en: `The result refers to something that does not exist (${whatEn}). Use the fiscal year and ids of that year's plan.`,
        });
      }
    });
    plan.divisions?.items.forEach((d, i) =>
      d.lineage?.forEach((l, j) => {
        const found = plans.some((p) => `${p.plan.municipality}/${p.plan.department}` === dept && p.plan.fiscalYear < plan.fiscalYear && p.plan.divisions?.items.some((x) => x.id === l.division));
        if (!found) {
          at(f, ['divisions', 'items', i, 'lineage', j, 'division'], 'unknown-division-lineage', {
            ja: `課「${l.division}」はこの部のこれより前の年度の計画にありません。前の年度の課の ID を書いてください。`,
            en: `Division "${l.division}" is in no earlier plan of this department. Use the id of a division in an earlier year's plan.`,
          });
        }
      }),
    );
  }
}

/**
 * A value starting with * reads as a YAML alias, and aliases may expand without bound: both stop
 * the file from being read, so say which and how to write it instead.
 */
function aliasProblem(error: unknown, text: string, lines: LineCounter): Bilingual & { code: string; line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error);
  if (/excessive alias/i.test(message)) {
    return {
      code: 'yaml-alias-count', line: 1, column: 1,
      ja: '別名（& と * の参照）の展開が多すぎます。& や * を使わず、内容をそのまま書いてください。',
      en: 'The file expands aliases (& and * references) too many times. Write the content out instead of using & and *.',
    };
  }
  const at = text.search(/(?:^|[\s[{,])\*[^\s,\]}]/m);
  const offset = at < 0 ? 0 : at + (text[at] === '*' ? 0 : 1);
  const { line, col } = lines.linePos(offset);
  return {
    code: 'yaml-unresolved-alias', line, column: col,
    ja: '値が * で始まっているため、YAML の別名（参照）として読まれました。値全体を引用符 "…" で囲んでください。',
    en: 'The value starts with *, so YAML reads it as an alias (a reference). Put the whole value in double quotes.',
  };
}

const SLOW = Symbol('slow');
/** Anchors and aliases: left to the full parser, which limits how far aliases may expand. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,\]}]/m;

/**
 * Reads YAML data with js-yaml (YAML 1.2 core schema, duplicate keys refused), several times faster
 * than the positional parser. SLOW means: use the full parser, for its precise errors or alias limits.
 */
function fastLoad(text: string): unknown {
  if (ANCHOR_OR_ALIAS.test(text)) return SLOW;
  try {
    return loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    return SLOW;
  }
}

function positional(text: string): () => { doc: Document; lines: LineCounter } {
  let cached: { doc: Document; lines: LineCounter } | undefined;
  return () => {
    if (!cached) {
      const lines = new LineCounter();
      cached = { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true }), lines };
    }
    return cached;
  };
}

/** Reads the files a few dozen at a time: reading one after another leaves the disk idle. */
async function readAll(files: string[], concurrency = 32): Promise<Uint8Array[]> {
  const out: Uint8Array[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await readFile(files[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => join(e.parentPath, e.name));
}

/**
 * Editors find the JSON Schema through this first-line comment; without it a clerk gets no completion.
 * Its path must lead, from the file's folder, to schemas/ beside the content tree or to the package's
 * (in node_modules, or this repository's own); the fix offered is the path the commands write.
 */
function checkSchemaComment(text: string, abs: string, siteRoot: string, kind: FileKind, report: (msg: Bilingual) => void): void {
  const name = `${kind}.schema.json`;
  const path = schemaPath(abs, kind, siteRoot);
  const want = `${SCHEMA_COMMENT_PREFIX}${path}`;
  const first = text.split(/\r?\n/, 1)[0]!.trim();
  const written = first.startsWith(SCHEMA_COMMENT_PREFIX) && /^\S+$/.test(first.slice(SCHEMA_COMMENT_PREFIX.length)) ? first.slice(SCHEMA_COMMENT_PREFIX.length) : undefined;
  const target = written && resolve(dirname(abs), written);
  if (target !== join(siteRoot, 'schemas', name) && target !== join(PACKAGE_SCHEMAS_DIR, name) && target !== resolve(dirname(abs), path)) {
    report({
      ja: `1行目を「${want}」にしてください（エディタが項目の補完と説明を表示するために必要です）。`,
      en: `Make the first line "${want}" (editors need it for completion and field help).`,
    });
  }
}

/** The ids in a file must agree with the folders it sits in. */
function checkPlace(f: ParsedFile, report: (path: PropertyKey[], msg: Bilingual) => void): void {
  const data = f.data as Record<string, unknown>;
  const expect = (field: string, want: unknown, where: Bilingual) => {
    // A value of the wrong type is already reported by the schema; say nothing twice.
    if (typeof data[field] !== typeof want || data[field] === want) return;
    report([field], {
      ja: `${field} が「${String(data[field])}」ですが、このファイルは${where.ja}にあります。値を「${String(want)}」にするか、ファイルを正しい場所に移してください。`,
      en: `${field} is "${String(data[field])}" but this file is in ${where.en}. Set it to "${String(want)}" or move the file.`,
    });
  };
  const { place } = f;
  const folder = (name?: string) => ({ ja: `フォルダ「${name}」`, en: `the folder "${name}"` });
  if (f.kind === 'municipality') expect('id', place.municipality, folder(place.municipality));
  if (f.kind === 'department') {
    expect('id', place.department, folder(place.department));
    expect('municipality', place.municipality, folder(place.municipality));
  }
  if (f.kind === 'plan') {
    expect('municipality', place.municipality, folder(place.municipality));
    expect('department', place.department, folder(place.department));
    if (typeof data.fiscalYear === 'number' && data.fiscalYear !== place.year) {
      report(['fiscalYear'], {
        ja: `fiscalYear が ${data.fiscalYear} ですが、ファイル名は ${place.year}.yaml です。どちらかを直してください（ファイル名は西暦の年度）。`,
        en: `fiscalYear is ${data.fiscalYear} but the file is named ${place.year}.yaml. Correct one of them (files are named by the fiscal year).`,
      });
    }
  }
}

type Report = (file: string, line: number, column: number, path: readonly PropertyKey[], code: string, msg: Bilingual) => void;

function crossFileChecks(parsed: ParsedFile[], valid: Map<ParsedFile, unknown>, report: Report, folder: string): SiteContent | undefined {
  const at = (f: ParsedFile, path: PropertyKey[], code: string, msg: Bilingual) => {
    const { line, column } = locate(f.pos().doc, f.pos().lines, path);
    report(f.file, line, column, path, code, msg);
  };
  const byKind = (kind: FileKind) => parsed.filter((f) => f.kind === kind && valid.has(f));
  const glossaryFile = byKind('glossary')[0];
  if (!parsed.some((f) => f.kind === 'glossary')) {
    report(`${folder}/glossary.yaml`, 1, 1, [], 'missing-file', {
      ja: `${folder}/glossary.yaml（部・課の名称の英訳を決める用語集）がありません。作成してください。`,
      en: `${folder}/glossary.yaml (the fixed English of department and division names) is missing. Create it.`,
    });
  }
  const glossary = (glossaryFile ? valid.get(glossaryFile) : { terms: [] }) as Glossary;
  const english = new Map(glossary.terms.map((t) => [t.ja, t.en]));

  /** Fills a name's English from the glossary, and reports an English that contradicts it. */
  const fixName = (f: ParsedFile, path: PropertyKey[], name: LocalizedText) => {
    const fixed = english.get(name.ja);
    if (!fixed) return;
    if (name.en && name.en !== fixed) {
      at(f, [...path, 'en'], 'glossary-mismatch', {
        ja: `「${name.ja}」の英訳は用語集で「${fixed}」と決まっています。en を消すか「${fixed}」にしてください。`,
        en: `The glossary fixes the English of "${name.ja}" as "${fixed}". Remove en or write "${fixed}".`,
      });
    }
    name.en = fixed;
  };

  const municipalities = byKind('municipality').map((f) => valid.get(f) as Municipality);
  const municipalityIds = new Set(parsed.filter((f) => f.kind === 'municipality').map((f) => f.place.municipality));
  const departmentFiles = byKind('department');
  const departments = departmentFiles.map((f) => {
    const d = valid.get(f) as Department;
    fixName(f, ['name'], d.name);
    d.names?.forEach((n, i) => fixName(f, ['names', i, 'name'], n.name));
    return d;
  });
  const departmentKeys = new Set(parsed.filter((f) => f.kind === 'department').map((f) => `${f.place.municipality}/${f.place.department}`));

  for (const f of parsed) {
    if (f.kind !== 'department' && f.kind !== 'plan') continue;
    if (!municipalityIds.has(f.place.municipality)) {
      at(f, ['municipality'], 'missing-municipality', {
        ja: `団体「${f.place.municipality}」の ${folder}/${f.place.municipality}/municipality.yaml がありません。先に作成してください。`,
        en: `Municipality "${f.place.municipality}" has no ${folder}/${f.place.municipality}/municipality.yaml. Create it first.`,
      });
    }
    if (f.kind === 'plan' && !departmentKeys.has(`${f.place.municipality}/${f.place.department}`)) {
      at(f, ['department'], 'missing-department', {
        ja: `部「${f.place.department}」の ${folder}/${f.place.municipality}/${f.place.department}/department.yaml がありません。先に作成してください。`,
        en: `Department "${f.place.department}" has no ${folder}/${f.place.municipality}/${f.place.department}/department.yaml. Create it first.`,
      });
    }
  }

  // Lineage: every link names a department of the same municipality, and following links never loops.
  const lineageOf = new Map(departmentFiles.map((f) => [`${f.place.municipality}/${f.place.department}`, f]));
  for (const f of departmentFiles) {
    const d = valid.get(f) as Department;
    d.lineage?.forEach((link, i) => {
      if (link.department !== d.id && !departmentKeys.has(`${d.municipality}/${link.department}`)) {
        at(f, ['lineage', i, 'department'], 'unknown-department', {
          ja: `部「${link.department}」は ${d.municipality} にありません。${folder}/${d.municipality}/ にある部の ID を書いてください。`,
          en: `There is no department "${link.department}" in ${d.municipality}. Use the id of a department in ${folder}/${d.municipality}/.`,
        });
      }
    });
    const seen: string[] = [`${d.municipality}/${d.id}`];
    const walk = (key: string): string[] | undefined => {
      const next = lineageOf.get(key);
      for (const link of (next && (valid.get(next) as Department).lineage) ?? []) {
        const linkKey = `${d.municipality}/${link.department}`;
        if (linkKey === seen[0]) return [...seen, linkKey];
        if (seen.includes(linkKey)) continue;
        seen.push(linkKey);
        const loop = walk(linkKey);
        if (loop) return loop;
        seen.pop();
      }
      return undefined;
    };
    const loop = d.lineage?.some((l) => l.department === d.id) ? undefined : walk(seen[0]);
    if (loop) {
      at(f, ['lineage'], 'lineage-cycle', {
        ja: `部の系譜が循環しています（${loop.map((k) => k.split('/')[1]).join(' → ')}）。どこかの lineage を直してください。`,
        en: `The department lineage goes round in a circle (${loop.map((k) => k.split('/')[1]).join(' → ')}). Correct one of the lineage entries.`,
      });
    }
  }

  const plans: PlanRecord[] = byKind('plan').map((f) => {
    const plan = valid.get(f) as Plan;
    if (plan.departmentName) fixName(f, ['departmentName'], plan.departmentName);
    plan.divisions?.items.forEach((d, i) => {
      fixName(f, ['divisions', 'items', i, 'name'], d.name);
      d.sections?.forEach((s, j) => fixName(f, ['divisions', 'items', i, 'sections', j, 'name'], s.name));
    });
    return { file: f.file, plan };
  });
  // A plan that is present but has its own errors is not "missing" for a later plan's results.
  const present = new Set(parsed.filter((f) => f.kind === 'plan').map((f) => `${f.place.municipality}/${f.place.department}/${f.place.year}`));
  checkAcrossYears(byKind('plan').map((f) => ({ f, plan: valid.get(f) as Plan })), present, at);
  const order = (r: PlanRecord) => `${r.plan.municipality}/${r.plan.department}/${r.plan.fiscalYear}`;
  plans.sort((a, b) => order(a).localeCompare(order(b)));
  municipalities.sort((a, b) => a.id.localeCompare(b.id));
  departments.sort((a, b) => `${a.municipality}/${a.id}`.localeCompare(`${b.municipality}/${b.id}`));
  return { glossary, municipalities, departments, plans };
}

/** The lines an import left for the clerk, when the file still has them (a list, as the import writes it). */
function unplacedLines(data: Record<string, unknown>): unknown[] | undefined {
  const value = data[UNPLACED_KEY];
  return Array.isArray(value) && value.length ? value : undefined;
}

/** The plan without the import's leftovers, so its other fields are checked as usual meanwhile. */
function withoutUnplaced(data: Record<string, unknown>): Record<string, unknown> {
  const { [UNPLACED_KEY]: _, ...rest } = data;
  return rest;
}
