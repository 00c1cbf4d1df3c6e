/**
 * The lines of a plan's extracted PDF text, cleaned of extraction artefacts, with a record of which
 * ones the importer has used: whatever is left unused at the end goes to the draft's `unplaced`
 * list, so no text is ever dropped.
 */

const JA = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々';

/** PDF extraction puts spaces around numbers inside Japanese text: 平成 29 年度 → 平成29年度. */
const SPACE_BEFORE_DIGIT = new RegExp(`(?<=[${JA}（(、])[ \\t\\u3000]+(?=\\d)`, 'gu');
const SPACE_AFTER_DIGIT = new RegExp(`(?<=\\d)[ \\t\\u3000]+(?=[${JA}）)%％])`, 'gu');

/**
 * Cleans one extracted line: trims it, drops the "- " list marks the extractor adds, and closes the
 * spaces it inserts around numbers. A leading number (1, ①) keeps its space: it is the numbering.
 * @example cleanText('- ・防災出前講座の実施（年間 80 回以上）') → '・防災出前講座の実施（年間80回以上）'
 */
export function cleanText(raw: string): string {
  const text = raw
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/^(?:-\s+)+/, '');
  const lead = /^(?:\d{1,3}|[①-⑳])\s+/.exec(text)?.[0] ?? '';
  return lead + text.slice(lead.length).replace(SPACE_BEFORE_DIGIT, '').replace(SPACE_AFTER_DIGIT, '').trim();
}

/** Text of an HTML fragment as extractors write table cells (<p>, <ul><li>), without the tags. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The <li> items of a cell, or undefined when it has none. */
export function htmlItems(html: string): string[] | undefined {
  const items = [...html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => htmlText(m[1] ?? ''));
  return items.length ? items : undefined;
}

/** A line that ends a sentence, a heading in brackets, a label or a table row: never continued on the next line. */
const ENDED = /[。．.！？!?」』）)】：:|｜]$/;
/** A line that starts something new: a list mark, a bracketed label, a number: 1 , (1), （1）, 1. , ①. */
const STARTS = /^(?:[◇◆●■□○◯・･•※【［[|｜①-⑳]|\d{1,3}(?:\s|[.．)）](?!\d))|[(（]\d{1,3}[)）])/;
/** Only Japanese text is rejoined: a URL or an English line is left as it is. */
const JAPANESE = new RegExp(`[${JA}]`, 'u');
/** Shorter lines are headings or labels rather than a paragraph wrapped at the page's width. */
const WRAP_WIDTH = 25;
/** A heading mark: such a line stands alone. */
const HEADING_MARK = /^[■□◆【]/;
/** A short line without closing punctuation is a heading (市民部, 組織ミッション), not the end of a paragraph. */
const SHORT_HEADING = /^[^。．.、，,）)」』】]{1,12}$/;

/**
 * Joins the lines a PDF extractor broke at the page's width back into paragraphs: a line of Japanese
 * as long as the page's lines (three quarters of the longest tenth of the document's lines, at least 25
 * characters) that does not end a sentence continues on the next, unless that one starts a list
 * item, a number or a heading. Text whose lines are whole paragraphs (a web page) is left as it is.
 * Blank lines and table rows always separate. The joined line keeps the first line's number.
 */
export function joinWrapped(lines: SourceLine[]): SourceLine[] {
  const lengths = lines
    .filter((l) => !l.cells && JAPANESE.test(l.text))
    .map((l) => [...l.text].length)
    .sort((a, b) => a - b);
  const width = Math.max(WRAP_WIDTH, Math.floor(0.75 * (lengths[Math.floor(lengths.length * 0.9)] ?? 0)));
  const out: SourceLine[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const continues =
      last &&
      !last.cells &&
      !line.cells &&
      line.text &&
      JAPANESE.test(last.text) &&
      [...last.text].length >= width &&
      !ENDED.test(last.text) &&
      !HEADING_MARK.test(last.text) &&
      !STARTS.test(line.text) &&
      !(SHORT_HEADING.test(line.text) && JAPANESE.test(line.text));
    if (continues) last.text += line.text;
    else out.push({ ...line });
  }
  return out;
}

export interface SourceLine {
  /** 1-based line number in the text file. */
  number: number;
  /** The cleaned text; for a table row, the cells joined by tabs. */
  text: string;
  /** Table cells (the raw, tab-separated parts), when the line is a table row. */
  cells?: string[];
  /** How many spaces the line was indented by (a web page's nested list), when it was. */
  indent?: number;
}

export class SourceLines {
  readonly lines: SourceLine[];
  private readonly used = new Set<SourceLine>();
  private readonly left: SourceLine[] = [];

  constructor(text: string) {
    const lines = text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n|\f/)
      .map((raw, i): SourceLine => {
        const cells = raw.includes('\t') ? raw.split('\t').map((c) => c.trim()) : undefined;
        const indent = /^[ \u3000]*/.exec(raw)![0].length;
        return {
          number: i + 1,
          text: cells ? cells.map((c) => cleanText(htmlText(c))).join('\t') : cleanText(raw),
          cells,
          ...(indent ? { indent } : {}),
        };
      });
    this.lines = joinWrapped(lines).filter((line) => line.text.replace(/\t/g, '') !== '');
  }

  /** Marks a line as placed in the draft. */
  use(line: SourceLine): void {
    this.used.add(line);
  }

  /** Gives a line back, when what took it turned out to hold nothing. */
  release(line: SourceLine): void {
    this.used.delete(line);
  }

  /** Keeps a piece of a used line that no field can hold (a table header the schema has no place for). */
  leave(number: number, text: string): void {
    this.left.push({ number, text });
  }

  /** The lines nothing has used, and the pieces left over, in order. */
  unused(): SourceLine[] {
    return [...this.lines.filter((line) => !this.used.has(line)), ...this.left].sort((a, b) => a.number - b.number);
  }
}
