/**
 * Turns the plain text extracted from a published plan PDF into a draft plan. It reads the common
 * layouts line by line: Mitaka's numbered parts (使命・目標 / 経営資源 / 実施方針 / 個別事業 with
 * 目標指標) and Nakano's statements plus a tab-separated 部の経営戦略 table. Every line it cannot
 * place goes, in order, to `unplaced`, for the clerk to move: nothing is dropped.
 *
 * Each kind of line has a handler in handlers/; they share one state (state.ts). A line is first
 * offered to the handlers of lines that begin something, then to the section being read.
 */
import { fiscalYearToEra } from '../../../schemas/fiscal-year.ts';
import { textToFiscalYear } from './figures.ts';
import { isHeading } from './line-shapes.ts';
import type { SourceLine } from './source-lines.ts';
import { createState, type ImportState, type LineHandler, type Mode } from './state.ts';
import { prune } from './prune.ts';
import { withoutUndefined, type PlanDraft } from './draft.ts';
import type { ImportContext } from './import-context.ts';
import { findTitle, preambleLine, takeTitle } from './handlers/preamble.ts';
import {
  assignParts,
  closeTables,
  genericBlock,
  headingParts,
  leaderForms,
  looksLikeHeading,
  organisationLine,
  publishedDate,
  tableRowLine,
} from './handlers/generic.ts';
import { indicatorLine } from './handlers/indicators.ts';
import { TO_FILL } from '../validate/to-fill.ts';
import { leaderLine } from './handlers/leaders.ts';
import { partHeading } from './handlers/parts.ts';
import { tableLine } from './handlers/divisions-table.ts';
import { resourceHeading } from './handlers/resources.ts';
import { staffLine } from './handlers/staff.ts';
import { budgetLine } from './handlers/budget.ts';
import { policiesHeading, policyLine } from './handlers/policies.ts';
import { projectLine, projectsHeading } from './handlers/projects.ts';
import { statementHeading, statementKind, statementLine, subItemLine } from './handlers/statements.ts';

export type { ImportContext } from './import-context.ts';

export interface ImportResult {
  /** The draft plan, as it will be written (plain strings are Japanese). */
  plan: PlanDraft;
  /** Lines no field took, in order. */
  unplaced: SourceLine[];
  /** The department name printed in the text, if found. */
  departmentName?: string;
  /** How many non-empty lines the text has, and how many went into fields. */
  lines: number;
  placed: number;
}

/**
 * The lines that begin something, whatever is being read. A line that could begin two things
 * begins the more specific, in this order: a leader only before the body; a numbered part before
 * any heading in its text (4 個別事業とその目標 is part 4); a table row before a heading; a named
 * section (予算, 実施方針, 個別事業) before a statement heading, whose words (目標, 方針) it may contain.
 */
const BEGINS: LineHandler[] = [
  preambleLine,
  subItemLine,
  publishedDate,
  organisationLine,
  leaderLine,
  leaderForms,
  partHeading,
  tableLine,
  indicatorLine,
  tableRowLine,
  resourceHeading,
  policiesHeading,
  projectsHeading,
  statementHeading,
];

/** A line that begins nothing goes to the section being read, if it is of that section's kind. */
const CONTINUES: Partial<Record<Mode['kind'], LineHandler>> = {
  statement: statementLine,
  staff: staffLine,
  budget: budgetLine,
  policies: policyLine,
  projects: projectLine,
};

/** Places one line in the state; false leaves it for the clerk. */
function place(line: SourceLine, next: SourceLine | undefined, state: ImportState): boolean {
  const table = state.lastTable;
  state.lastTable = undefined;
  for (const handle of BEGINS) {
    if (handle === tableRowLine) state.lastTable = table;
    const taken = handle(line, next, state);
    if (taken) return taken === true;
    if (handle === tableRowLine && state.lastTable === table) state.lastTable = undefined;
  }
  if (CONTINUES[state.mode.kind]?.(line, next, state)) return true;
  // A heading no section knows begins a block under it; a line under it is its paragraph or item.
  if (['start', 'other', 'statement', 'table', 'indicators'].includes(state.mode.kind) && looksLikeHeading(line, next))
    return (genericBlock(line, state, statementKind(line.text)), true);
  return false;
}

export function importPlanText(text: string, context: ImportContext): ImportResult {
  const state = createState(text, context);
  const { source, sections, parts } = state;
  const all = source.lines;
  // A title given by the caller is the line that prints it, if one does.
  if (context.title) takeTitle(context.title, state);
  state.titleLine = context.title ? all.slice(0, 10).find((l) => l.text === context.title) : findTitle(all);
  let pendingHeading: SourceLine | undefined;
  all.forEach((line, i) => {
    state.at = line.number;
    if (place(line, all[i + 1], state)) {
      source.use(line);
      // A heading line just before a table is the table's heading (部の経営戦略).
      const table = sections.get('divisions');
      if (pendingHeading && state.mode.kind === 'table' && table && !table.heading) {
        table.heading = pendingHeading.text;
        source.use(pendingHeading);
      }
      pendingHeading = undefined;
    } else if (isHeading(line.text) && !line.cells) pendingHeading = line;
  });

  if (!state.fiscalYear) for (const line of all) state.fiscalYear ??= isHeading(line.text, 40) ? textToFiscalYear(line.text) : undefined;
  // A section begun before the first numbered part belongs to that part; a part that got no section
  // gives its heading back to the clerk rather than publishing an empty chapter.
  closeTables(state);
  const heads = headingParts(state);
  prune(state);
  assignParts(state, heads);
  const first = parts[0];
  const byBlocks = parts.some((p) => p.blocks?.length);
  if (first)
    first.sections.unshift(
      ...sections.keys().filter((k) => !(byBlocks && k === 'statements') && !parts.some((p) => p.sections.includes(k))),
    );
  for (const p of parts) if (!p.sections.length && !p.blocks?.length) source.release(p.line);
  const unplaced = source.unused();
  return {
    plan: withoutUndefined(toDraft(state, context)),
    unplaced,
    departmentName: state.departmentName,
    lines: all.length,
    placed: all.filter((line) => !unplaced.includes(line)).length,
  };
}

/** The draft plan from what the state gathered. */
function toDraft(state: ImportState, context: ImportContext): PlanDraft {
  const { departmentName, fiscalYear, sections, parts } = state;
  const title = state.title ?? TO_FILL;
  const excerpt = !!context.excerpt;
  const indicators = sections.get('indicators');
  const organisation = sections.get('organisation');
  const era = fiscalYear ? fiscalYearToEra(fiscalYear).label : '';
  const sourceTitle =
    title && departmentName && !title.includes(departmentName)
      ? `${departmentName} ${title}${title.includes(era) ? '' : ` ${era}`}`
      : title;
  const divisions = sections.get('divisions');
  return {
    municipality: context.municipality,
    department: context.department,
    fiscalYear,
    documentType: state.documentType ?? TO_FILL,
    title,
    departmentName: departmentName && context.departmentName && departmentName !== context.departmentName ? departmentName : undefined,
    asOf: state.asOf,
    leaders: state.leaders.length ? state.leaders : undefined,
    organisation: organisation?.units?.length ? { heading: organisation.heading, units: organisation.units } : undefined,
    contact: state.phone ? { phone: state.phone } : undefined,
    parts: parts.some((p) => p.sections.length || p.blocks?.length)
      ? parts
          .filter((p) => p.sections.length || p.blocks?.length)
          .map(({ heading, sections, blocks }) => ({
            heading,
            ...(sections.length ? { sections } : {}),
            ...(blocks?.length ? { blocks } : {}),
          }))
      : undefined,
    statements: sections.has('statements') ? { blocks: state.blocks } : undefined,
    divisions: divisions ? { heading: divisions.heading, columns: divisions.columns, items: state.divisions } : undefined,
    resources: sections.get('resources'),
    policies: sections.has('policies') ? { ...sections.get('policies'), items: state.policies } : undefined,
    indicators: indicators && state.indicators.length ? { ...indicators, items: state.indicators } : undefined,
    projects: sections.has('projects') ? { ...sections.get('projects'), items: state.projects } : undefined,
    source: {
      title: sourceTitle,
      publisher: context.publisher,
      url: state.url,
      published: state.published,
      completeness: excerpt ? 'excerpt' : 'full',
      note: excerpt
        ? { ja: '公表された文書の抜粋から取り込み。', en: 'Imported from an excerpt of the published document.' }
        : { ja: '公表されたPDFの本文から取り込み。', en: 'Imported from the text of the published PDF.' },
    },
  };
}
