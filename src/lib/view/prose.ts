import { escapeHtml } from '../compare/taishou-html.ts';

/**
 * A prose text that is not Markdown, as HTML that keeps every character: a `<p>` per paragraph (a
 * blank line, `\n\n`, separates two), a `<br>` per other line break, and everything else escaped, so
 * `~`, `*`, `#`, `1.` and trailing spaces are shown as written. Reading the HTML back (a `<br>` as a
 * line break, paragraphs joined by a blank line) gives the text again: a third line break in a row
 * starts the next paragraph with a `<br>`.
 * @example proseHtml('~住んで良し~\n\n段落2') → '<p>~住んで良し~</p>\n<p>段落2</p>'
 */
export function proseHtml(text: string, escape: (text: string) => string = escapeHtml): string {
  return text
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph.split('\n').map(escape).join('<br>')}</p>`)
    .join('\n');
}
