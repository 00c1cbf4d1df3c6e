import type { DiffPart } from './text-diff.ts';
import { japaneseRuns } from '../view/japanese.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escapes English text that may quote Japanese, each Japanese run marked lang="ja" (as JapaneseRuns.astro does). */
export function escapeEnglishHtml(text: string): string {
  return japaneseRuns(text)
    .map((run, i) => (i % 2 ? `<span lang="ja">${escapeHtml(run)}</span>` : escapeHtml(run)))
    .join('');
}

export interface MarkLabels {
  added: string;
  addedEnd: string;
  removed: string;
  removedEnd: string;
}

/**
 * One side of a changed text as HTML: the shared parts, plus what this side added (new, in <ins>) or
 * lost (old, in <del>), each mark announced in words to screen readers. Everything is escaped; a table
 * has hundreds of these cells, so they are built as strings rather than as components.
 */
export function diffSideHtml(
  parts: DiffPart[],
  side: 'new' | 'old',
  labels: MarkLabels,
  escape: (text: string) => string = escapeHtml,
): string {
  const hidden = (text: string) => `<span class="visually-hidden">${escapeHtml(text)}</span>`;
  return parts
    .map((p) => {
      if (p.type === 'same') return escape(p.text);
      if (side === 'new' && p.type === 'added') return `<ins>${hidden(labels.added)}${escape(p.text)}${hidden(labels.addedEnd)}</ins>`;
      if (side === 'old' && p.type === 'removed')
        return `<del>${hidden(labels.removed)}${escape(p.text)}${hidden(labels.removedEnd)}</del>`;
      return '';
    })
    .join('');
}
