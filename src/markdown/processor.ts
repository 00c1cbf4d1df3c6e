import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';

/**
 * The one Markdown pipeline of the site, used by Astro for .md files and by plan pages for Markdown
 * fields. Plan text is not trusted, so rehype-sanitize is the last plugin that can change the HTML.
 */
export const markdownProcessor = unified({ rehypePlugins: [rehypeSanitize], smartypants: false });
