// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/processor.ts';

// SITE_URL and BASE_PATH let the same content deploy at a domain root or under a sub-path.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://plans.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['ja', 'en'],
    defaultLocale: 'ja',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: { processor: markdownProcessor, syntaxHighlight: false },
  devToolbar: { enabled: false },
});
