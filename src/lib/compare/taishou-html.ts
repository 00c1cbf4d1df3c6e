import type { DiffPart } from './text-diff.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
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
export function diffSideHtml(parts: DiffPart[], side: 'new' | 'old', labels: MarkLabels): string {
  const hidden = (text: string) => `<span class="visually-hidden">${escapeHtml(text)}</span>`;
  return parts
    .map((p) => {
      if (p.type === 'same') return escapeHtml(p.text);
      if (side === 'new' && p.type === 'added') return `<ins>${hidden(labels.added)}${escapeHtml(p.text)}${hidden(labels.addedEnd)}</ins>`;
      if (side === 'old' && p.type === 'removed') return `<del>${hidden(labels.removed)}${escapeHtml(p.text)}${hidden(labels.removedEnd)}</del>`;
      return '';
    })
    .join('');
}
