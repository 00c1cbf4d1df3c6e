import { markdownConfigDefaults, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../markdown/processor.ts';

let renderer: Promise<MarkdownRenderer> | undefined;
const cache = new Map<string, Promise<string>>();

/** Renders a Markdown field of a plan with the site's sanitising pipeline (once per distinct text). */
export function renderMarkdown(text: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  let html = cache.get(text);
  if (!html) {
    html = renderer.then(async (r) => (await r.render(text)).code);
    cache.set(text, html);
  }
  return html;
}
