/**
 * Reading the outline (outline.ts): what each content item is, and every statement block of a plan
 * wherever it sits (in `statements`, or written in place in a chapter), for the rules, the pages,
 * comparisons and open data alike.
 */
import type { Plan, Statement } from './shape.ts';
import type { Chapter, ContentItem, PlaceableKey } from './outline.ts';
import type { Path } from './rules-ids.ts';
import type { Table } from '../table.ts';

const CHAPTER_KEYS = new Set(['heading', 'sections', 'blocks', 'content']);

/** Whether a content item is a sub-chapter (only heading, sections, blocks, content) rather than a block written in place. */
export function isChapter(item: ContentItem): item is Chapter {
  return (
    typeof item === 'object' && !('block' in item && Object.keys(item).length === 1) && Object.keys(item).every((k) => CHAPTER_KEYS.has(k))
  );
}

/** Whether a content item places a statement block by its id. */
export function isBlockRef(item: ContentItem): item is { block: string } {
  return typeof item === 'object' && 'block' in item && Object.keys(item).length === 1;
}

/** Whether a content item names a typed section. */
export function isPlaceable(item: ContentItem): item is PlaceableKey {
  return typeof item === 'string';
}

/** Whether a content item is a statement block written in place. */
export function isInlineBlock(item: ContentItem): item is Statement {
  return typeof item === 'object' && !isChapter(item) && !isBlockRef(item);
}

/** Visits every chapter of the outline, depth first in printed order, with its path in the file. */
export function eachChapter(parts: readonly Chapter[] | undefined, visit: (chapter: Chapter, path: Path) => void): void {
  const walk = (chapter: Chapter, path: Path) => {
    visit(chapter, path);
    chapter.content?.forEach((item, j) => isChapter(item) && walk(item, [...path, 'content', j]));
  };
  parts?.forEach((chapter, i) => walk(chapter, ['parts', i]));
}

/** Every statement block of the plan with its path in the file, in printed order: placed, written in place, then any left unplaced. */
export function statementBlocks(plan: Pick<Plan, 'parts' | 'statements'>): { block: Statement; path: Path }[] {
  const listed = plan.statements?.blocks ?? [];
  const out: { block: Statement; path: Path }[] = [];
  const seen = new Set<Statement>();
  const add = (block: Statement, path: Path) => {
    if (seen.has(block)) return;
    seen.add(block);
    out.push({ block, path });
  };
  const addListed = (ids?: readonly string[]) =>
    listed.forEach((b, i) => (!ids || (b.id && ids.includes(b.id))) && add(b, ['statements', 'blocks', i]));
  const walk = (chapter: Chapter, path: Path) => {
    if (chapter.sections?.includes('statements')) addListed();
    if (chapter.blocks) addListed(chapter.blocks);
    chapter.content?.forEach((item, j) => {
      if (isPlaceable(item)) {
        if (item === 'statements') addListed();
      } else if (isBlockRef(item)) addListed([item.block]);
      else if (isChapter(item)) walk(item, [...path, 'content', j]);
      else add(item, [...path, 'content', j]);
    });
  };
  plan.parts?.forEach((chapter, i) => walk(chapter, ['parts', i]));
  addListed();
  return out;
}

/** The tables of the document's blocks, in printed order, with their paths: what a cell reference points at. */
export function documentTables(plan: Pick<Plan, 'parts' | 'statements'>): { table: Table; path: Path }[] {
  return statementBlocks(plan).flatMap(({ block, path }) =>
    (block.tables ?? []).map((table, i) => ({ table, path: [...path, 'tables', i] })),
  );
}

/** The text of the cell a reference points at (by the table's id or its number in the document), if there is one. */
export function cellText(
  plan: Pick<Plan, 'parts' | 'statements'>,
  ref: { table: string | number; row: number; column: number },
): string | undefined {
  const tables = documentTables(plan);
  const found = typeof ref.table === 'number' ? tables[ref.table - 1] : tables.find(({ table }) => table.id === ref.table);
  return found?.table.rows[ref.row - 1]?.[ref.column - 1]?.ja;
}

/** A whole number as a cell prints it (12, 1,234 or １２), else undefined. */
export function cellCount(text: string | undefined): number | undefined {
  const digits = text?.normalize('NFKC').trim().replace(/,/g, '');
  return digits && /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/**
 * Whether a section only holds figures that point at the cells printing them (a 職員数 column of the
 * 所管組織 table): it is data, printed by its table, so the outline need not place it and the page shows it once.
 */
export function onlyInCells(plan: Pick<Plan, 'resources'>, key: string): boolean {
  const r = plan.resources;
  return key === 'resources' && !!r?.staff && !r.budget && !r.heading && !r.staff.ratio && r.staff.items.every((item) => item.cell);
}
