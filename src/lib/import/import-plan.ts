/**
 * Turns the plain text extracted from a published plan PDF into a draft plan. It reads the common
 * layouts line by line: Mitaka's numbered parts (使命・目標 / 経営資源 / 実施方針 / 個別事業 with
 * 目標指標) and Nakano's statements plus a tab-separated 部の経営戦略 table. Every line it cannot
 * place goes, in order, to `unplaced`, for the clerk to move: nothing is dropped.
 */
import { fiscalYearToEra } from '../../../schemas/fiscal-year.ts';
import { SIMILARITY_THRESHOLD, titleSimilarity } from '../compare/similarity.ts';
import { htmlItems, htmlText, SourceLines, type SourceLine } from './source-lines.ts';
import { textToAsOf, textToBudget, textToFiscalYear, textToRatio, textToStaff, textToTarget } from './figures.ts';

type Data = Record<string, unknown>;

/** What the importer knows besides the text. */
export interface ImportContext {
  municipality: string;
  department: string;
  /** The fiscal year, when the caller knows it; otherwise it is read from the text. */
  fiscalYear?: number;
  /** The municipality's Japanese name, for the source's publisher. */
  publisher?: string;
  /** The department's registered Japanese name (department.yaml), if there is one. */
  departmentName?: string;
  /** The address of the published document, for the source. */
  url?: string;
  /** Other plans of the department (parsed YAML), nearest year first: their ids are reused for matching items. */
  references?: Data[];
}

export interface ImportResult {
  /** The draft plan, as it will be written (plain strings are Japanese). */
  plan: Data;
  /** Lines no field took, in order. */
  unplaced: SourceLine[];
  /** The department name printed in the text, if found. */
  departmentName?: string;
  /** How many non-empty lines the text has, and how many went into fields. */
  lines: number;
  placed: number;
}

const STATEMENT_KINDS: [RegExp, string][] = [
  [/使命|ミッション/, 'mission'],
  [/ビジョン|目指す姿/, 'vision'],
  [/運営方針|経営方針/, 'policy'],
  [/役割/, 'roles'],
  [/概要/, 'overview'],
  [/目標/, 'goals'],
  [/はじめに|紹介/, 'introduction'],
];
const BULLET = /^[◇◆●■○◯・･•]\s*(?=\S)/;
const LEADER = /^(\S{1,24}?(?:部長|局長|室長|課長|理事|参事|所長|部次長|担当部長|監))\s+(\S{1,6}(?:\s\S{1,6})?)$/;
const DEPARTMENT_LINE = /^[^\s、。「」()（）]{1,12}(?:部|局|室|本部)$/;
const isHeading = (text: string, max = 30) => text.length <= max && !/[。．]$/.test(text) && !text.includes('\t');
const ja = (value: unknown): string => (typeof value === 'string' ? value : ((value as Data | undefined)?.ja as string | undefined) ?? '');
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);

/** Finds an id for a new item: the id of the most alike unused item in the reference plans, or a numbered one. */
class Ids {
  private readonly taken = new Set<string>();
  private readonly references: Data[][];
  constructor(references: Data[][]) {
    this.references = references;
  }

  pick(text: string, fallback: string, exact = false): string {
    let best: { id: string; score: number } | undefined;
    for (const items of this.references)
      for (const item of items) {
        const id = item.id as string | undefined;
        const other = ja(item.title ?? item.name ?? item.label);
        if (!id || this.taken.has(id) || !other) continue;
        const score = other === text ? 1 : exact ? 0 : titleSimilarity(text, other);
        if (score >= (exact ? 1 : SIMILARITY_THRESHOLD) && (!best || score > best.score)) best = { id, score };
      }
    let id = best?.id ?? fallback;
    for (let n = 2; this.taken.has(id); n++) id = `${fallback}-${n}`;
    this.taken.add(id);
    return id;
  }
}

export function importPlanText(text: string, context: ImportContext): ImportResult {
  const source = new SourceLines(text);
  const refs = context.references ?? [];
  const from = (pick: (plan: Data) => Data[]) => refs.map(pick);
  const at = (value: unknown, ...path: string[]) => path.reduce<unknown>((v, k) => (v as Data | undefined)?.[k], value);
  const divisionIds = new Ids(from((p) => list(at(p, 'divisions', 'items'))));
  const policyIds = new Ids(from((p) => list(at(p, 'policies', 'items'))));
  const projectIds = new Ids(from((p) => list(at(p, 'projects', 'items'))));
  const staffIds = new Ids(from((p) => list(at(p, 'resources', 'staff', 'items'))));
  const budgetIds = new Ids(from((p) => list(at(p, 'resources', 'budget', 'items'))));

  let title: string | undefined;
  let documentType: string | undefined;
  let asOf: string | undefined;
  let url = context.url;
  let departmentName: string | undefined;
  let fiscalYear = context.fiscalYear;
  const leaders: Data[] = [];
  const parts: { heading: string; sections: string[]; line: SourceLine }[] = [];
  const sections = new Map<string, Data>();
  const origins = new Map<Data, SourceLine[]>();
  const blocks: Data[] = [];
  const divisions: Data[] = [];
  const policies: Data[] = [];
  const projects: Data[] = [];

  /** A section of the plan, created the first time something goes into it and listed in the current part. */
  const section = (key: 'statements' | 'divisions' | 'resources' | 'policies' | 'projects'): Data => {
    let s = sections.get(key);
    if (!s) {
      s = {};
      sections.set(key, s);
      parts.at(-1)?.sections.push(key);
    }
    return s;
  };
  const divisionNamed = (name: string): Data => {
    let division = divisions.find((d) => d.name === name);
    if (!division) {
      section('divisions');
      division = { id: divisionIds.pick(name, `division-${divisions.length + 1}`, true), name };
      divisions.push(division);
    }
    return division;
  };

  type Mode =
    | { kind: 'start' }
    | { kind: 'statement'; block: Data }
    | { kind: 'staff'; staff: Data }
    | { kind: 'budget'; budget: Data; label?: SourceLine }
    | { kind: 'policies'; policy?: Data }
    | { kind: 'projects'; project?: Data; indicators: boolean }
    | { kind: 'table'; columns: string[]; section: Data }
    | { kind: 'other' };
  let mode: Mode = { kind: 'start' };
  const nextProject = () => projects.length + 1;

  const handlers: ((line: SourceLine, next: SourceLine | undefined) => boolean)[] = [
    // A saved web page's "source: <address>" first line gives the document's address.
    (line) => {
      const m = !title && !url && /^source:\s*(https?:\/\/\S+)$/.exec(line.text);
      return !!m && ((url = m[1]), true);
    },
    // The title (and, in Nakano's layout, the department name printed above it).
    (line) => {
      if (title) return false;
      if (!departmentName && DEPARTMENT_LINE.test(line.text)) return (departmentName = line.text), true;
      title = line.text;
      departmentName ??= /^(\S+?)の「/.exec(title)?.[1];
      fiscalYear ??= textToFiscalYear(title);
      documentType = /「(.+?)」/.exec(title)?.[1] ?? title.replace(/\s*[（(].*$/, '');
      return true;
    },
    // Leaders, as "職名 氏名" lines before the body starts.
    (line) => {
      const m = mode.kind === 'start' && LEADER.exec(line.text);
      return !!m && (leaders.push({ title: m[1], name: m[2] }), true);
    },
    // A numbered part: 1 部の使命・目標に関する認識. Inside the projects list, the next project number wins.
    (line) => {
      const m = /^(\d{1,2})\s+(.+)$/.exec(line.text);
      if (!m || Number(m[1]) !== parts.length + 1 || !isHeading(line.text, 40)) return false;
      if (mode.kind === 'projects' && Number(m[1]) === nextProject()) return false;
      parts.push({ heading: line.text, sections: [], line });
      const date = textToAsOf(line.text);
      if (date && /資源/.test(line.text)) {
        section('resources').asOf = date;
        asOf ??= date;
      }
      mode = { kind: 'other' };
      return true;
    },
    // A tab-separated table: its header row, then one row per division (or per 担当 of a division).
    (line, next) => {
      if (!line.cells) return false;
      if (mode.kind === 'table') return tableRow(line, mode.columns, mode.section);
      const columns = line.cells.map((cell) => htmlText(cell));
      const roles = columns.map((c) => (/名称|課名|^課$/.test(c) ? 'name' : /ミッション|使命/.test(c) ? 'mission' : /取組|事項|事業/.test(c) ? 'initiatives' : /役割/.test(c) ? 'role' : ''));
      if (!roles.includes('name') || roles.includes('') || !next?.cells) return false;
      const s = section('divisions');
      origin(s, line);
      s.columns = Object.fromEntries(roles.flatMap((r, i) => (r === 'role' ? [] : [[r, columns[i]]])));
      // The schema names no header for a role column: its header goes to the clerk rather than away.
      roles.forEach((r, i) => r === 'role' && source.leave(line.number, columns[i]!));
      mode = { kind: 'table', columns: roles, section: s };
      return true;
    },
    // Resource headings: ① 職員数, ② 予算規模, and the table titles under them.
    (line) => {
      const m = /^([①-⑳]\s*)?(職員数|予算規模|予算)/.exec(line.text);
      if (!m || !isHeading(line.text, 20)) return false;
      const kind = m[2] === '職員数' ? 'staff' : 'budget';
      const resources = section('resources');
      const part = (resources[kind] ??= {}) as Data;
      if (m[1] && !part.heading) part.heading = line.text;
      else if (!m[1] && !part.caption) part.caption = line.text;
      else return false;
      origin(part, line);
      mode = kind === 'staff' ? { kind: 'staff', staff: part } : { kind: 'budget', budget: part };
      return true;
    },
    // 実施方針: ◇ titles, each followed by its body.
    (line) => {
      if (!/^実施方針/.test(line.text) || !isHeading(line.text, 20) || sections.has('policies')) return false;
      section('policies').heading = line.text;
      origin(section('policies'), line);
      mode = { kind: 'policies' };
      return true;
    },
    // 個別事業とその目標（注記）: then numbered projects, their bodies and 【目標指標】.
    (line) => {
      if (!/個別事業|主要事業|重点事業/.test(line.text) || !isHeading(line.text.replace(/[（(].*$/, '')) || sections.has('projects')) return false;
      const m = /^(.+?)[（(](.+)[）)]$/.exec(line.text);
      const s = section('projects');
      origin(s, line);
      s.heading = m ? m[1] : line.text;
      if (m) s.note = m[2];
      mode = { kind: 'projects', indicators: false };
      return true;
    },
    // A statement heading (部の使命・目標, ビジョン（目指す姿）, 各課の役割 …) starts a block.
    (line, next) => {
      const kind = STATEMENT_KINDS.find(([re]) => re.test(line.text))?.[1];
      if (!kind || !['start', 'other', 'statement', 'table'].includes(mode.kind)) return false;
      if (!isHeading(line.text) || BULLET.test(line.text) || !next || next.cells) return false;
      const block: Data = { kind, heading: line.text };
      origin(block, line);
      section('statements');
      blocks.push(block);
      mode = { kind: 'statement', block };
      return true;
    },
    // The bodies under the headings above: figures, policies, projects, statements.
    (line) => {
      if (mode.kind !== 'staff') return false;
      const staff = mode.staff;
      const items = ((staff.items as Data[] | undefined) ?? (staff.items = [])) as Data[];
      const ratio = textToRatio(line.text);
      const counted = ratio && items.find((i) => i.count === ratio.staff);
      if (ratio && counted) {
        staff.ratio = { label: ratio.label, staff: counted.id, staffLabel: ratio.staffLabel, total: ratio.total, totalLabel: ratio.totalLabel, percent: ratio.percent, ...(ratio.approximate ? { approximate: true } : {}) };
        const basis = /[（(](.+)[）)]$/.exec(ratio.label)?.[1];
        if (basis) counted.basis ??= basis;
        return true;
      }
      const figure = textToStaff(line.text);
      if (!figure) return false;
      items.push({ id: staffIds.pick(figure.label, `staff-${items.length + 1}`), label: figure.label, count: figure.count, ...(figure.includes ? { includes: figure.includes } : {}) });
      return true;
    },
    (line) => {
      if (mode.kind !== 'budget') return false;
      const figure = textToBudget(line.text);
      if (!figure) {
        // A label line (平成29年度総務部予算額) names the figure on the next line.
        if (mode.label || !isHeading(line.text, 40) || /\d[\d,]*\s*円/.test(line.text)) return false;
        mode.label = line;
        return false;
      }
      const items = ((mode.budget.items as Data[] | undefined) ?? (mode.budget.items = [])) as Data[];
      const label = mode.label?.text ?? figure.account;
      if (mode.label) source.use(mode.label);
      mode.label = undefined;
      const id = budgetIds.pick(label, `budget-${items.length + 1}`);
      const item: Data = { id, label, account: figure.account, amount: figure.amount, unit: figure.unit };
      if (figure.includes) item.includes = figure.includes.map((p, i) => ({ id: p.label === '人件費' ? 'personnel' : `${id}-part-${i + 1}`, ...p }));
      // 事業費 = 一般会計 − 人件費: say so when the figures show it, and the validator checks it.
      for (const earlier of items)
        for (const part of list(earlier.includes))
          if (earlier.account === item.account && (earlier.amount as number) - (part.amount as number) === figure.amount && label.includes(ja(part.label)))
            item.derivedFrom = { item: earlier.id, minus: [part.id] };
      items.push(item);
      return true;
    },
    (line) => {
      if (mode.kind !== 'policies') return false;
      if (BULLET.test(line.text)) {
        const policyTitle = line.text.replace(BULLET, '');
        mode.policy = { id: policyIds.pick(policyTitle, `policy-${policies.length + 1}`), title: policyTitle };
        policies.push(mode.policy);
        return true;
      }
      if (!mode.policy || isHeading(line.text)) return false;
      mode.policy.body = mode.policy.body ? `${mode.policy.body}\n\n${line.text}` : line.text;
      return true;
    },
    (line) => {
      if (mode.kind !== 'projects') return false;
      const m = /^(\d{1,3})\s*(.+?)(?:[（(]([^（）()]+)[）)])?$/.exec(line.text);
      if (m && Number(m[1]) === nextProject() && !/[。．]$/.test(line.text)) {
        const names = m[3]?.split(/[、,]/).map((n) => n.trim());
        const byDivision = names?.every((n) => /(課|室|担当|係|センター)$/.test(n));
        const projectTitle = byDivision ? m[2]!.trim() : `${m[2]}${m[3] ? `（${m[3]}）` : ''}`;
        mode.project = { id: projectIds.pick(projectTitle, `project-${projects.length + 1}`), number: Number(m[1]), title: projectTitle };
        if (byDivision) mode.project.divisions = names!.map((n) => divisionNamed(n).id);
        mode.indicators = false;
        projects.push(mode.project);
        return true;
      }
      if (!mode.project) return false;
      if (/^【?目標指標】?$/.test(line.text)) return (mode.indicators = true), true;
      if (mode.indicators) {
        if (!BULLET.test(line.text)) return false;
        const label = line.text.replace(BULLET, '');
        const indicators = ((mode.project.indicators as Data[] | undefined) ?? (mode.project.indicators = [])) as Data[];
        const matched = projectReference(mode.project.id as string);
        const ids = new Ids([list(matched?.indicators).filter((i) => !indicators.some((d) => d.id === i.id))]);
        const indicator: Data = { id: ids.pick(label, `indicator-${indicators.length + 1}`), label };
        for (let n = 2; indicators.some((d) => d.id === indicator.id); n++) indicator.id = `indicator-${indicators.length + n}`;
        const target = textToTarget(label);
        if (target) indicator.target = target;
        indicators.push(indicator);
        return true;
      }
      mode.project.body = mode.project.body ? `${mode.project.body}\n\n${line.text}` : line.text;
      return true;
    },
    (line) => {
      if (mode.kind !== 'statement') return false;
      const block = mode.block;
      const field = BULLET.test(line.text) ? 'items' : isHeading(line.text) ? undefined : 'paragraphs';
      if (!field) return false;
      ((block[field] ??= []) as string[]).push(line.text.replace(BULLET, ''));
      // 各課の役割: "総務部は、政策法務課、職員課、…の7課で構成され" lists the divisions.
      const m = block.kind === 'roles' ? /は、(.+?)の(\d+)課で構成/.exec(line.text) : null;
      const names = m?.[1]?.split('、');
      if (names && names.length === Number(m![2]) && names.every((n) => /課$/.test(n))) names.forEach(divisionNamed);
      return true;
    },
  ];

  /** The lines a heading-only record was made from, to give back if nothing goes under it. */
  function origin(record: Data, line: SourceLine) {
    origins.set(record, [...(origins.get(record) ?? []), line]);
  }

  /**
   * Drops what got a heading but nothing under it (the schema wants at least one item), giving
   * the heading lines back to `unplaced`.
   */
  function prune() {
    const drop = (record: Data | undefined) => origins.get(record ?? {})?.forEach((line) => source.release(line));
    for (const block of blocks.filter((b) => !b.items && !b.paragraphs)) {
      drop(block);
      blocks.splice(blocks.indexOf(block), 1);
    }
    const resources = sections.get('resources');
    for (const kind of ['staff', 'budget'])
      if (resources?.[kind] && !(resources[kind] as Data).items) {
        drop(resources[kind] as Data);
        delete resources[kind];
      }
    const empty = {
      statements: !blocks.length,
      divisions: !divisions.length,
      resources: !!resources && Object.keys(resources).length === 0,
      policies: !policies.length,
      projects: !projects.length,
    };
    for (const [key, isEmpty] of Object.entries(empty))
      if (isEmpty && sections.has(key)) {
        drop(sections.get(key));
        sections.delete(key);
        for (const p of parts) p.sections = p.sections.filter((k) => k !== key);
      }
  }

  /** The reference project the draft project took its id from, for its indicators' ids. */
  function projectReference(id: string): Data | undefined {
    for (const plan of refs) {
      const found = list(at(plan, 'projects', 'items')).find((p) => p.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** One row of a divisions table: 課の名称 [(担当)] | ミッション | 重点取組み事項. */
  function tableRow(line: SourceLine, columns: string[], s: Data): boolean {
    const cells = line.cells!;
    if (cells.length > columns.length) return false;
    const cell = (role: string) => {
      const i = columns.indexOf(role);
      return i >= 0 ? (cells[i] ?? '') : '';
    };
    const nameCell = htmlText(cell('name'));
    const m = /^(.+?)\s*[（(](.+)[）)]$/.exec(nameCell);
    if (!nameCell) return false;
    const mission = htmlText(cell('mission'));
    const role = htmlText(cell('role'));
    const initiatives = htmlItems(cell('initiatives'))?.map((i) => i.replace(BULLET, '')) ?? (htmlText(cell('initiatives')) ? [htmlText(cell('initiatives'))] : undefined);
    const fields: Data = {};
    if (role) fields.role = role;
    if (initiatives) fields.initiatives = initiatives;
    if (!m) {
      const division = divisionNamed(nameCell);
      Object.assign(division, mission ? { mission } : {}, fields);
    } else {
      const division = divisionNamed(m[1]!);
      const rows = ((division.sections as Data[] | undefined) ?? (division.sections = [])) as Data[];
      const row: Data = { id: `${division.id}-${rows.length + 1}`, name: m[2] };
      const previous = rows.at(-1);
      if (mission) row.mission = mission;
      else if (previous) row.sharesMissionWith = previous.id;
      rows.push(Object.assign(row, fields));
    }
    s.items = divisions;
    return true;
  }

  const all = source.lines;
  let pendingHeading: SourceLine | undefined;
  all.forEach((line, i) => {
    if (handlers.some((handle) => handle(line, all[i + 1]))) {
      source.use(line);
      // A heading line just before a table is the table's heading (部の経営戦略).
      const table = sections.get('divisions');
      if (pendingHeading && mode.kind === 'table' && table && !table.heading) {
        table.heading = pendingHeading.text;
        source.use(pendingHeading);
      }
      pendingHeading = undefined;
    } else if (isHeading(line.text) && !line.cells) pendingHeading = line;
  });

  if (!fiscalYear) for (const line of all) fiscalYear ??= isHeading(line.text, 40) ? textToFiscalYear(line.text) : undefined;
  // A section begun before the first numbered part belongs to that part; a part that got no section
  // gives its heading back to the clerk rather than publishing an empty chapter.
  prune();
  const first = parts[0];
  if (first) first.sections.unshift(...[...sections.keys()].filter((k) => !parts.some((p) => p.sections.includes(k))));
  for (const p of parts) if (!p.sections.length) source.release(p.line);
  const era = fiscalYear ? fiscalYearToEra(fiscalYear).label : '';
  const sourceTitle = title && departmentName && !title.includes(departmentName) ? `${departmentName} ${title}${title.includes(era) ? '' : ` ${era}`}` : title;
  const draft: Data = {
    municipality: context.municipality,
    department: context.department,
    fiscalYear,
    documentType,
    title,
    departmentName: departmentName && context.departmentName && departmentName !== context.departmentName ? departmentName : undefined,
    asOf,
    leaders: leaders.length ? leaders : undefined,
    parts: parts.some((p) => p.sections.length) ? parts.filter((p) => p.sections.length).map(({ heading, sections }) => ({ heading, sections })) : undefined,
    statements: sections.has('statements') ? { blocks } : undefined,
    divisions: sections.has('divisions') ? { heading: sections.get('divisions')!.heading, columns: sections.get('divisions')!.columns, items: divisions } : undefined,
    resources: sections.get('resources'),
    policies: sections.has('policies') ? { ...sections.get('policies'), items: policies } : undefined,
    projects: sections.has('projects') ? { ...sections.get('projects'), items: projects } : undefined,
    source: {
      title: sourceTitle,
      publisher: context.publisher,
      url,
      completeness: 'full',
      note: { ja: '公表されたPDFの本文から取り込み。', en: 'Imported from the text of the published PDF.' },
    },
  };
  const unplaced = source.unused();
  return { plan: withoutUndefined(draft), unplaced, departmentName, lines: all.length, placed: all.filter((line) => !unplaced.includes(line)).length };
}

/** Drops undefined fields, so the draft has only what the text gave. */
function withoutUndefined(data: Data): Data {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? withoutUndefined(v as Data) : v]),
  );
}
