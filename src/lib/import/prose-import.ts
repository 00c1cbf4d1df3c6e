/**
 * Imports a prose document (a web page's text or its .html file) into the Markdown form of a plan
 * (`<year>.md`): frontmatter for what is not the body, then the body as printed, in order. It reads
 * the page's structure (an HTML page's headings, lists and tables; a text's line shapes: numbering,
 * heading marks, short lines with text under them, table rows), sets aside page furniture (see
 * furniture.ts) and another unit's text, and says how sure it is: every field filled from weak
 * evidence carries a `# 要確認 / check:` comment, which the validator reports as a warning until a
 * clerk confirms or edits it; the furniture is listed, with why, at the end of the frontmatter.
 * Every line of the page is either in the draft's body or frontmatter, or in that list: none is lost.
 */
import { stringify } from 'yaml';
import { warekiToIso, warekiYear } from '../validate/wareki.ts';
import { TO_FILL } from '../validate/to-fill.ts';
import { GUESS_MARK } from '../validate/import-guesses.ts';
import { textToFiscalYear } from './figures.ts';
import { DATE_LINE, furnitureReason, isBodyEnd, isBodyStart } from './furniture.ts';
import { htmlBlocks, isHtml, sourceLine, textBlocks, type PageBlock } from './page-blocks.ts';
import type { ImportContext } from './import-context.ts';

/** The comment that marks a guess; the validator lists each until it is removed. */
export const CHECK_MARK = GUESS_MARK;

/** A statement's kind from the words of its heading (or of the document's kind). */
const KINDS: [RegExp, string][] = [
  [/基本姿勢/, 'stance'],
  [/基本目標/, 'basic-goal'],
  [/抱負/, 'aspiration'],
  [/ミッション|使命/, 'mission'],
  [/ビジョン|目指す姿|めざす姿/, 'vision'],
];
export const kindOf = (text: string) => KINDS.find(([re]) => re.test(text))?.[1];

/** Words that name a kind of plan document: a title names one. */
const DOCUMENT_KIND = /(?:運営方針|経営方針|方針|抱負|工程表|計画|目標|マニフェスト|ミッション|戦略|宣言)$/;
/** A head of a unit and the name in brackets: 総務部長(我山 博章), 所長 山根 淳史. */
const LEADER = /^(?:.*?\s)?(\S+?(?:部長|局長|区長|課長|所長|室長|センター長|事務所長|監|理事))\s*[(（]\s*([^()（）]{2,20}?)\s*[)）]$/;
/** Where a sentence ends. */
const SENTENCE_END = /[。．.！？!?」』）)]$/;
const ERA_YEAR = /(平成|令和|昭和)\s*(元|\d{1,2})\s*年度?/g;

export interface ProseImport {
  /** The draft, as the file will be written. */
  markdown: string;
  fiscalYear?: number;
  title?: string;
  documentType?: string;
  /** Non-empty lines of the text, how many landed in the draft, how many are furniture, how many guesses. */
  lines: number;
  placed: number;
  furniture: { line: number; text: string; reason: string }[];
  guesses: { field: string; why: string }[];
  /** Lines in neither the draft nor the furniture list (none, by construction; counted to prove it). */
  unplaced: number;
  departmentName?: string;
}

interface Item {
  block: PageBlock;
  heading?: { level: number; cls: string };
}

/** The class of a heading's shape: numbered 1., bracketed (1), circled ①, marked ■ ● 【 <, or plain. */
function shapeOf(text: string): string {
  const t = text.normalize('NFKC');
  if (/^\d{1,2}[.、]\s*\S/.test(t) || /^第\s*\d+\s*[章節部]/.test(t)) return 'num';
  if (/^\(\d{1,2}\)/.test(t)) return 'paren';
  if (/^[①-⑳]/.test(text)) return 'circled';
  if (/^[■□◆◇●▼▽【<〈《≪]/.test(t)) return `mark${t[0]}`;
  if (/^[○◯・•･※\-–—*〇]/.test(t)) return 'bullet';
  return 'plain';
}

/** A line short enough and without a sentence's end to head something. */
const headingShaped = (b: PageBlock) =>
  b.type === 'paragraph' &&
  [...b.text].length <= 40 &&
  !/[。．.！？!?]$/.test(b.text) &&
  !/[。．]/.test(b.text) &&
  shapeOf(b.text) !== 'bullet';

/** The fiscal year a body line states as the plan's year: 令和3年度は…, 平成24年度、…, 平成29年度の抱負. */
export function bodyFiscalYear(text: string): number | undefined {
  const m = /(平成|令和|昭和)\s*(元|\d{1,2})\s*年度(?:は|、|の(?:抱負|運営方針|方針|目標|取組))/.exec(text.normalize('NFKC'));
  return m ? warekiYear(m[1]!, m[2]!) : undefined;
}

/** A date printed on a page (2017年04月14日, 令和3年5月17日) as YYYY-MM-DD. */
export function dateOf(text: string): string | undefined {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(t);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const w = /(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日/.exec(t);
  return w ? warekiToIso(w[0]) : undefined;
}

/**
 * The kind of document a title names, without its year, body and unit names:
 * 平成29年度各部局長の抱負 → 部局長の抱負, 令和6年度中区運営方針 → 区運営方針, 西部総合事務所 地域振興局 西部振興課の工程表 → 工程表.
 */
export function documentTypeOf(title: string, names: (string | undefined)[] = []): string {
  let t = title
    .normalize('NFKC')
    .replace(ERA_YEAR, '')
    .replace(/(?:19|20)\d{2}\s*年度?/g, '')
    .trim();
  for (const name of names.filter((n): n is string => !!n)) {
    const proper = name.replace(/(?:区|部|局|課|室)$/, '');
    if (proper && t.startsWith(name)) t = t.slice(proper.length);
  }
  // Unit names before the kind: 〇〇事務所 〇〇局 〇〇課の …
  // …and a head's title before a space (企画財務部長 部局マニフェスト), never one the kind names (部局長の抱負).
  t = t.replace(/^(?:\S+?(?:事務所|本部|局|部|課|室|センター|監)(?:\s+|の(?=\S))|\S+?(?:部長|局長|課長|区長|所長)\s+)+/, '');
  return (
    t
      .replace(/[(（]\s*[)）]/g, '')
      .replace(/^[\s・の]+/, '')
      .replace(/^各(?=\S)/, '')
      .trim() || title
  );
}

/** Marks a text for Markdown: a first character that would begin a structure gets a backslash. */
const mdText = (s: string) => s.replace(/^([#>*+\-=|`~]|\d+[.)])/, (m) => `\\${m}`);
const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Reads a page (its text, or its .html) into a Markdown draft. */
export function importProse(input: string, context: ImportContext): ProseImport {
  const { url: givenUrl, text } = sourceLine(input);
  const html = isHtml(text);
  const page = html ? htmlBlocks(text) : { blocks: textBlocks(text), title: undefined };
  const all = page.blocks;
  const furniture: ProseImport['furniture'] = [];
  const guesses: ProseImport['guesses'] = [];
  const aside = (b: PageBlock, reason: string) => furniture.push({ line: b.line, text: b.text, reason });

  // 1. Furniture: by element, by shape, and by position (before ここから本文, after ここまで本文).
  let body: PageBlock[] = [];
  let published: string | undefined;
  const startAt = all.findIndex((b) => isBodyStart(b.text));
  const endAt = all.findIndex((b) => isBodyEnd(b.text));
  all.forEach((b, i) => {
    const reason =
      b.furniture ??
      furnitureReason(b.text, { publisher: context.publisher }) ??
      (startAt >= 0 && i < startAt ? 'before the body / 本文の前' : undefined) ??
      (endAt >= 0 && i > endAt ? 'after the body / 本文の後' : undefined);
    if (reason) {
      if (DATE_LINE.test(b.text)) published ??= dateOf(b.text);
      aside(b, reason);
    } else body.push(b);
  });

  // 2. The title: the page's first heading (HTML), else the first line that names a kind of document
  // before the prose, or the line just before the update date.
  const dateIndex = all.findIndex((b) => DATE_LINE.test(b.text));
  let titleBlock: PageBlock | undefined;
  let title = context.title;
  if (!title) {
    const top = html
      ? body.find((b) => b.type === 'heading' && b.level === Math.min(...body.filter((x) => x.type === 'heading').map((x) => x.level!)))
      : undefined;
    const beforeDate = dateIndex > 0 ? body.filter((b) => b.line < all[dateIndex]!.line).at(-1) : undefined;
    const firstProse = body.findIndex((b) => b.type === 'paragraph' && !headingShaped(b));
    const naming = body
      .slice(0, firstProse < 0 ? body.length : firstProse)
      .find((b) => headingShaped(b) && DOCUMENT_KIND.test(b.text) && !LEADER.test(b.text));
    titleBlock = top ?? (beforeDate && headingShaped(beforeDate) ? beforeDate : naming);
    title = titleBlock?.text ?? (html ? page.title : undefined);
    if (title && !titleBlock) guesses.push({ field: 'title', why: "the page's <title> / ページの <title> から" });
  } else titleBlock = body.find((b) => b.text === title);
  if (titleBlock) body = body.filter((b) => b !== titleBlock);
  if (!title) {
    // A document's kind named in quotes in its text: 「部局運営方針」として整理・公表 …
    for (const b of body) {
      const m = /「([^「」]{2,20}?(?:運営方針|経営方針|抱負|工程表|計画|目標))」/.exec(b.text);
      if (m) {
        title = m[1];
        guesses.push({ field: 'title', why: `named in the text (line ${b.line}) / 本文の「${m[1]}」から` });
        break;
      }
    }
  }

  // 3. Another unit's text: a section headed by the head of another unit (地域環境部長 on 総務部's page).
  const ours = context.departmentName;
  const leaders: { title: string; name: string }[] = [];
  const isLeader = (b: PageBlock) => headingShaped(b) || b.type === 'heading';
  let other = false;
  body = body.filter((b) => {
    const m = isLeader(b) ? LEADER.exec(b.text) : null;
    if (m) {
      other = !!ours && !m[1]!.startsWith(ours) && !m[1]!.includes(ours);
      if (!other) leaders.push({ title: m[1]!, name: m[2]! });
    } else if (b.type === 'heading' || (headingShaped(b) && kindOf(b.text))) other = other && false;
    if (other) aside(b, "another unit's text / 他の組織の文");
    return !other;
  });

  // 4. Headings and their levels: markup levels where the page gives them, shapes otherwise.
  const items: Item[] = [];
  const stack: { cls: string; level: number }[] = [];
  let prevHeading: { level: number; cls: string } | undefined;
  let contentSince = true;
  let kindedFirst = false;
  const minLevel = Math.min(7, ...body.filter((b) => b.type === 'heading').map((b) => b.level!));
  body.forEach((b, i) => {
    const next = body[i + 1];
    let heading: Item['heading'];
    if (b.type === 'heading') heading = { level: Math.min(6, b.level! - minLevel + 1), cls: `h${b.level}` };
    else if (headingShaped(b) && next && !html) {
      const cls = shapeOf(b.text);
      const nextCls = next.type === 'paragraph' ? shapeOf(next.text) : next.type;
      const numbered = cls !== 'plain';
      // A heading has something under it: a plain line followed by a numbered heading closes a section,
      // a marked line followed by one of the same mark is a list; the first line under a heading that
      // names a statement's kind is its text (a slogan under 基本目標).
      const underIt =
        numbered ||
        (!['num', 'paren', 'circled'].includes(nextCls) && !(nextCls === cls && headingShaped(next) && cls !== 'plain' && !contentSince));
      const sameMarkRun =
        numbered && cls.startsWith('mark') && next.type === 'paragraph' && shapeOf(next.text) === cls && !headingShaped(next);
      if (underIt && !sameMarkRun && !(kindedFirst && cls === 'plain') && !/^[~～〜「『].*[~～〜」』]$/.test(b.text)) {
        const found = [...stack].reverse().find((s) => s.cls === cls);
        const level =
          !contentSince && prevHeading
            ? prevHeading.level + 1
            : found
              ? found.level
              : cls === 'num'
                ? 1
                : cls === 'paren'
                  ? (stack.find((s) => s.cls === 'num')?.level ?? 0) + 1
                  : cls === 'plain'
                    ? prevHeading && stack.some((s) => s.cls !== 'plain')
                      ? prevHeading.level + 1
                      : 1
                    : (prevHeading?.level ?? 0) + 1;
        heading = { level: Math.min(6, level), cls };
      }
    }
    if (heading) {
      while (stack.length && stack.at(-1)!.level >= heading.level) stack.pop();
      stack.push(heading);
      prevHeading = heading;
      contentSince = false;
      kindedFirst = !!kindOf(b.text);
    } else {
      contentSince = true;
      // Under a heading naming a statement's kind, its first line is its text (a slogan under 基本目標).
      kindedFirst = false;
    }
    items.push({ block: b, heading });
  });

  // 5. The year: from the title, else from the body (令和3年度は…), else the caller's.
  let fiscalYear = context.fiscalYear ?? (title ? textToFiscalYear(title) : undefined);
  if (!fiscalYear)
    for (const b of body) {
      const y = bodyFiscalYear(b.text);
      if (y) {
        fiscalYear = y;
        guesses.push({ field: 'fiscalYear', why: `read from the text, line ${b.line}: ${b.text.slice(0, 30)}… / 本文から` });
        break;
      }
    }
  // An address that carries the era year (…/H25_open_…/): a guess the clerk confirms.
  const fromUrl = /(?:^|[/_\-.])([HR])(\d{1,2})(?:[HR]\d{1,2})*(?=[_\-./])/.exec(context.url ?? givenUrl ?? '');
  if (!fiscalYear && fromUrl) {
    fiscalYear = warekiYear(fromUrl[1] === 'H' ? '平成' : '令和', fromUrl[2]!);
    guesses.push({ field: 'fiscalYear', why: `read from the address (${fromUrl[0].replace(/^[/_\-.]/, '')}) / アドレスの年度から` });
  }
  const documentType = title ? documentTypeOf(title, [context.publisher, ours]) : undefined;
  if (documentType && documentType !== title)
    guesses.push({ field: 'documentType', why: `the title without its year and names / 表題から年度・名称を除いたもの` });
  const docKind = documentType ? kindOf(documentType) : undefined;

  // 6. The body, in printed order: headings, paragraphs, tables; a section whose heading names a kind
  // (or a leader's section of a document of that kind) is a typed block; the last line of an excerpt
  // that stops mid-sentence breaks off.
  const lastText = [...items].reverse().find((it) => !it.heading && it.block.type !== 'row' && it.block.type !== 'image');
  const breaksOff = !!lastText && !SENTENCE_END.test(lastText.block.text) && items.at(-1) === lastText;
  const excerpt = context.excerpt || breaksOff;
  const out: string[] = [];
  let sectionKind: string | undefined;
  let sectionHeading: string | undefined;
  let kindGuess = false;
  // Ids from the unit's other years: a block under the same heading, or the one block of the same kind.
  const known = referenceIds(context.references ?? []);
  const used = new Set<string>();
  const idFor = (heading: string | undefined, kind: string | undefined) => {
    const id = (heading !== undefined ? known.byHeading.get(heading) : undefined) ?? (kind ? known.byKind.get(kind) : undefined);
    if (!id || used.has(id)) return undefined;
    used.add(id);
    return id;
  };
  let pending: { paragraphs: string[]; items: string[] } | undefined;
  const flushKinded = (breaks = false) => {
    if (!pending) return;
    const id = idFor(sectionHeading, sectionKind);
    const block: Record<string, unknown> = {
      ...(id ? { id } : {}),
      ...(sectionKind ? { kind: sectionKind } : {}),
      ...(pending.paragraphs.length ? { paragraphs: pending.paragraphs } : {}),
      ...(pending.items.length ? { items: pending.items } : {}),
      ...(breaks ? { breaksOff: true } : {}),
    };
    const why = `kind ${sectionKind} from the document's kind (${documentType}) / 文書の種類から`;
    if (sectionKind && kindGuess) guesses.push({ field: 'kind', why });
    const notes = [
      ...(sectionKind && kindGuess ? [`# ${CHECK_MARK} ${why}`] : []),
      ...(breaks ? ['# The excerpt breaks off in this paragraph. / 抜粋はこの段落の途中で終わる。'] : []),
    ];
    out.push('```yaml block', ...notes, stringify(block, { lineWidth: 0 }).trimEnd(), '```', '');
    pending = undefined;
  };
  let table: string[][] | undefined;
  let tables = 0;
  // A staff figure printed in a table (a 職員数 column over one row of figures) is read from its cell.
  let staffCell: { table: number; row: number; column: number } | undefined;
  const flushTable = () => {
    if (!table) return;
    tables++;
    const column = table[0]!.findIndex((c) => /^職員数(?:[(（]人[)）])?$/.test(c.trim()));
    if (column >= 0 && table.length === 2 && /^\d+$/.test(table[1]![column]?.trim() ?? '') && !staffCell)
      staffCell = { table: tables, row: 1, column: column + 1 };
    const width = Math.max(...table.map((r) => r.length));
    const row = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill('')].map(mdCell).join(' | ')} |`;
    out.push(row(table[0]!), `| ${Array(width).fill('---').join(' | ')} |`, ...table.slice(1).map(row), '');
    table = undefined;
  };
  for (const it of items) {
    const b = it.block;
    if (b.type !== 'row') flushTable();
    if (it.heading) {
      flushKinded();
      out.push(`${'#'.repeat(it.heading.level)} ${b.text}`, '');
      sectionHeading = b.text;
      const own = kindOf(b.text);
      const leaderSection = LEADER.test(b.text) && docKind;
      sectionKind = own ?? (leaderSection ? docKind : undefined);
      kindGuess = !own && !!sectionKind;
      continue;
    }
    if (b.type === 'row') {
      flushKinded();
      (table ??= []).push(b.cells ?? [b.text]);
      continue;
    }
    const last = it === lastText && breaksOff;
    if (sectionKind || last) {
      if (last && !sectionKind) flushKinded();
      // A block prints its paragraphs before its items: a paragraph after items begins the next block.
      if (b.type !== 'item' && pending?.items.length) flushKinded();
      pending ??= { paragraphs: [], items: [] };
      (b.type === 'item' ? pending.items : pending.paragraphs).push(b.text);
      if (last) flushKinded(true);
      continue;
    }
    out.push(b.type === 'item' ? `- ${mdText(b.text)}` : mdText(b.text), '');
  }
  flushKinded();
  flushTable();

  // 7. The frontmatter, with the guesses marked and the furniture listed.
  const completenessGuess = 'completeness: the text stops mid-sentence / 文の途中で終わる';
  if (excerpt && !context.excerpt) guesses.push({ field: 'completeness', why: completenessGuess });
  const check = (field: string) => guesses.filter((g) => g.field === field).map((g) => `# ${CHECK_MARK} ${field}: ${g.why}`);
  const q = (v: string) => stringify(v, { lineWidth: 0 }).trimEnd();
  const front: string[] = [
    `municipality: ${context.municipality}`,
    `department: ${context.department}`,
    ...check('fiscalYear'),
    `fiscalYear: ${fiscalYear ?? TO_FILL}`,
    ...check('documentType'),
    `documentType: ${q(documentType ?? TO_FILL)}`,
    ...check('title'),
    `title: ${q(title ?? TO_FILL)}`,
  ];
  if (leaders.length) front.push('leaders:', ...leaders.map((l) => `  - { title: ${q(l.title)}, name: ${q(l.name)} }`));
  if (staffCell)
    front.push(
      `# 職員数 is printed in table ${staffCell.table} of the body (row ${staffCell.row}, column ${staffCell.column}): read from there.`,
      'resources:',
      '  staff:',
      '    items:',
      `      - { id: total, label: 職員数, cell: { table: ${staffCell.table}, row: ${staffCell.row}, column: ${staffCell.column} } }`,
    );
  const url = context.url ?? givenUrl;
  front.push(
    'source:',
    `  title: ${q(title ?? TO_FILL)}`,
    ...(context.publisher ? [`  publisher: ${q(context.publisher)}`] : []),
    ...(url ? [`  url: ${q(url)}`] : []),
    ...(published ? [`  published: ${published}`] : []),
    ...(excerpt && !context.excerpt ? [`  # ${CHECK_MARK} ${completenessGuess}`] : []),
    `  completeness: ${excerpt ? 'excerpt' : 'full'}`,
    `  note: ${q(excerpt ? '公表されたページの抜粋から取り込み。' : '公表されたページから取り込み。')}`,
  );
  if (furniture.length) {
    front.push(
      '# ページの部品など、本文でないので載せない行（取り込みで除外） / Page furniture and text that is not this plan, set aside (never published):',
      ...furniture.sort((a, b) => a.line - b.line).map((f) => `#   ${f.line}: ${f.text.replace(/\s+/g, ' ')}  (${f.reason})`),
    );
  }
  const markdown = `---\n${front.join('\n')}\n---\n\n${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;

  const lines = all.length;
  const placedCount = items.length + (titleBlock ? 1 : 0);
  return {
    markdown,
    fiscalYear,
    title,
    documentType,
    lines,
    placed: placedCount,
    furniture,
    guesses,
    unplaced: lines - placedCount - furniture.length,
    departmentName: ours,
  };
}

type Data = Record<string, unknown>;
const jaOf = (v: unknown) => (typeof v === 'string' ? v : ((v as { ja?: string } | undefined)?.ja ?? undefined));

/**
 * The ids of the statement blocks of other years' plans (YAML or document form): by the heading a
 * block is under (its own, or its chapter's), and by kind where a plan has one block of that kind.
 */
export function referenceIds(references: Data[]): { byHeading: Map<string, string>; byKind: Map<string, string> } {
  const byHeading = new Map<string, string>();
  const byKind = new Map<string, string>();
  for (const plan of references) {
    const kinds = new Map<string, string[]>();
    const walk = (items: unknown, under: string | undefined) => {
      if (!Array.isArray(items)) return;
      for (const it of items as Data[]) {
        if (!it || typeof it !== 'object') continue;
        const heading = jaOf(it.heading) ?? under;
        if (typeof it.id === 'string') {
          if (heading && !byHeading.has(heading)) byHeading.set(heading, it.id);
          if (typeof it.kind === 'string') kinds.set(it.kind, [...(kinds.get(it.kind) ?? []), it.id]);
        }
        walk(it.content, heading);
        walk(it.blocks, heading);
      }
    };
    walk(plan.parts, undefined);
    walk((plan.statements as Data | undefined)?.blocks, undefined);
    for (const [kind, ids] of kinds) if (ids.length === 1 && !byKind.has(kind)) byKind.set(kind, ids[0]!);
  }
  return { byHeading, byKind };
}
