/**
 * Tables of a few columns on a phone: below a width (global.css, `.stack`) each row is shown as a block
 * and each cell under its column's header, as the ONS and GOV.UK community patterns do, instead of a table
 * that scrolls its main column out of view. The header of a data cell is the text of the table's own <th>
 * for its column (`data-label`), shown by CSS and hidden from screen readers, which hear the real header.
 * No ARIA roles are written on the table's parts: the Nu HTML Checker rejects them on a table's rows and
 * cells, and browsers that build a table's accessibility from the DOM (Chromium, Firefox) keep it a table
 * whatever its `display` (tests/e2e/phones.test.ts checks Chromium's tree). Wider tables are left alone:
 * they scroll inside their region.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';

/** Tables of at most this many columns stack on a phone. */
export const STACK_MAX_COLUMNS = 3;

const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';
const isCell = (el: Element) => el.tagName === 'th' || el.tagName === 'td';
const span = (el: Element, name: 'colSpan' | 'rowSpan') => Math.max(1, Number(el.properties[name] ?? 1) || 1);

/** The text a reader sees: badges ("Japanese only") and text only for screen readers are left out. */
function visibleText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const classes = (node.properties.className as string[] | undefined) ?? [];
  if (node.properties.hidden || classes.includes('visually-hidden') || classes.includes('fallback-badge')) return '';
  if (node.tagName === 'br') return ' ';
  return node.children.map(visibleText).join('');
}

interface Row {
  tr: Element;
  /** The row is in the table's head. */
  head: boolean;
}

/** The rows of a table body as given to ScrollTable: in thead, tbody, tfoot, or bare. */
function rowsOf(root: Root): Row[] {
  const rows: Row[] = [];
  for (const node of root.children) {
    if (!isElement(node)) continue;
    if (node.tagName === 'tr') rows.push({ tr: node, head: false });
    else if (['thead', 'tbody', 'tfoot'].includes(node.tagName)) {
      for (const tr of node.children) if (isElement(tr) && tr.tagName === 'tr') rows.push({ tr, head: node.tagName === 'thead' });
    }
  }
  return rows;
}

/**
 * The table's rows as HTML made ready to stack (`stack`: true, each data cell labelled) when the table
 * has at most STACK_MAX_COLUMNS columns (colspans and rowspans counted); else the HTML as given.
 * @example stackTable('<thead><tr><th scope="col">課</th></tr></thead><tbody><tr><td>総務課</td></tr></tbody>')
 *   // → { stack: true, html: '<thead><tr><th scope="col">課</th></tr></thead><tbody><tr><td data-label="課">総務課</td></tr></tbody>' }
 */
export function stackTable(html: string): { stack: boolean; html: string } {
  const root = fromHtml(html, { fragment: true });
  const rows = rowsOf(root);
  // Each cell's first column, with the columns that a rowspan above still holds.
  const columnOf = new Map<Element, number>();
  const held: number[] = [];
  let columns = 0;
  for (const { tr } of rows) {
    let column = 0;
    for (const cell of tr.children.filter(isElement).filter(isCell)) {
      while ((held[column] ?? 0) > 0) column++;
      columnOf.set(cell, column);
      for (let c = column; c < column + span(cell, 'colSpan'); c++) held[c] = span(cell, 'rowSpan');
      column += span(cell, 'colSpan');
    }
    columns = Math.max(columns, column, held.length);
    for (let c = 0; c < held.length; c++) held[c] = Math.max(0, (held[c] ?? 0) - 1);
  }
  if (rows.length === 0 || columns > STACK_MAX_COLUMNS) return { stack: false, html };

  // A column's label: the text of the header cell over it (the innermost where the head has several rows).
  const labels: string[] = [];
  for (const { tr } of rows.filter((r) => r.head)) {
    for (const cell of tr.children.filter(isElement).filter(isCell)) {
      const text = visibleText(cell).replace(/\s+/g, ' ').trim();
      const first = columnOf.get(cell)!;
      for (let c = first; c < first + span(cell, 'colSpan'); c++) if (text) labels[c] = text;
    }
  }
  for (const { tr, head } of rows) {
    if (head) continue;
    for (const cell of tr.children.filter(isElement).filter(isCell)) {
      // A row header heads its block: it needs no label of its own.
      const label = labels[columnOf.get(cell)!];
      if (cell.tagName === 'td' && span(cell, 'colSpan') === 1 && label) cell.properties.dataLabel = label;
    }
  }
  // Named character references (&amp;), as Astro writes its own markup.
  return { stack: true, html: toHtml(root, { characterReferences: { useNamedReferences: true } }) };
}
