/**
 * Browser helpers: Debian's Chromium driven by playwright-core, with every request that is not to the
 * local test server blocked and recorded, so a test can fail when a page tries to reach the network.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface GuardedContext {
  context: BrowserContext;
  page: Page;
  /** Every request that was not to `origin` and so was blocked. Assert it stays empty. */
  blocked: string[];
  /** Every subresource (stylesheet, image, font, script…) that failed to load or answered ≥ 400. */
  failed: string[];
}

/**
 * A new context and page that may only talk to `origin` (the local static server). Requests to any
 * other host are aborted and recorded in `blocked`. data: and blob: URLs never reach the network.
 */
export async function openGuardedPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === origin || url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    blocked.push(ws.url());
    return ws.close();
  });
  const failed: string[] = [];
  context.on('requestfailed', (request) => {
    // net::ERR_ABORTED is the browser cancelling a request itself (the page navigated away before the
    // favicon arrived), not a resource that failed to load: a missing one answers 404, caught below.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (!blocked.includes(request.url())) failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document')
      failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  const page = await context.newPage();
  return { context, page, blocked, failed };
}
