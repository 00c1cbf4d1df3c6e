/**
 * What the import knows while it reads a plan's text line by line: the fields found so far, the
 * sections begun, and the mode (which section the next plain line belongs to). Handlers change it.
 */
import type { SectionKey } from '../../../schemas/plan/index.ts';
import type { ImportContext } from './import-context.ts';
import { SourceLines, type SourceLine } from './source-lines.ts';
import { Ids, itemsAt, type Data } from './references.ts';
import type {
  BudgetSectionDraft,
  DivisionDraft,
  DivisionsSectionDraft,
  IndicatorDraft,
  IndicatorsSectionDraft,
  LeaderDraft,
  OrganisationSectionDraft,
  PoliciesSectionDraft,
  PolicyDraft,
  ProjectDraft,
  ProjectsSectionDraft,
  ResourcesDraft,
  StaffSectionDraft,
  StatementDraft,
} from './draft.ts';

/** Which section a line that starts nothing belongs to. */
export type Mode =
  | { kind: 'start' }
  | { kind: 'statement'; block: StatementDraft }
  | { kind: 'staff'; staff: StaffSectionDraft }
  | { kind: 'budget'; budget: BudgetSectionDraft; label?: SourceLine }
  | { kind: 'policies'; policy?: PolicyDraft }
  | { kind: 'projects'; project?: ProjectDraft; indicators: boolean }
  | { kind: 'table'; columns: string[]; section: DivisionsSectionDraft }
  | {
      kind: 'indicators';
      indicator?: IndicatorDraft;
      expect?: IndicatorRow;
      columns?: string[];
      values?: Record<number, { label: string; value?: string; at?: string }>;
    }
  | { kind: 'other' };

/** What the next row of a 指標 table holds, from the header row before it (指標名 | 指標の分類, 根拠となる計画等 | …). */
export type IndicatorRow = { kind: 'label' | 'basis'; columns: string[]; line: SourceLine };

/** A numbered part of the document (1 部の使命・目標に関する認識) and the sections begun in it. */
export interface Part {
  heading: string;
  sections: SectionKey[];
  /** Ids of the statement blocks in the part, when statements span parts. */
  blocks?: string[];
  line: SourceLine;
}

/** What each section holds besides its items, which the state keeps in lists of their own. */
export interface SectionDrafts {
  organisation: OrganisationSectionDraft;
  indicators: IndicatorsSectionDraft;
  statements: { heading?: string };
  divisions: DivisionsSectionDraft;
  resources: ResourcesDraft;
  policies: PoliciesSectionDraft;
  projects: ProjectsSectionDraft;
}

/** The sections begun so far, in the order they were begun: the first part lists them in that order. */
export class Sections {
  private readonly begun = new Map<SectionKey, object>();
  get<K extends SectionKey>(key: K): SectionDrafts[K] | undefined {
    return this.begun.get(key) as SectionDrafts[K] | undefined;
  }
  set<K extends SectionKey>(key: K, value: SectionDrafts[K]): void {
    this.begun.set(key, value);
  }
  has(key: SectionKey): boolean {
    return this.begun.has(key);
  }
  delete(key: SectionKey): void {
    this.begun.delete(key);
  }
  keys(): SectionKey[] {
    return [...this.begun.keys()];
  }
}

export interface ImportState {
  readonly source: SourceLines;
  /** The department's other plans, nearest year first. */
  readonly references: Data[];
  /** Ids for new items, reusing those of alike items in the references. */
  readonly ids: Record<'divisions' | 'policies' | 'projects' | 'staff' | 'budget', Ids>;
  title?: string;
  documentType?: string;
  asOf?: string;
  url?: string;
  departmentName?: string;
  fiscalYear?: number;
  /** 最終更新日・公開日 of a web page, as YYYY-MM-DD. */
  published?: string;
  /** 電話番号 printed with the unit. */
  phone?: string;
  /** The block whose last table the next table row continues (reset by any other line). */
  lastTable?: StatementDraft;
  /** The number of the line being read, and where each block and section began (for parts by heading). */
  at: number;
  readonly positions: Map<object, number>;
  /** A 部局名 | 部局長名 | … header row just read, for the row under it. */
  organisationHeader?: (string | null)[];
  /** The indent of the list item just read, for the lines indented under it. */
  itemIndent?: number;
  /** Whether the last table's header row began with a pipe (an empty corner cell). */
  cornerCell?: boolean;
  /** The title line found before reading (see findTitle), if any. */
  titleLine?: SourceLine;
  readonly leaders: LeaderDraft[];
  readonly parts: Part[];
  readonly sections: Sections;
  /** The lines a heading-only record was made from, to give back if nothing goes under it. */
  readonly origins: Map<object, SourceLine[]>;
  readonly blocks: StatementDraft[];
  readonly divisions: DivisionDraft[];
  readonly policies: PolicyDraft[];
  readonly projects: ProjectDraft[];
  readonly indicators: IndicatorDraft[];
  mode: Mode;
}

export function createState(text: string, context: ImportContext): ImportState {
  const references = context.references ?? [];
  return {
    source: new SourceLines(text),
    references,
    ids: {
      divisions: new Ids(itemsAt(references, 'divisions', 'items')),
      policies: new Ids(itemsAt(references, 'policies', 'items')),
      projects: new Ids(itemsAt(references, 'projects', 'items')),
      staff: new Ids(itemsAt(references, 'resources', 'staff', 'items')),
      budget: new Ids(itemsAt(references, 'resources', 'budget', 'items')),
    },
    url: context.url,
    fiscalYear: context.fiscalYear,
    leaders: [],
    parts: [],
    sections: new Sections(),
    origins: new Map(),
    blocks: [],
    divisions: [],
    policies: [],
    projects: [],
    indicators: [],
    at: 0,
    positions: new Map(),
    mode: { kind: 'start' },
  };
}

/** A section of the plan, created the first time something goes into it and listed in the current part. */
export function section<K extends SectionKey>(state: ImportState, key: K): SectionDrafts[K] {
  let s = state.sections.get(key);
  if (!s) {
    s = {} as SectionDrafts[K];
    state.sections.set(key, s);
    state.positions.set(s, state.at);
    state.parts.at(-1)?.sections.push(key);
  }
  return s;
}

/** The division of that name, added (and the divisions section begun) the first time it is named. */
export function divisionNamed(state: ImportState, name: string): DivisionDraft {
  let division = state.divisions.find((d) => d.name === name);
  if (!division) {
    section(state, 'divisions');
    division = { id: state.ids.divisions.pick(name, `division-${state.divisions.length + 1}`, true), name };
    state.divisions.push(division);
  }
  return division;
}

/** Records a line a heading-only record was made from (see `prune`). */
export function origin(state: ImportState, record: object, line: SourceLine): void {
  state.origins.set(record, [...(state.origins.get(record) ?? []), line]);
}

/** The number the next project must have. */
export const nextProjectNumber = (state: ImportState) => state.projects.length + 1;

/**
 * Takes a line into the state when it is of the handler's kind (`next` for look-ahead), and says whether
 * it did: `read` when it took what the line says into fields but the line has words no field holds
 * (labels such as 所属長名), so it stays for the clerk and no other handler takes it.
 */
export type LineHandler = (line: SourceLine, next: SourceLine | undefined, state: ImportState) => boolean | 'read';
