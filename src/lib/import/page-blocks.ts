/**
 * A published page read as blocks in printed order: headings, paragraphs, list items and table rows,
 * each with the evidence it was read from. An `.html` file is parsed (hast-util-from-html, parse5's
 * HTML5 parser), so its headings, lists and tables are known from its elements, and the parts of the
 * page that are chrome by their element (nav, header, footer, aside, a breadcrumb, a skip link, an
 * image) are marked as furniture at once. A page's text (copied, or a PDF's) has only its lines: each
 * non-empty line is a block, a run of `a | b |` rows a table.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export interface PageBlock {
  /** 1-based line of the text (for an HTML file: the element's line). */
  line: number;
  type: 'heading' | 'paragraph' | 'item' | 'row' | 'image';
  text: string;
  /** The cells of a table row. */
  cells?: string[];
  /** A heading's level when the page's markup gives it (h1 … h6). */
  level?: number;
  /** Why the block is page furniture, when its element says so (nav, footer, skip link …). */
  furniture?: string;
}

/** The page's address from a first line `source: <address>`, and the text without it. */
export function sourceLine(text: string): { url?: string; text: string } {
  const m = /^\uFEFF?source:[ \t]*(\S+)[ \t]*\r?\n/.exec(text);
  return m ? { url: m[1], text: text.slice(m[0].length) } : { text };
}

/** True when the text is an HTML document (a saved page) rather than its text. */
export const isHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);

/**
 * The blocks of a page's text: one per non-empty line, tables as rows. A run of table lines as a
 * page's text gives them (every line closed by `|`, a cell's text on its own line before its `|`) is
 * read cell by cell into rows as wide as its first row.
 */
export function textBlocks(text: string): PageBlock[] {
  const lines = text.split(/\r\n|\r|\n|\f/);
  const blocks: PageBlock[] = [];
  const clean = (s: string) => s.replace(/\u00a0/g, ' ').trim();
  for (let i = 0; i < lines.length; i++) {
    const text = clean(lines[i]!);
    if (!text) continue;
    const pipes = (text.match(/\|/g) ?? []).length;
    if (pipes >= 1 && text.endsWith('|') && (pipes >= 2 || text.length > 1)) {
      // A table: its first row gives its width; the lines after it that close cells fill rows.
      const width = text.split('|').length - 1;
      const first = text
        .split('|')
        .slice(0, width)
        .map((c) => c.trim());
      blocks.push({ line: i + 1, type: 'row', text, cells: first });
      const tokens: { text: string; line: number }[] = [];
      let pending: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const t = clean(lines[j]!);
        if (!t) break;
        if (t.endsWith('|')) {
          const cells = t.split('|').slice(0, -1);
          cells[0] = [...pending, cells[0]!].filter(Boolean).join('\n');
          pending = [];
          for (const c of cells) tokens.push({ text: c.trim(), line: j + 1 });
        } else if (
          !t.includes('|') &&
          clean(lines[j + 1] ?? '').endsWith('|') &&
          !/\S\s*\|\s*\S/.test(clean(lines[j + 1] ?? '')) &&
          width > 1
        )
          pending.push(t);
        else break;
      }
      if (pending.length) j -= pending.length;
      for (let k = 0; k < tokens.length; k += width) {
        const row = tokens.slice(k, k + width);
        const cells = [...row.map((t) => t.text), ...Array(width - row.length).fill('')];
        blocks.push({ line: row[0]!.line, type: 'row', text: cells.join(' | '), cells });
      }
      i = j - 1;
      continue;
    }
    blocks.push({ line: i + 1, type: 'paragraph', text });
  }
  return blocks;
}

/** A class, id or role that names page chrome (a CMS's navigation, breadcrumb, header, footer, share buttons …). */
const CHROME_NAME =
  /(?:^|[-_\s])(?:nav|navi|navigation|menu|breadcrumbs?|topicpath|pankuzu|header|footer|sidebar|side|skip|share|sns|banner|pagetop|gnav|lnav|localnav|utility)(?:$|[-_\s\d])/i;
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'script', 'style', 'noscript', 'template', 'button', 'select']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head']);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'dd',
  'dt',
  'dl',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'center',
]);

const textOf = (node: Nodes): string => {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (SKIP_TAGS.has(node.tagName)) return '';
    if (node.tagName === 'br') return '\n';
    if (node.tagName === 'img') return '';
  }
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
};
const squash = (s: string) =>
  s
    .replace(/[ \t\r\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Why an element is chrome by its markup, if it is. */
function chromeOf(el: Element): string | undefined {
  if (CHROME_TAGS.has(el.tagName) && !SKIP_TAGS.has(el.tagName)) return `<${el.tagName}>`;
  const p = el.properties ?? {};
  const role = String(p.role ?? '');
  if (/^(?:navigation|banner|contentinfo|search|complementary)$/.test(role)) return `role=${role}`;
  const names = [...(Array.isArray(p.className) ? p.className : []), p.id].filter(Boolean).map(String);
  const hit = names.find((n) => CHROME_NAME.test(n));
  if (hit) return `class/id ${hit}`;
  if (el.tagName === 'a' && /^#/.test(String(p.href ?? ''))) return 'skip link';
  return undefined;
}

/**
 * The blocks of an HTML page in document order. Headings (h1–h6) carry their level; <li> items and
 * table rows are read as such; text directly in a block element is a paragraph (a <br> breaks it
 * into lines, as the page shows them). Everything inside chrome is kept as furniture, never dropped;
 * an image gives its alt text or file name as furniture.
 */
export function htmlBlocks(html: string): { blocks: PageBlock[]; title?: string } {
  const tree: Root = fromHtml(html);
  const blocks: PageBlock[] = [];
  let title: string | undefined;
  const push = (el: Element, type: PageBlock['type'], text: string, extra: Partial<PageBlock> = {}) => {
    for (const t of squash(text)) blocks.push({ line: el.position?.start.line ?? 0, type, text: t, ...extra });
  };
  const walk = (node: Nodes, furniture?: string) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const el = node;
      if (el.tagName === 'title') title = squash(textOf(el))[0];
      if (SKIP_TAGS.has(el.tagName)) {
        if (el.tagName === 'head') el.children.forEach((c) => walk(c as Nodes, furniture));
        return;
      }
      const chrome = furniture ?? chromeOf(el);
      const f = chrome ? { furniture: chrome } : {};
      const heading = /^h([1-6])$/.exec(el.tagName);
      if (heading) return push(el, 'heading', textOf(el), { level: Number(heading[1]), ...f });
      if (el.tagName === 'img') {
        const alt = String(el.properties?.alt ?? '').trim();
        const src =
          String(el.properties?.src ?? '')
            .split(/[/?#]/)
            .filter(Boolean)
            .at(-1) ?? '';
        return push(el, 'image', alt || src, { furniture: 'image' });
      }
      if (el.tagName === 'li') {
        const nested = el.children.filter((c) => c.type === 'element' && /^(?:ul|ol|table)$/.test(c.tagName));
        const own = el.children.filter((c) => !nested.includes(c));
        push(el, 'item', own.map((c) => textOf(c as Nodes)).join(''), f);
        return nested.forEach((c) => walk(c as Nodes, chrome));
      }
      if (el.tagName === 'tr') {
        const cells = el.children
          .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
          .map((c) => squash(textOf(c)).join('\n'));
        if (cells.some(Boolean))
          blocks.push({
            line: el.position?.start.line ?? 0,
            type: 'row',
            text: cells.join(' | '),
            cells,
            ...(chrome ? { furniture: chrome } : {}),
          });
        return;
      }
      // Text directly in a block element (not in a nested block) is one paragraph per line.
      if (BLOCK_TAGS.has(el.tagName) || el.tagName === 'body' || el.tagName === 'td' || el.tagName === 'th') {
        let run: Nodes[] = [];
        const flush = () => {
          if (run.length) push(el, 'paragraph', run.map(textOf).join(''), f);
          run = [];
        };
        for (const c of el.children as Nodes[]) {
          const inline = c.type === 'text' || (c.type === 'element' && !isBlockish(c));
          if (inline && !(c.type === 'element' && (c.tagName === 'img' || chromeOf(c)))) run.push(c);
          else {
            flush();
            walk(c, chrome);
          }
        }
        return flush();
      }
      if (chrome && el.tagName === 'a') {
        push(el, 'paragraph', textOf(el), f);
        return el.children.forEach((c) => c.type === 'element' && c.tagName === 'img' && walk(c, chrome));
      }
      return el.children.forEach((c) => walk(c as Nodes, chrome));
    }
    (node.children as Nodes[]).forEach((c) => walk(c, furniture));
  };
  walk(tree);
  return { blocks, title };
}

function isBlockish(el: Element): boolean {
  return (
    BLOCK_TAGS.has(el.tagName) ||
    CHROME_TAGS.has(el.tagName) ||
    /^(?:h[1-6]|ul|ol|li|table|tbody|thead|tr|td|th|hr|body|html)$/.test(el.tagName)
  );
}
