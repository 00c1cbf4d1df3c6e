/**
 * A plan written as a document: content/<municipality>/<unit>/<year>.md. YAML frontmatter (between
 * lines of ---) holds what is not the document's body (title, year, source, leaders …); the body is
 * the document as printed, in order, in a structure-only dialect of Markdown:
 *
 * - `#` … `######` headings are the document's chapters and sections, nested by level, their text
 *   (with its printed numbering) kept exactly;
 * - paragraphs, lists and GFM tables are blocks written in place; every character of a paragraph,
 *   list item or cell is kept as written (no emphasis, links or other inline Markdown: the text is
 *   taken from the source, not from an inline parse). A backslash before the first character of a
 *   line (\1. or \- or \#) keeps that character as text, and \| in a cell is a |;
 * - a fenced block ```yaml <kind> holds a typed part of the plan where the document prints it, in
 *   the plan file's YAML: organisation, divisions, resources, policies, indicators, projects,
 *   evaluationScale, evaluation (each once), or block (a statement block: with id, kind, evaluation …).
 *
 * The result is the same data a <year>.yaml file gives (`parts` with the outline, the typed sections
 * at the top level), and a YAML document whose node positions point into the .md file, so the
 * validator reports every problem at the file's line and column.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Heading, List, Node as MdNode, Paragraph, RootContent, Table } from 'mdast';
import { Document, LineCounter, Pair, Scalar, visit, YAMLMap, YAMLSeq, type Node, type ParsedNode } from 'yaml';
import type { Positions } from './read.ts';
import { dataOf, parseYamlPiece, yamlErrorToProblem } from './read.ts';
import type { SourceProblem } from './read-source.ts';

/** The kinds a fenced ```yaml block may have: the typed sections, and `block` for a statement block. */
export const FENCE_KINDS = [
  'organisation',
  'statements',
  'divisions',
  'resources',
  'policies',
  'indicators',
  'projects',
  'evaluationScale',
  'evaluation',
  'block',
] as const;

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** The line counter of `text`, as the YAML parser would make it. */
function lineCounter(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/** Moves every node of a parsed fragment by `offset`, so its positions are the .md file's. */
function shift(node: unknown, offset: number): void {
  visit(node as Node, {
    Node(_, n) {
      if (n.range) n.range = [n.range[0] + offset, n.range[1] + offset, n.range[2] + offset];
    },
    Pair(_, p) {
      const key = p.key as Node | null;
      if (key?.range) key.range = [key.range[0] + offset, key.range[1] + offset, key.range[2] + offset];
    },
  });
}

const at = <T extends Node>(node: T, start: number, end: number): T => {
  node.range = [start, end, end];
  return node;
};
const scalar = (value: unknown, start: number, end: number) => at(new Scalar(value), start, end);
const pair = (key: string, value: Node, start: number) => new Pair(scalar(key, start, start), value);

/** A line's leading backslash before a character that would start a structure: the character stays as text. */
const unescapeLine = (line: string) => line.replace(/^([ \t]*)\\([#>*+\-=|`~0-9])/, '$1$2');

/** The text of a paragraph or cell as written: its source, each line trimmed, escapes of structure undone. */
function sourceText(text: string, node: MdNode, cell = false): string {
  const raw = text.slice(node.position!.start.offset!, node.position!.end.offset!);
  const lines = raw.split(/\r?\n/).map((l) => unescapeLine(l.trim()));
  const joined = lines.join('\n');
  return cell ? joined.replace(/\\\|/g, '|') : joined;
}

export interface MarkdownRead {
  data?: object;
  pos: Positions;
  problems: SourceProblem[];
}

/** Reads a plan written in Markdown (see above): its data, positions in the .md file, or the problems that stop it. */
export function readMarkdownPlan(text: string): MarkdownRead {
  const lines = lineCounter(text);
  const doc = new Document();
  const problems: SourceProblem[] = [];
  const problem = (offset: number, code: string, ja: string, en: string) => {
    const { line, col } = lines.linePos(offset);
    problems.push({ code, line, column: col, ja, en });
  };
  const pos: Positions = () => ({ doc, lines });

  const top = at(new YAMLMap(), 0, text.length);
  doc.contents = top as unknown as ParsedNode;
  let bodyStart = 0;
  const fm = FRONTMATTER.exec(text);
  if (!fm || fm.index !== 0) {
    problem(
      0,
      'md-frontmatter',
      'Markdown の計画は、--- の行で囲んだ YAML の前付け（municipality、department、fiscalYear、title、source など）で始めてください（docs/authoring.md）。',
      'A plan in Markdown starts with YAML frontmatter between lines of --- (municipality, department, fiscalYear, title, source …; see docs/authoring.md).',
    );
    return { pos, problems };
  }
  const fmStart = fm[0].indexOf('\n') + 1;
  const front = parseYamlPiece(fm[1]!);
  const fmErrors = [...front.errors, ...front.warnings];
  if (fmErrors.length) {
    for (const e of fmErrors) {
      const p = yamlErrorToProblem(e, fm[1]!);
      const shifted = lines.linePos(fmStart + (e.pos?.[0] ?? 0));
      problems.push({ ...p, line: shifted.line, column: shifted.col });
    }
    return { pos, problems };
  }
  if (front.contents && !(front.contents instanceof YAMLMap)) {
    problem(fmStart, 'not-a-mapping', '前付けが「項目名: 値」の形になっていません。', 'The frontmatter does not hold "key: value" fields.');
    return { pos, problems };
  }
  if (front.contents) {
    shift(front.contents, fmStart);
    top.items.push(...(front.contents as YAMLMap).items);
  }
  bodyStart = fm[0].length;

  const tree = fromMarkdown(text.slice(bodyStart), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  // Positions of the body's nodes are the body's: move them to the file's.
  const offset = (n: MdNode) => bodyStart + n.position!.start.offset!;
  const end = (n: MdNode) => bodyStart + n.position!.end.offset!;
  const body = text.slice(bodyStart);

  interface Open {
    depth: number;
    map: YAMLMap;
    content: YAMLSeq;
  }
  const parts = at(new YAMLSeq(), bodyStart, text.length);
  const root: Open = { depth: 0, map: new YAMLMap(), content: parts };
  const stack: Open[] = [root];
  const current = () => stack[stack.length - 1]!;
  /** The block being filled with paragraphs, list items and tables (in that order), if any. */
  let block: { map: YAMLMap; last: number } | undefined;
  const FIELD_ORDER = { paragraphs: 0, items: 1, tables: 2 } as const;
  const addToBlock = (field: keyof typeof FIELD_ORDER, node: Node, start: number) => {
    const rank = FIELD_ORDER[field];
    if (!block || block.last > rank) {
      // A chapter without a heading holds what comes before the first heading.
      if (current() === root) openChapter(0, undefined, start);
      block = { map: at(new YAMLMap(), start, start), last: -1 };
      current().content.items.push(block.map);
    }
    let seq = block.map.get(field, true) as YAMLSeq | undefined;
    if (!seq || block.last !== rank) {
      seq = at(new YAMLSeq(), start, start);
      block.map.items.push(pair(field, seq, start));
    }
    seq.items.push(node);
    block.last = rank;
  };
  const opened = new Map<YAMLMap, Open>();
  /** Opens a chapter at a heading of `depth`; depth 0 is the chapter without a heading that holds what precedes the first heading. */
  const openChapter = (depth: number, heading: Heading | undefined, start: number) => {
    while (current().depth >= depth && current() !== root) stack.pop();
    const map = at(new YAMLMap(), start, start);
    if (heading) {
      const inner = heading.children.length
        ? { start: offset(heading.children[0]!), end: end(heading.children[heading.children.length - 1]!) }
        : undefined;
      const textOf = inner ? unescapeLine(text.slice(inner.start, inner.end)) : '';
      if (textOf) map.items.push(pair('heading', scalar(textOf, inner!.start, inner!.end), start));
    }
    const content = at(new YAMLSeq(), start, start);
    current().content.items.push(map);
    // The chapter without a heading gives way to the first heading, whatever its level.
    const open = { depth: depth === 0 ? Infinity : depth, map, content };
    opened.set(map, open);
    stack.push(open);
    block = undefined;
  };

  const fenced = new Set<string>();
  for (const node of tree.children as RootContent[]) {
    const start = offset(node);
    if (node.type === 'heading') {
      openChapter(node.depth, node, start);
    } else if (node.type === 'paragraph') {
      addToBlock('paragraphs', scalar(sourceText(body, node), start, end(node)), start);
    } else if (node.type === 'list') {
      const seq = at(new YAMLSeq(), start, end(node));
      for (const item of (node as List).children) {
        const paragraphs = item.children.filter((c): c is Paragraph => c.type === 'paragraph');
        if (paragraphs.length !== item.children.length || paragraphs.length === 0) {
          problem(
            offset(item),
            'md-list-item',
            '箇条書きの項目には、1つの段落だけを書いてください（入れ子の箇条書きは書けません）。',
            'A list item holds one paragraph (nested lists are not part of the dialect).',
          );
          continue;
        }
        const textOf = paragraphs.map((p) => sourceText(body, p)).join('\n');
        seq.items.push(scalar(textOf, offset(paragraphs[0]!), end(paragraphs[paragraphs.length - 1]!)));
      }
      // Each list is a field of its own block: lists one after another stay apart.
      if (block && block.last >= FIELD_ORDER.items) block = undefined;
      if (!block) {
        if (current() === root) openChapter(0, undefined, start);
        block = { map: at(new YAMLMap(), start, start), last: -1 };
        current().content.items.push(block.map);
      }
      block.map.items.push(pair('items', seq, start));
      block.last = FIELD_ORDER.items;
    } else if (node.type === 'table') {
      const table = node as Table;
      const cell = (c: Table['children'][number]['children'][number]) => {
        const value = c.children.length
          ? sourceText(
              body,
              { position: { start: c.children[0]!.position!.start, end: c.children[c.children.length - 1]!.position!.end } } as MdNode,
              true,
            )
          : null;
        return value === null || value === '' ? scalar(null, offset(c), end(c)) : scalar(value, offset(c), end(c));
      };
      const [head, ...rows] = table.children;
      const map = at(new YAMLMap(), start, end(node));
      if (head && head.children.some((c) => c.children.length)) {
        const columns = at(new YAMLSeq(), offset(head), end(head));
        columns.items.push(...head.children.map(cell));
        map.items.push(pair('columns', columns, start));
      }
      const rowsSeq = at(new YAMLSeq(), start, end(node));
      for (const row of rows) {
        const r = at(new YAMLSeq(), offset(row), end(row));
        r.items.push(...row.children.map(cell));
        rowsSeq.items.push(r);
      }
      map.items.push(pair('rows', rowsSeq, start));
      addToBlock('tables', map, start);
    } else if (node.type === 'code') {
      const [lang, kind, ...rest] = (node.lang ? [node.lang, ...(node.meta ?? '').split(/\s+/).filter(Boolean)] : []) as string[];
      if (lang !== 'yaml' || !kind || rest.length || !(FENCE_KINDS as readonly string[]).includes(kind)) {
        problem(
          start,
          'md-fence',
          `囲みブロックは \`\`\`yaml と種類（${FENCE_KINDS.join('、')}）で始めてください。`,
          `A fenced block starts with \`\`\`yaml and its kind (${FENCE_KINDS.join(', ')}).`,
        );
        continue;
      }
      // The fence's first line ends at the first line break; its YAML starts on the next line.
      const valueStart = text.indexOf('\n', start) + 1;
      const yaml = parseYamlPiece(node.value);
      const errors = [...yaml.errors, ...yaml.warnings];
      if (errors.length) {
        for (const e of errors) {
          const p = yamlErrorToProblem(e, node.value);
          const shifted = lines.linePos(valueStart + (e.pos?.[0] ?? 0));
          problems.push({ ...p, line: shifted.line, column: shifted.col });
        }
        continue;
      }
      shift(yaml.contents, valueStart);
      const value = (yaml.contents as Node | null) ?? scalar(null, valueStart, valueStart);
      if (kind === 'block') {
        if (current() === root) openChapter(0, undefined, start);
        current().content.items.push(value);
        block = undefined;
        continue;
      }
      if (fenced.has(kind) || top.has(kind)) {
        problem(
          start,
          'md-fence-twice',
          `「${kind}」は1つの計画に1つだけです（前付けか、もう1つの囲みブロックにもあります）。`,
          `A plan has one "${kind}" (it is also in the frontmatter or another fenced block).`,
        );
        continue;
      }
      fenced.add(kind);
      top.items.push(pair(kind, value, start));
      if (current() === root) openChapter(0, undefined, start);
      current().content.items.push(scalar(kind, start, start));
      block = undefined;
    } else if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'blockquote' || node.type === 'definition') {
      problem(
        start,
        'md-construct',
        'この書き方（区切り線、HTML、引用、リンク定義）は計画の Markdown では使えません。文書の文字どおりに段落として書くか、行頭に \\ を付けてください。',
        'This construct (a rule, HTML, a quote, a link definition) is not part of the plan dialect. Write it as a paragraph, or put \\ before its first character.',
      );
    }
  }
  // Close every chapter: its content, if it has any, in printed order.
  const seen = new Set<YAMLMap>();
  const close = (seq: YAMLSeq) => {
    for (const item of seq.items) {
      const map = item as YAMLMap;
      if (!(map instanceof YAMLMap) || seen.has(map)) continue;
      seen.add(map);
      const open = opened.get(map);
      if (open) {
        close(open.content);
        if (open.content.items.length) map.items.push(pair('content', open.content, map.range![0]));
      }
    }
  };
  close(parts);
  // The body's text is literal by construction: Markdown is its structure, never its inline marks.
  if (top.has('markdown'))
    problem(
      bodyStart,
      'md-markdown',
      'Markdown の計画に markdown は書けません（本文の文字はいつも書いたとおりに載ります。見出し・段落・箇条書き・表は本文の形で書きます）。前付けから markdown の行を消してください。',
      "A plan in Markdown takes no markdown key: its text is always published as written (headings, paragraphs, lists and tables are the body's own form). Remove the markdown line from the frontmatter.",
    );
  if (parts.items.length) {
    if (top.has('parts'))
      problem(
        bodyStart,
        'md-parts',
        '前付けに parts は書けません（本文の見出しが構成になります）。',
        'The frontmatter has no parts: the headings of the body are the outline.',
      );
    else top.items.push(pair('parts', parts, bodyStart));
  }
  if (problems.length) return { pos, problems };
  // Aliases are limited as in a YAML file, counted over the whole plan (an anchor in the frontmatter can be repeated in a block).
  const read = dataOf(doc, text, lines);
  if (read.problems.length) return { pos, problems: read.problems };
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problem(0, 'not-a-mapping', '前付けが「項目名: 値」の形になっていません。', 'The frontmatter does not hold "key: value" fields.');
    return { pos, problems };
  }
  return { data, pos, problems };
}
