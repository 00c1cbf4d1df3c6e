import type { AlignedField, Leaf } from './align.ts';

/**
 * A leaf as text: the Japanese, with the English after it when there is one, each line break shown as
 * `lineBreak` (` / `, so that each field stays one line of `diff`'s output).
 */
export function leafText(value: Leaf | undefined, lineBreak = ' / '): string {
  if (value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const one = (s: string) => s.replace(/\n/g, lineBreak);
  return value.en ? `${one(value.ja)} [en: ${one(value.en)}]` : one(value.ja);
}

/**
 * A text as the content of a Markdown table cell that shows it as written: every ASCII punctuation
 * mark backslash-escaped (CommonMark lets any be), so `~`, `*`, `_`, `|`, `&` or a `1.` stay characters,
 * and each line break a `<br>`.
 * @example markdownCellText('~住んで良し~\n1. a|b') → '\\~住んで良し\\~<br>1\\. a\\|b'
 */
export function markdownCellText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[!-/:-@[-`{-~]/g, '\\$&'))
    .join('<br>');
}

const MARK = { added: '+', removed: '-', changed: '~', same: ' ' } as const;

/**
 * The changed fields of two plans as readable text, one per line, like `diff`:
 * `~ projects.bousai-demae.indicators.demae-kouza.target.value: 80 → 85`.
 */
export function diffToText(fields: AlignedField[]): string {
  return fields
    .filter((f) => f.status !== 'same')
    .map((f) => {
      const where = `${MARK[f.status]} ${f.path}${f.oldId ? ` (was ${f.oldId}, matched by title)` : ''}`;
      if (f.status === 'added') return `${where}: ${leafText(f.new)}`;
      if (f.status === 'removed') return `${where}: ${leafText(f.old)}`;
      return `${where}: ${leafText(f.old)} → ${leafText(f.new)}`;
    })
    .join('\n');
}

/** The words of a Markdown diff table: English for `npm run diff`, both languages in pull-request comments. */
export interface DiffTableLabels {
  header: [change: string, field: string, old: string, new: string];
  status: Record<Exclude<AlignedField['status'], 'same'>, string>;
  was: string;
  none: string;
}

export const ENGLISH_DIFF_LABELS: DiffTableLabels = {
  header: ['change', 'field', 'old', 'new'],
  status: { added: 'added', removed: 'removed', changed: 'changed' },
  was: 'was',
  none: 'No changes.',
};

export const BILINGUAL_DIFF_LABELS: DiffTableLabels = {
  header: ['変更 / change', '項目 / field', '前 / old', '後 / new'],
  status: { added: '追加 / added', removed: '削除 / removed', changed: '変更 / changed' },
  was: '旧 / was',
  none: '内容の変更はありません。 / No changes.',
};

/** The changed fields as a Markdown table, for pull-request comments. */
export function diffToMarkdown(fields: AlignedField[], title: string, labels: DiffTableLabels = ENGLISH_DIFF_LABELS): string {
  const cell = (value: Leaf | undefined) => markdownCellText(leafText(value, '\n'));
  const rows = fields
    .filter((f): f is AlignedField & { status: keyof DiffTableLabels['status'] } => f.status !== 'same')
    .map(
      (f) =>
        `| ${labels.status[f.status]} | \`${f.path}\`${f.oldId ? ` (${labels.was} \`${f.oldId}\`)` : ''} | ${cell(f.old)} | ${cell(f.new)} |`,
    );
  const header = `| ${labels.header.join(' | ')} |\n| --- | --- | --- | --- |`;
  return [`### ${title}`, '', rows.length ? header : `_${labels.none}_`, ...rows, ''].join('\n');
}

/** The changed fields as JSON records. */
export function diffToJson(fields: AlignedField[]): string {
  return JSON.stringify(
    fields
      .filter((f) => f.status !== 'same')
      .map(({ path, status, old, new: value, oldId }) => ({ path, change: status, old, new: value, ...(oldId ? { oldId } : {}) })),
    null,
    2,
  );
}
