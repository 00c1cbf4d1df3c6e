// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
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
  // One sitemap entry per page with its other-language twin as an hreflang alternate; no dates, so builds stay reproducible.
  integrations: [
    sitemap({
      i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } },
      // The root only offers the two languages, and the 404 page is not content.
      filter: (page) => /\/(ja|en)\//.test(new URL(page).pathname),
    }),
  ],
  // Content is not trusted: a Content-Security-Policy <meta> on every page allows only the site's own
  // scripts and styles (Astro adds hashes for anything it inlines) and Pagefind's WebAssembly.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
