/**
 * The text an HTML fragment shows, to compare with the text it was made from: markup dropped, entities
 * decoded, a <br> read as a line break and the boundary between two paragraphs as a blank line. Text
 * that only screen readers get (.visually-hidden, such as 追加 / 追加ここまで around a change) is markup
 * here too. Nothing else is changed: no whitespace is collapsed.
 */
import { decodeEntities } from './html.ts';

export function textContent(html: string): string {
  return decodeEntities(
    html
      .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/p>\s*<p(?:\s[^>]*)?>/g, '\n\n')
      .replace(/<[^>]*>/g, ''),
  );
}
