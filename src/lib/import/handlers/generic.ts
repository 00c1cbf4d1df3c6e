/**
 * What any layout has, whatever its body: a web page's 更新日, the 所属名 … 所属長名 line, headings
 * (numbered, marked, or a short line before a paragraph), list items, and tables (tab- or
 * pipe-separated). Whatever has no field of its own goes into a statement block under its printed
 * heading, with no kind unless the heading names one.
 */
import { warekiToIso } from '../../validate/wareki.ts';
import { BULLET, MARKED_HEADING, NUMBERED_ITEM, headingNumber, isHeading, pipeCells } from '../line-shapes.ts';
import { origin, section, type ImportState, type LineHandler } from '../state.ts';
import type { SourceLine } from '../source-lines.ts';
import type { StatementDraft } from '../draft.ts';

type Cell = string | null;

/** 最終更新日：2020年6月30日, 更新日:令和2年6月30日, 公開日 … : the page's date, read; the line stays for the clerk. */
export const publishedDate: LineHandler = (line, _next, state) => {
  const found = [
    ...line.text
      .normalize('NFKC')
      .matchAll(
        /(最終更新日|更新日|公開日|掲載日|更新)\s*[:：]?\s*((?:明治|大正|昭和|平成|令和)\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
      ),
  ];
  // The last update names the version the text is of: 最終更新日 before 更新日 before 公開日.
  const rank = (label: string) => ['最終更新日', '更新日', '更新', '掲載日', '公開日'].indexOf(label);
  const m = found.sort((a, b) => rank(a[1]!) - rank(b[1]!))[0];
  if (!m) return false;
  const pad = (n: string) => n.padStart(2, '0');
  const iso = /^\d{4}$/.test(m[2]!) ? `${m[2]}-${pad(m[3]!)}-${pad(m[4]!)}` : warekiToIso(`${m[2]}年${m[3]}月${m[4]}日`);
  if (iso) state.published ??= iso;
  return iso ? 'read' : false;
};

/** 所属名 企画課 所属長名 西尾浩一 電話番号 0857-26-7650: the unit, its head and phone, read; the line stays for the clerk. */
export const organisationLine: LineHandler = (line, _next, state) => {
  const m = /^(\S{1,6}?)名\s+(\S+)\s+(\S{1,6}?長)名?\s+(\S{1,6}(?:\s\S{1,6})?)(?:\s+電話(?:番号)?\s*([0-9-]{6,20}))?$/.exec(line.text);
  if (!m) return false;
  const org = section(state, 'organisation');
  const heading = adoptHeading(state, org);
  if (heading && !org.heading) org.heading = heading;
  (org.units ??= []).push({ kindLabel: m[1]!, name: m[2]!, leader: { title: m[3]!, name: m[4]! } });
  if (m[5]) state.phone ??= m[5];
  // 所属名, 所属長名, 電話番号 have no field of their own: the line stays for the clerk to delete.
  return 'read';
};

const LEADER_TITLE = '(\\S{0,24}?(?:部長|局長|室長|課長|理事|参事|所長|本部長|区長|監|管理者))';
const NAME =
  '([\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々]{1,6}(?:[ \\u3000][\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々]{1,6})?)';
/** 総務部長(伊藤幸寛), 市民総務部長、小山浩幸, 部長・小山浩幸: a leader written with the name in brackets or after a comma or dot. */
const LEADER_FORMS = [new RegExp(`^${LEADER_TITLE}\\s*[(（]${NAME}[)）]$`, 'u'), new RegExp(`^${LEADER_TITLE}[、,，・]\\s*${NAME}$`, 'u')];

export const leaderForms: LineHandler = (line, _next, state) => {
  if (!['start', 'other', 'statement'].includes(state.mode.kind)) return false;
  const m = LEADER_FORMS.map((re) => re.exec(line.text)).find(Boolean);
  if (!m) return false;
  state.leaders.push({ title: m[1]!, name: m[2]! });
  return true;
};

/** The heading of the block being read when nothing is under it yet: a section of its own takes it instead. */
export function adoptHeading(state: ImportState, into?: object): string | undefined {
  if (state.mode.kind !== 'statement') return undefined;
  const block = state.mode.block;
  if (block.items || block.paragraphs || block.tables || typeof block.heading !== 'string') return undefined;
  state.blocks.splice(state.blocks.indexOf(block), 1);
  const line = state.origins.get(block)?.[0];
  if (into && line) state.positions.set(into, line.number);
  state.mode = { kind: 'other' };
  return block.heading;
}

/** A line that heads what follows: numbered, marked, or short and followed by a paragraph or a list. */
export function looksLikeHeading(line: SourceLine, next: SourceLine | undefined): boolean {
  const text = line.text;
  if (line.cells || pipeCells(text) || !isHeading(text, 40) || /[、，,]$|[。．]/.test(text) || !/[\p{L}\p{N}]{2}/u.test(text)) return false;
  const style = headingNumber(text);
  if (style && style !== 'circled') return !!next && (headingNumber(next.text) !== style || !isHeading(next.text, 40));
  if (MARKED_HEADING.test(text)) return true;
  if (BULLET.test(text) || NUMBERED_ITEM.test(text) || !next || next.cells) return false;
  const length = [...text].length;
  const nextLength = [...next.text].length;
  // A line of up to 40 characters over a sentence at least twice as long heads it.
  if (length > 25) return length <= 40 && /[。．]$/.test(next.text) && nextLength >= 2 * length;
  // A short line, then a paragraph (a sentence or a long line) or a list.
  return BULLET.test(next.text) || /[。．]$/.test(next.text) || nextLength > 30 || !!pipeCells(next.text);
}

/** Begins a block under a heading that names no kind the statements know. */
export function genericBlock(line: SourceLine, state: ImportState, kind?: StatementDraft['kind']): StatementDraft {
  const block: StatementDraft = kind ? { kind, heading: line.text } : { heading: line.text };
  origin(state, block, line);
  section(state, 'statements');
  state.blocks.push(block);
  state.mode = { kind: 'statement', block };
  return block;
}

/** A row of a table that no section reads: a table of the block being read, captioned by its heading. */
export const tableRowLine: LineHandler = (line, _next, state) => {
  const cells = line.cells ?? pipeCells(line.text);
  if (!cells) return false;
  const values: Cell[] = cells.map((c) => (c.trim() === '' ? null : c.trim()));
  if (values.every((c) => c === null)) return true; // a row of empty cells (a lone "|"): nothing to keep
  const units = organisationRow(values, state);
  if (units) return units;
  let block = state.mode.kind === 'statement' ? state.mode.block : undefined;
  if (!block) {
    block = { kind: 'other' };
    state.positions.set(block, line.number);
    section(state, 'statements');
    state.blocks.push(block);
    state.mode = { kind: 'statement', block };
  }
  const tables = (block.tables ??= []);
  const last = state.lastTable === block ? tables.at(-1) : undefined;
  if (!last) {
    const caption = typeof block.heading === 'string' ? block.heading : '表';
    tables.push({ caption, columns: values, rows: [] });
    state.lastTable = block;
    state.cornerCell = /^[|｜]/.test(line.text.trim());
    return true;
  }
  const columns = (last.columns ??= []) as Cell[];
  // `| 基準値 | 目標値 |` over `数値 | 10 | 20 |`: the header's leading pipe is an empty corner cell.
  if (!last.rows.length && state.cornerCell && values.length === columns.length + 1) columns.unshift(null);
  while (columns.length < values.length) columns.push(null);
  (last.rows as Cell[][]).push(values);
  return true;
};

/** A table with a header and no row keeps its header as its one row. */
export function closeTables(state: ImportState): void {
  for (const block of state.blocks)
    for (const table of block.tables ?? [])
      if (!table.rows.length) {
        table.rows = [table.columns as Cell[]];
        delete table.columns;
      }
}

/**
 * The head cell of a unit: one head under the column's title (部局長 田中規靖), or several, each with
 * its own title, joined by ・ (所長 山根 淳史・局長 山ア 嘉彦), in the order printed.
 */
function headsOf(
  cell: string,
  columnTitle: string,
): { leader: { title: string; name: string } } | { leaders: { title: string; name: string }[] } {
  const parts = cell.split('・').map((part) => /^(\S{1,8}?長)[ \u3000]+(\S.*)$/u.exec(part.trim()));
  if (parts.length > 1 && parts.every(Boolean)) return { leaders: parts.map((m) => ({ title: m![1]!, name: m![2]! })) };
  return { leader: { title: columnTitle, name: cell } };
}

/**
 * 部局名 | 部局長名 | 所属名 | 所属長名 (| 職員数): a header naming units and their heads, read into the
 * organisation from the row under it. The header's labels have no field: it stays for the clerk.
 */
function organisationRow(values: Cell[], state: ImportState): boolean | 'read' | undefined {
  const header = state.organisationHeader;
  state.organisationHeader = undefined;
  const pairs = values.flatMap((c, i) =>
    c && /^(.{1,6}?)名$/.test(c) && !/長名$/.test(c) && /^(.{1,6}?長)名$/.test(values[i + 1] ?? '') ? [i] : [],
  );
  if (pairs.length) {
    state.organisationHeader = values;
    return 'read';
  }
  if (!header || values.length !== header.length) return undefined;
  const org = section(state, 'organisation');
  const heading = adoptHeading(state, org);
  if (heading && !org.heading) org.heading = heading;
  let whole = true;
  header.forEach((label, i) => {
    const unit = /^(.{1,6}?)名$/.exec(label ?? '');
    const head = /^(.{1,6}?長)名$/.exec(header[i + 1] ?? '');
    if (unit && !/長名$/.test(label!) && head && values[i]) {
      (org.units ??= []).push({
        kindLabel: unit[1]!,
        name: values[i]!,
        ...(values[i + 1] ? headsOf(values[i + 1]!, head[1]!) : {}),
      });
    } else if (!(head && /長名$/.test(label!)) && !(i > 0 && /^(.{1,6}?)名$/.test(header[i - 1] ?? '') && /長名$/.test(label ?? '')))
      whole = false;
  });
  // A cell no unit took (職員数 17) keeps the row for the clerk.
  return whole ? true : 'read';
}

type HeadingPart = { heading: string; at: number; line?: SourceLine; section?: 'organisation' | 'indicators' };

/**
 * Headings with nothing of their own under them, each followed by headed blocks or sections
 * (基本的事項, 1.政策内容と目標, 2.測定指標): the document's parts. Taken out of the blocks before
 * `prune`, which would give them back; `assignParts` then puts each block and section in its part.
 */
export function headingParts(state: ImportState): HeadingPart[] {
  if (state.parts.length) return [];
  const empty = state.blocks.filter((b) => !b.items && !b.paragraphs && !b.tables && typeof b.heading === 'string');
  const heads: HeadingPart[] = empty.flatMap((b) => {
    const line = state.origins.get(b)?.[0];
    return line ? [{ heading: b.heading as string, at: line.number, line }] : [];
  });
  const styles = new Set(heads.map((h) => headingNumber(h.heading)).filter(Boolean));
  for (const key of ['organisation', 'indicators'] as const) {
    const s = state.sections.get(key);
    const heading = s?.heading;
    if (s && typeof heading === 'string' && styles.has(headingNumber(heading)))
      heads.push({ heading, at: state.positions.get(s) ?? 0, section: key });
  }
  if (heads.length < 2) return [];
  for (const h of heads)
    if (h.line)
      state.blocks.splice(
        state.blocks.findIndex((b) => state.origins.get(b)?.[0] === h.line),
        1,
      );
  return heads.sort((a, b) => a.at - b.at);
}

/** Puts each block and section in the part whose heading is the last before it; gives the headings back when anything comes before the first. */
export function assignParts(state: ImportState, heads: HeadingPart[]): void {
  if (!heads.length) return;
  const at = (o: object) => state.origins.get(o)?.[0]?.number ?? state.positions.get(o) ?? 0;
  const keys = state.sections.keys().filter((k) => k !== 'statements');
  const items: { at: number; key?: (typeof keys)[number]; block?: StatementDraft }[] = [
    ...keys.map((key) => ({ at: at(state.sections.get(key)!), key })),
    ...state.blocks.map((block) => ({ at: at(block), block })),
  ];
  const partOf = (n: number) => heads.filter((h) => h.at <= n).at(-1);
  if (!items.length || items.some((i) => !partOf(i.at))) {
    for (const h of heads) if (h.line) state.source.release(h.line);
    return;
  }
  state.blocks.forEach((b, i) => (b.id ??= `statement-${i + 1}`));
  const parts = heads.map((h) => ({
    head: h,
    part: {
      heading: h.heading,
      sections: [] as typeof keys,
      blocks: [] as string[],
      line: h.line ?? ({ number: h.at, text: h.heading } as SourceLine),
    },
  }));
  for (const item of items) {
    const { part } = parts.find((p) => p.head === partOf(item.at))!;
    if (item.key) part.sections.push(item.key);
    else part.blocks.push(item.block!.id!);
  }
  for (const { head, part } of parts) {
    // A section whose own heading became a part's keeps it only there.
    if (head.section) delete (state.sections.get(head.section) as { heading?: string }).heading;
    if (part.sections.length || part.blocks.length) state.parts.push(part);
    else if (head.line) state.source.release(head.line);
  }
}
