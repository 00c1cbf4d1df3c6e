/**
 * One parsed file against the schema of its kind, with the two markers a command leaves for the
 * clerk reported on their own: values still 要入力 (`npm run new`) and lines the import could not place.
 */
import { z } from 'astro/zod';
import { DepartmentSchema, GlossarySchema, MunicipalitySchema, PlanSchema } from '../../../schemas/index.ts';
import type { Report } from './diagnostic.ts';
import { locateIn, type ParsedFile } from './parsed-file.ts';
import { UNPLACED_KEY, toFillMessage, toFillPaths } from './to-fill.ts';
import { zodIssuesToProblems } from './zod-problems.ts';
import { cutTexts } from './yaml-problems.ts';

const SCHEMAS = { glossary: GlossarySchema, municipality: MunicipalitySchema, department: DepartmentSchema, plan: PlanSchema };
const JSON_SCHEMAS = Object.fromEntries(
  Object.entries(SCHEMAS).map(([kind, schema]) => [kind, z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })]),
);

/**
 * Reports every problem of the file's fields, and returns the parsed value when the file is valid
 * and finished (nothing left to fill, nothing left unplaced); otherwise undefined.
 */
export function checkSchema(f: ParsedFile, report: Report): unknown {
  const where = (path: readonly PropertyKey[], atKey = false) => locateIn(f, path, atKey);
  // Values left as 要入力 by `npm run new` are reported once each, and not again as wrong types.
  const unfilled = toFillPaths(f.data);
  for (const path of unfilled) {
    const { line, column } = where(path);
    report(f.file, line, column, path, 'to-be-filled', toFillMessage(f.kind, path));
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
      cutTextsAt: (path) => cutTexts(f.pos().doc, f.text, path),
      schema: JSON_SCHEMAS[f.kind] as never,
    });
    // A slip seen by several branches of a union (a text is "string | {ja, en}") is said once.
    const said = new Set<string>();
    for (const p of problems) {
      if (isUnfilled(p.path)) continue;
      const key = `${JSON.stringify(p.path)} ${p.code}`;
      if (said.has(key)) continue;
      said.add(key);
      const { line, column } = where(p.path, p.atKey);
      report(f.file, line, column, p.path, p.code, p);
    }
    return undefined;
  }
  return !unfilled.length && !leftover ? result.data : undefined;
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
