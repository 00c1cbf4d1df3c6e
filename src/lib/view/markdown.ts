import { markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../../markdown/processor.ts';
import { Lru } from '../lru.ts';

let renderer: Promise<MarkdownRenderer> | undefined;
// Recent texts: the English page of a plan repeats the Japanese where it has no English.
const cache = new Lru<string, Promise<string>>(4096);

/**
 * Characters or line starts with any meaning in Markdown (or needing escapes in HTML). Text without
 * them is paragraphs of plain words, for which the pipeline's output is known exactly.
 */
const MARKDOWN_SYNTAX = /[*_`[\]#>!|~\\<&"'=+\-/:.)]|www\.|^\s|\s$|\n(?!\n)|\n{2,}\s/;

/**
 * Plain paragraphs (most of a plan's text) as the pipeline would render them, without running it:
 * `<p>` per blank-line-separated paragraph. A unit test holds this equal to the pipeline.
 * @example plainParagraphsToHtml('段落1\n\n段落2') → '<p>段落1</p>\n<p>段落2</p>'
 */
export function plainParagraphsToHtml(text: string): string | undefined {
  const paragraphs = text.split(/\n{2,}/);
  if (paragraphs.some((p) => p === '' || MARKDOWN_SYNTAX.test(p))) return undefined;
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

/** Renders a Markdown field of a plan with the site's sanitising pipeline (once per distinct text). */
export function renderMarkdown(text: string): Promise<string> {
  const plain = plainParagraphsToHtml(text);
  if (plain !== undefined) return Promise.resolve(plain);
  renderer ??= markdownProcessor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  let html = cache.get(text);
  if (!html) {
    html = renderer.then(async (r) => (await r.render(text)).code);
    cache.set(text, html);
  }
  return html;
}
