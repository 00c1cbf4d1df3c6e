/**
 * The shared setup of a browser test file: a built site (the demo's, dist/, unless told) served
 * locally, one browser, one guarded page (requests to any other host are blocked and recorded). Call in beforeAll,
 * close in afterAll.
 */
import type { Browser, BrowserContextOptions, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openGuardedPage } from '../../src/lib/browser/browser.ts';
import { startStaticServer, type StaticServer } from '../../src/lib/browser/static-server.ts';
import { site } from './sites.ts';

export interface E2E {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  blocked: string[];
  failed: string[];
  /** The absolute URL of a site path ('/ja/' → http://127.0.0.1:port/ja/). */
  url(path: string): string;
  close(): Promise<void>;
}

export async function startE2E(options: BrowserContextOptions = {}, root?: string): Promise<E2E> {
  const server = await startStaticServer({ root: root ?? (await site('demo')) });
  const browser = await launchBrowser();
  const { context, page, blocked, failed } = await openGuardedPage(browser, server.origin, options);
  return {
    server,
    browser,
    context,
    page,
    blocked,
    failed,
    url: (path) => server.url + path.replace(/^\//, ''),
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** The language switch: the links inside the element labelled "Language". */
export const LANGUAGE_LINKS = '[aria-label="Language"] a[hreflang]';

/** The link to the page in `other`, the language the page is not in. */
export const languageSwitch = (other: string) => `[aria-label="Language"] a[hreflang="${other}"]`;
