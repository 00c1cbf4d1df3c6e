/**
 * Hostile content, end to end. tests/fixtures/hostile/content is a valid, fictional content tree whose
 * every text field carries a numbered injection payload (see its README). The tree is validated, built
 * with its search index (tests/helpers/sites.ts), copied into a temp directory, served, and every built
 * page is loaded in Chromium with the site's Content-Security-Policy in force. No payload may run: no
 * dialog, no console message with "XSS-", no "XSS-" in document.title, no window.__xss, no navigation,
 * no request to another host, no injected element or event-handler attribute in the DOM. The payloads must still be on the pages as
 * text (escaped), except where the Markdown sanitiser removes HTML.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openGuardedPage, type GuardedContext } from '../../src/lib/browser/browser.ts';
import { startStaticServer, type StaticServer } from '../../src/lib/browser/static-server.ts';
import { validateContent, type SiteContent } from '../../src/lib/validate/validate-content.ts';
import { formatText } from '../../src/lib/validate/diagnostic.ts';
import { atomFeed } from '../../src/lib/export/atom-feed.ts';
import { buildContentTree } from '../helpers/build-site.ts';
import { tokenize } from '../helpers/html.ts';
import { parseCsv } from '../helpers/csv.ts';
import { listPageFiles, projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const FIXTURE = join(projectRoot, 'tests/fixtures/hostile/content');
const PLAN_2020 = 'kakuu/soumu/2020.yaml';
/** What a payload leaves behind if it ever runs; also how the fixture numbers its payloads. */
const MARKER = /XSS-(\d+)|__xss=(\d+)|alert\((\d+)\)/g;
/** The only host the site may talk to is the local server; payloads aim at this one. */
const EVIL_HOST = 'evil.example';

let out: string;
let content: SiteContent;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const result = await validateContent(dirname(FIXTURE), { contentDir: FIXTURE });
  expect(result.diagnostics.map(formatText), 'the hostile tree must be valid').toEqual([]);
  content = result.content!;
  // The site built once for every test (tests/helpers/sites.ts), copied: a test below adds a page to it.
  out = mkdtempSync(join(tmpdir(), 'plans-hostile-'));
  cpSync(await site('hostile'), out, { recursive: true });
  server = await startStaticServer({ root: out });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(FIXTURE, file), 'utf8');
const fixtureFiles = () =>
  readdirSync(FIXTURE, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(FIXTURE, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
const markerNumbers = (text: string) => [...text.matchAll(MARKER)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
/** The FY2020 plan as the YAML parser reads it (escapes such as \u0301 resolved): the texts the pages must show. */
const plan2020 = (): any => parseYaml(read(PLAN_2020));

/** Every { ja, en? } text in a validated value, with its path. */
function localizedTexts(value: unknown, path = ''): { path: string; text: { ja: string; en?: string } }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (typeof (value as { ja?: unknown }).ja === 'string' && keys.every((k) => k === 'ja' || k === 'en')) {
    return [{ path, text: value as { ja: string; en?: string } }];
  }
  return keys.flatMap((k) => localizedTexts((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
}

// ---------------------------------------------------------------------------------------------------
// The fixture itself
// ---------------------------------------------------------------------------------------------------

describe('the hostile fixture', () => {
  it('says in every file that it is fictional', () => {
    for (const file of fixtureFiles()) {
      expect(read(file).split('\n')[1], file).toBe('# 架空のデータ（テスト用） / Fictional test data');
    }
  });

  it('carries at least 25 numbered payloads, and one in every text field of every file', () => {
    const numbers = new Set(fixtureFiles().flatMap((f) => markerNumbers(read(f))));
    expect(numbers.size).toBeGreaterThanOrEqual(25);
    const everything = {
      municipalities: content.municipalities,
      departments: content.departments,
      plans: content.plans.map((p) => p.plan),
    };
    const texts = localizedTexts(everything);
    expect(texts.length).toBeGreaterThan(100);
    // The prefecture's Japanese is fixed by the local government code, so it alone carries no payload.
    const unmarked = texts.flatMap(({ path, text }) =>
      Object.entries(text)
        .filter(([, s]) => s !== undefined && markerNumbers(s).length === 0)
        .map(([lang]) => `${path}.${lang}`),
    );
    expect(unmarked).toEqual(['municipalities[0].prefecture.ja']);
    // The glossary's English reaches division and department names: it carries payloads too.
    for (const term of parseYaml(read('glossary.yaml')).terms as { en: string }[]) expect(markerNumbers(term.en)).not.toEqual([]);
  });

  it('covers the kinds of payload it promises', () => {
    const all = fixtureFiles().map(read).join('\n');
    const texts = localizedTexts({
      plans: content.plans.map((p) => p.plan),
      departments: content.departments,
      municipalities: content.municipalities,
    }).flatMap(({ text }) => [text.ja, text.en ?? '']);
    for (const needle of [
      '<script>',
      'onerror=',
      '<svg onload=',
      '](javascript:',
      '](data:',
      '<iframe',
      '<object',
      '<style>',
      'expression(',
      'url("javascript:',
      'http-equiv=\\"refresh\\"',
      '<base href',
      '&lt;script&gt;',
      '&#60;img',
      '\\"><script>',
      '${alert(',
      '{{constructor',
      '\\U000E0100',
      '\\u0301',
      '＜script＞',
    ])
      expect(all, needle).toContain(needle);
    // Control characters are refused by the validator (tests/unit/hidden-characters.test.ts): none is here.
    expect(
      // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
      texts.some((t) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(t)),
      'no control characters',
    ).toBe(false);
    expect(Math.max(...all.split('\n').map((l) => l.length)), 'a line of 10,000 characters').toBeGreaterThanOrEqual(10_000);
    expect(
      texts.some((t) => t.length >= 10_000 && !/\s/.test(t)),
      'a text of 10,000 characters without spaces',
    ).toBe(true);
  });

  it('keeps markers out of page titles, so "XSS-" in document.title can only come from a script', () => {
    for (const { path, file } of listPageFiles(out)) {
      const html = readFileSync(file, 'utf8');
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
      expect(title, path).not.toContain('XSS-');
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Every page in Chromium
// ---------------------------------------------------------------------------------------------------

interface Watch extends GuardedContext {
  dialogs: string[];
  consoleMessages: string[];
}

/** A guarded page (other hosts blocked and recorded) that also records dialogs, console and CSP violations. */
async function watchedPage(): Promise<Watch> {
  const guarded = await openGuardedPage(browser, server.origin);
  await guarded.context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const watch: Watch = { ...guarded, dialogs: [], consoleMessages: [] };
  guarded.page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  guarded.page.on('console', (message) => watch.consoleMessages.push(`${message.type()}: ${message.text()}`));
  guarded.page.on('pageerror', (error) => watch.consoleMessages.push(`pageerror: ${error.message}`));
  return watch;
}

/**
 * Elements and attributes that no page of the site has of its own, so finding one means content got
 * into the markup. Runs in the page.
 */
function injectedMarkup(): string[] {
  const problems: string[] = [];
  const where = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'ping']);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${where(el)} has the event handler ${name}`);
      if (name === 'srcdoc' || name === 'autofocus' || (name === 'http-equiv' && el.closest('body')))
        problems.push(`${where(el)} has ${name}`);
      if (urlAttributes.has(name)) {
        // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
        const url = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (/^(javascript:|vbscript:|data:text\/html|file:)/.test(url)) problems.push(`${where(el)} ${name}="${attr.value}"`);
        // Markdown images on another host pass the sanitiser (the CSP blocks them, see visit()); nothing else may point there.
        if (url.includes('evil.example') && el.tagName !== 'IMG') problems.push(`${where(el)} ${name}="${attr.value}"`);
      }
      if (name === 'style' && /expression|javascript|url\(/i.test(attr.value)) problems.push(`${where(el)} style="${attr.value}"`);
    }
  }
  const forbidden =
    'iframe, frame, frameset, object, embed, applet, base, marquee, isindex, keygen, math, textarea, template, body meta, body link, body style, body title:not(svg title)';
  for (const el of document.querySelectorAll(forbidden)) problems.push(`injected ${where(el)}`);
  for (const el of document.querySelectorAll('script')) {
    const src = el.getAttribute('src');
    if (src !== null ? !src.startsWith('/') || src.startsWith('//') : /alert|XSS|__xss|document\.title/.test(el.textContent ?? '')) {
      problems.push(`script ${src ?? (el.textContent ?? '').slice(0, 80)}`);
    }
  }
  for (const el of document.querySelectorAll('style')) {
    if (/XSS|javascript|expression|@import/i.test(el.textContent ?? '')) problems.push(`style ${(el.textContent ?? '').slice(0, 80)}`);
  }
  for (const el of document.querySelectorAll('link[rel~="stylesheet" i]')) {
    if (!(el.getAttribute('href') ?? '').startsWith('/_astro/')) problems.push(`stylesheet ${el.getAttribute('href')}`);
  }
  for (const el of document.querySelectorAll('form')) {
    if (!(el.getAttribute('action') ?? '').startsWith('/')) problems.push(`form action=${el.getAttribute('action')}`);
  }
  // DOM clobbering: ids that content could have set to shadow the page's own elements.
  for (const id of ['main', 'search-q', 'search-results', 'search-status']) {
    if (document.querySelectorAll(`[id="${id}"]`).length > 1) problems.push(`duplicate id ${id}`);
  }
  return problems;
}

/** Loads a page and returns everything suspicious that happened or is in its DOM. */
async function visit(watch: Watch, path: string): Promise<string[]> {
  const { page } = watch;
  watch.dialogs.length = 0;
  watch.consoleMessages.length = 0;
  const url = server.url + path.replace(/^\//, '');
  await page.goto(url, { waitUntil: 'load' });
  // Give timers, autofocus, SMIL animations and a <meta refresh> a moment to fire.
  await page.waitForTimeout(150);
  const state = await page.evaluate(() => ({
    title: document.title,
    xss: (window as unknown as { __xss?: unknown }).__xss,
    csp: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    href: location.href,
  }));
  const problems = [
    ...watch.dialogs.map((d) => `dialog ${d}`),
    ...watch.consoleMessages.filter((m) => m.includes('XSS-') || m.startsWith('pageerror')).map((m) => `console ${m}`),
    ...(state.title.includes('XSS-') ? [`document.title is "${state.title}"`] : []),
    ...(state.xss !== undefined ? [`window.__xss is ${String(state.xss)}`] : []),
    ...(state.href !== url ? [`navigated to ${state.href}`] : []),
    // The one violation the site lets through the sanitiser: a Markdown image on another host, which the
    // CSP then blocks (payload 73). Any other violation means content tried to run or load something.
    ...state.csp.filter((v) => !v.startsWith(`img-src https://${EVIL_HOST}/`)).map((v) => `CSP violation ${v}`),
    ...(await page.evaluate(injectedMarkup)),
  ];
  return problems.map((p) => `${path}: ${p}`);
}

describe('every built page in Chromium, with the CSP in force', () => {
  it('runs no payload, loads nothing from another host and has no injected markup', async () => {
    const pages = listPageFiles(out).map((p) => p.path);
    expect(pages.length).toBeGreaterThanOrEqual(28);
    const watch = await watchedPage();
    const problems: string[] = [];
    for (const path of pages) problems.push(...(await visit(watch, path)));
    await watch.context.close();
    expect(problems).toEqual([]);
    expect(watch.blocked, 'requests to other hosts').toEqual([]);
    // A CSP-blocked request never leaves the browser; anything else to another host would show here.
    expect(watch.failed.filter((f) => !f.startsWith('http://127.0.0.1') && !f.endsWith('(csp)'))).toEqual([]);
  }, 180_000);

  it('notices a payload that does run (a check of the checks)', async () => {
    // A same-origin script is allowed by the CSP, so it runs: every channel the test watches must see it.
    // The inline script and the handler are blocked by the CSP, and the DOM check still reports them.
    const probe = join(out, '_probe');
    mkdirSync(probe);
    try {
      writeFileSync(
        join(probe, 'probe.js'),
        "window.__xss = 0; console.log('XSS-0'); document.title = 'XSS-0'; alert('XSS-0'); fetch('https://evil.example/probe').catch(() => {});\n",
      );
      const page = readFileSync(join(out, 'ja/index.html'), 'utf8');
      writeFileSync(
        join(probe, 'index.html'),
        page.replace(
          '</body>',
          '<script src="/_probe/probe.js"></script><script>alert(1)</script><div onclick="void 0"></div><iframe></iframe></body>',
        ),
      );
      const watch = await watchedPage();
      const problems = (await visit(watch, '/_probe/')).map((p) => p.replace(/^\/_probe\/: /, '').replace(/ .*/, ''));
      await watch.context.close();
      expect(new Set(problems)).toEqual(
        new Set(['dialog', 'console', 'document.title', 'window.__xss', 'CSP', '<div>', 'injected', 'script']),
      );
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  });

  it('has on every page one CSP <meta>, before any script or style, whose script-src allows no inline code', () => {
    for (const { path, file } of listPageFiles(out)) {
      const tags = tokenize(readFileSync(file, 'utf8'));
      const csp = tags.filter((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(csp, path).toHaveLength(1);
      const at = tags.indexOf(csp[0]!);
      // A <meta> policy covers only what comes after it: nothing that loads or runs code may precede it.
      const before = tags.slice(0, at).filter((t) => !t.end);
      expect(
        before.filter((t) => ['script', 'style', 'base', 'body', 'iframe', 'object', 'embed'].includes(t.name)).map((t) => t.name),
        path,
      ).toEqual([]);
      expect(
        before
          .filter((t) => t.name === 'link' && /stylesheet|preload|modulepreload|import/.test(t.attrs.rel ?? ''))
          .map((t) => t.attrs.href),
        path,
      ).toEqual([]);
      const directives = new Map(
        csp[0]!.attrs
          .content!.split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => {
            const [name, ...values] = d.split(/\s+/);
            return [name!, values] as const;
          }),
      );
      const scriptSrc = directives.get('script-src') ?? [];
      expect(scriptSrc, path).toContain("'self'");
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      expect(
        scriptSrc.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(s)),
        path,
      ).toEqual([]);
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('base-uri'), path).toEqual(["'self'"]);
      expect(directives.get('frame-src'), path).toEqual(["'none'"]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// The payloads are still there, as text
// ---------------------------------------------------------------------------------------------------

describe('payload text stays on the page, escaped', () => {
  let watch: Watch;
  let page: Page;
  beforeAll(async () => {
    watch = await watchedPage();
    page = watch.page;
  });
  afterAll(async () => {
    await watch?.context.close();
  });

  const open = async (path: string) => {
    await page.goto(server.url + path.replace(/^\//, ''));
    return page.evaluate(() => document.body.textContent ?? '');
  };

  it('shows plain-text fields exactly as written on the Japanese plan page', async () => {
    const plan = plan2020();
    const text = await open('/ja/kakuu/soumu/2020/');
    expect(await page.locator('h1').textContent()).toBe(plan.title.ja);
    const samples = [
      plan.statements.blocks[0].items[0], // "><script>…
      plan.statements.blocks[0].items[2], // &lt;script&gt; stays as entities, not a tag
      plan.statements.blocks[0].items[3], // &#60;img …
      plan.divisions.items[0].mission, // ${alert(…)}
      plan.divisions.items[0].role, // {{constructor…}}
      plan.divisions.items[1].sections[0].initiatives[0], // an ideographic variation sequence around a tag
      plan.resources.staff.items[0].basis, // an unclosed tag and attribute
      plan.resources.staff.ratio.staffLabel, // U+2028, U+2029
      plan.resources.staff.ratio.totalLabel, // a terminal's colour codes written out, backslashes and all
      plan.policies.items[1].title, // 10,535 characters without a space
      plan.projects.items[0].indicators[1].label, // full-width ＜script＞
      plan.source.title,
      plan.source.note,
    ];
    for (const sample of samples) expect(text, JSON.stringify(sample).slice(0, 80)).toContain(sample);
    // The division name carries a no-break space inside 防災計画 and a combining mark inside the tag.
    expect(text).toContain(plan.divisions.items[1].sections[1].name);
    // A URL field is a link to exactly the address written (as the URL standard writes it, so a quote is
    // percent-encoded and the attribute is a valid URL), shown as text as written.
    const link = page.locator('.provenance a[rel~="noopener"]');
    expect(plan.source.url).toContain('"');
    expect(await link.getAttribute('href')).toBe(new URL(plan.source.url).href);
    expect(await link.textContent()).toBe(plan.source.url);
  });

  it('keeps the text of Markdown fields while the sanitiser removes their HTML', async () => {
    const text = await open('/ja/kakuu/soumu/2020/');
    for (const words of [
      '段落の中の生の HTML です。',
      'クリック',
      'Markdown の中の危険な HTML です。',
      '外部の画像',
      'タイトル付き',
      // Entities and escapes in Markdown are text, shown as the characters they stand for.
      "<img src=x onerror=alert('XSS-96')> と <script>alert('XSS-96')</script>",
      `${'あいうえおABCDE0123456789'.repeat(600)}`,
    ])
      expect(text, words.slice(0, 40)).toContain(words);
    // Links whose address is javascript:, data: or an entity-encoded javascript: keep their text but lose the address.
    const links = await page.locator('.prose a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toContainEqual(['クリック', null]);
    expect(links).toContainEqual(['データ', null]);
    expect(links).toContainEqual(['実体参照', null]);
    expect(links).toContainEqual(['タイトル付き', 'https://example.org']);
  });

  it('shows English texts and the glossary English on the English plan page', async () => {
    const plan = plan2020();
    const glossary = parseYaml(read('glossary.yaml')).terms as { ja: string; en: string }[];
    const text = await open('/en/kakuu/soumu/2020/');
    expect(await page.locator('h1').textContent()).toBe(plan.title.en);
    expect(text).toContain(plan.leaders[0].title.en);
    expect(text).toContain(glossary.find((t) => t.ja === plan.divisions.items[0].name)!.en);
  });

  it('shows names on the municipality, department, comparison and search pages', async () => {
    const municipality = parseYaml(read('kakuu/municipality.yaml'));
    const department = parseYaml(read('kakuu/soumu/department.yaml'));
    await open('/ja/kakuu/');
    expect(await page.locator('h1').textContent()).toBe(municipality.name.ja);
    expect(await page.locator('.facts a').getAttribute('href')).toBe(new URL(municipality.website).href);
    expect(await page.locator('.facts a').textContent()).toContain(municipality.website);
    const departmentText = await open('/ja/kakuu/soumu/');
    expect(departmentText).toContain(department.note);
    expect(departmentText).toContain(department.names[0].name);
    const compare = await open('/ja/kakuu/soumu/compare/2020-2021/');
    expect(compare).toContain("alert('XSS-115')");
    await open('/ja/search/');
    const options = await page
      .locator('select[name="municipality"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain(municipality.name.ja);
  });

  it('publishes the payloads unchanged in the open data', () => {
    const plan = plan2020();
    const json = JSON.parse(readFileSync(join(out, 'data/kakuu/soumu/2020.json'), 'utf8'));
    expect(json.title.ja).toBe(plan.title.ja);
    expect(json.resources.staff.ratio.totalLabel.ja).toBe(plan.resources.staff.ratio.totalLabel);
    expect(json.policies.items[1].title.ja).toBe(plan.policies.items[1].title);
    const rows = parseCsv(readFileSync(join(out, 'data/kakuu/soumu/2020.indicators.csv'), 'utf8').replace(/^\uFEFF/, ''));
    // The CSV has one row per value (long format): each indicator's label once per indicator.
    const [column, project, indicator] = ['indicator_ja', 'project_id', 'indicator_id'].map((name) => rows[0]!.indexOf(name));
    const labels = new Map(rows.slice(1).map((r) => [`${r[project!]}/${r[indicator!]}`, r[column!]]));
    expect([...labels.values()]).toEqual(
      plan.projects.items.flatMap((p: { indicators: { label: string }[] }) => p.indicators.map((i) => i.label)),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------------

describe('search over hostile content', () => {
  let watch: Watch;
  beforeAll(async () => {
    watch = await watchedPage();
  });
  afterAll(async () => {
    await watch?.context.close();
  });

  /** Runs a query the way a reader arriving with ?q= does, and waits for the result count. */
  async function search(lang: 'ja' | 'en', q: string) {
    const { page } = watch;
    watch.dialogs.length = 0;
    watch.consoleMessages.length = 0;
    await page.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      return status !== '' && !/検索しています|Searching/.test(status);
    });
    await page.waitForTimeout(100);
    return page.evaluate(() => {
      const list = document.getElementById('search-results')!;
      return {
        status: document.getElementById('search-status')!.textContent ?? '',
        urls: [...list.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        text: list.textContent ?? '',
        elements: [...new Set([...list.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))].sort(),
        // A class is named with its value: only the result list's own classes may appear.
        attributes: [
          ...new Set(
            [...list.querySelectorAll('*')].flatMap((e) =>
              [...e.attributes].map((a) => (a.name === 'class' ? `class=${a.value}` : a.name)),
            ),
          ),
        ].sort(),
        title: document.title,
        xss: (window as unknown as { __xss?: unknown }).__xss,
        csp: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      };
    });
  }

  for (const [lang, q] of [
    ['ja', 'onerror'],
    ['ja', 'alert'],
    ['en', 'script'],
    ['en', 'onerror'],
  ] as const) {
    it(`renders results for "${q}" (${lang}) as text only`, async () => {
      const result = await search(lang, q);
      expect(result.urls.length, result.status).toBeGreaterThan(0);
      expect(result.elements.filter((e) => !['li', 'ul', 'h2', 'a', 'p', 'mark'].includes(e))).toEqual([]); // ul: a result's matching headings
      // href on the links; the list of a result's other headings and the partial-match note carry their class.
      expect(result.attributes.filter((a) => !['href', 'class=search-more', 'class=search-partial'].includes(a))).toEqual([]);
      expect(result.attributes).toContain('href');
      expect(result.text).toMatch(/<(img|script|svg)/); // the payload, shown as text
      expect(watch.dialogs).toEqual([]);
      expect(watch.consoleMessages.filter((m) => m.includes('XSS-') || m.startsWith('pageerror'))).toEqual([]);
      expect(result.title).not.toContain('XSS-');
      expect(result.xss).toBeUndefined();
      expect(result.csp).toEqual([]);
      expect(watch.blocked).toEqual([]);
    });
  }

  it('finds text that follows a full-width ＜script＞ on the same page', async () => {
    // The search index folds full-width letters to ASCII (NFKC) before Pagefind reads the HTML; the text
    // 電子決裁 comes after ＜script＞ on the FY2020 page and must still be found there.
    const html = readFileSync(join(out, 'ja/kakuu/soumu/2020/index.html'), 'utf8');
    expect(html.indexOf('電子決裁')).toBeGreaterThan(html.indexOf('＜script＞'));
    const result = await search('ja', '電子決裁');
    // A result links to the heading where the words are: compare the page.
    expect(result.urls.map((url) => url?.replace(/#.*$/, ''))).toContain('/ja/kakuu/soumu/2020/');
  });

  it('repeats the query in the result count exactly as typed, even with $& or {n} in it', async () => {
    for (const q of ['$&', '{n}', "$'"]) {
      const result = await search('ja', q);
      expect(result.status, q).toContain(`「${q}」`);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// What the validator keeps out of the buildable tree
// ---------------------------------------------------------------------------------------------------

/**
 * Copies the hostile tree to `<root>/content`, pointing each file's first-line schema comment at this
 * project's schemas/ from its new place (the validator checks that comment).
 */
function copyFixture(root: string): void {
  cpSync(FIXTURE, join(root, 'content'), { recursive: true });
  for (const file of fixtureFiles()) {
    const target = join(root, 'content', file);
    const kind =
      file === 'glossary.yaml'
        ? 'glossary'
        : file.endsWith('municipality.yaml')
          ? 'municipality'
          : file.endsWith('department.yaml')
            ? 'department'
            : 'plan';
    const schema = relative(dirname(target), join(projectRoot, 'schemas', `${kind}.schema.json`))
      .split('\\')
      .join('/');
    writeFileSync(target, readFileSync(target, 'utf8').replace(/^(# yaml-language-server: \$schema=)\S+/, `$1${schema}`));
  }
}

/** Validates a copy of the hostile tree with one file changed. */
async function validateVariant(file: string, change: (text: string) => string) {
  const root = mkdtempSync(join(tmpdir(), 'plans-hostile-variant-'));
  try {
    copyFixture(root);
    const target = join(root, 'content', file);
    const before = readFileSync(target, 'utf8');
    const after = change(before);
    expect(after, 'the change applies').not.toBe(before);
    writeFileSync(target, after);
    return (await validateContent(root, { contentDir: join(root, 'content') })).diagnostics;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('direction controls and invisible characters in hostile content', () => {
  // The payloads the fixture carried before the validator refused them: no page can hold one.
  const PAYLOADS = [
    ['\\u202E<script>alert(1)</script>\\u202C訓練', 'U+202E', 'bidi-control'],
    ['防災\\u200B計画', 'U+200B', 'invisible-character'],
    ['java\\u200Dscript:alert(1)\\uFEFF', 'U+200D', 'invisible-character'],
  ] as const;

  it.each(PAYLOADS)('refuses %s in a plan text', async (payload, character, code) => {
    const diagnostics = await validateVariant(PLAN_2020, (text) => text.replace(/^( {12}- )"葛.*$/m, `$1"${payload}"`));
    const own = diagnostics.filter((d) => d.file === `content/${PLAN_2020}`);
    expect(own.map((d) => [d.path, d.code])).toEqual([['divisions.items[1].sections[0].initiatives[0]', code]]);
    expect(own[0]!.en).toContain(character);
  });
});

describe('URL fields of hostile content', () => {
  const BAD_URLS = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'javascript://example.org/%0Aalert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
  ];

  it.each(BAD_URLS)('rejects source.url %j', async (url) => {
    const diagnostics = await validateVariant(PLAN_2020, (text) => text.replace(/^ {2}url: .*$/m, `  url: ${JSON.stringify(url)}`));
    // Only this file's diagnostics: while FY2020 is invalid, FY2021's results that point into it are
    // reported too (tests/fixtures/invalid/earlier-plan-invalid covers that).
    const own = diagnostics.filter((d) => d.file === `content/${PLAN_2020}`);
    expect(own.map((d) => [d.path, d.code])).toEqual([['source.url', 'invalid-url']]);
    expect(own[0]!.en).toContain('http:// or https://');
  });

  it.each(BAD_URLS)('rejects municipality.website %j', async (url) => {
    const diagnostics = await validateVariant('kakuu/municipality.yaml', (text) =>
      text.replace(/^website: .*$/m, `website: ${JSON.stringify(url)}`),
    );
    expect(diagnostics.map((d) => [d.path, d.code])).toEqual([['website', 'invalid-url']]);
  });
});

describe('robustness of the build around hostile content', () => {
  it('builds, or refuses in validation, a department that has no plan yet', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plans-hostile-noplan-'));
    try {
      copyFixture(root);
      rmSync(join(root, 'content/kakuu/kikaku/2021.yaml'));
      const { diagnostics } = await validateContent(root, { contentDir: join(root, 'content') });
      if (diagnostics.length > 0) return; // the validator refuses the tree: fine, nothing half-built
      const build = buildContentTree(join(root, 'content'), join(root, 'dist'), { PLANS_HISTORY: 'off' });
      expect(build.output).not.toMatch(/Stack trace|\n\s+at /);
      expect(build.status, build.output).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it('shows, or refuses in validation, a project without a theme in a plan with themes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'plans-hostile-notheme-'));
    try {
      copyFixture(root);
      const file = join(root, 'content', PLAN_2020);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('      theme: juten-2\n');
      writeFileSync(file, text.replace('      theme: juten-2\n', ''));
      const { diagnostics } = await validateContent(root, { contentDir: join(root, 'content') });
      if (diagnostics.length > 0) return; // the validator refuses the plan: fine
      const build = buildContentTree(join(root, 'content'), join(root, 'dist'), { PLANS_HISTORY: 'off' });
      expect(build.status, build.output).toBe(0);
      const html = readFileSync(join(root, 'dist/ja/kakuu/soumu/2020/index.html'), 'utf8');
      // The project's indicator is not in the table of contents: it is on the page only if the project is.
      expect(html).toContain('電子決裁の推進');
      expect(html).toContain('id="project-bunsho-kanri"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it('writes a well-formed Atom feed for plan titles with control characters', async () => {
    const plan = plan2020();
    // Control characters never reach a feed (the validator refuses them); the writer still keeps the XML well-formed.
    const title = `市職員\x01\x02\x07\x08\v\f\x1b[31m\x7f\u0085\u009f ${plan.title.ja}`;
    const xml = atomFeed({
      id: 'https://plans.example.org/ja/feed.xml',
      lang: 'ja',
      title: '架空のフィード',
      self: 'https://plans.example.org/ja/feed.xml',
      home: 'https://plans.example.org/ja/',
      author: '架空',
      entries: [
        {
          id: 'tag:plans.example.org,2020-04-01:/ja/kakuu/soumu/2020/0',
          title,
          link: 'https://plans.example.org/ja/kakuu/soumu/2020/',
          updated: '2020-04-01T00:00:00Z',
          summary: title,
        },
      ],
    });
    const watch = await watchedPage();
    try {
      const error = await watch.page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        return doc.querySelector('parsererror')?.textContent ?? null;
      }, xml);
      expect(error).toBeNull();
    } finally {
      await watch.context.close();
    }
  });

  it('writes well-formed XML (sitemaps, feeds) and JSON for the hostile site', async () => {
    const files = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    for (const file of files.filter((f) => f.endsWith('.json') && !f.includes('/pagefind/')))
      expect(() => JSON.parse(readFileSync(file, 'utf8')), file).not.toThrow();
    const watch = await watchedPage();
    try {
      for (const file of files.filter((f) => f.endsWith('.xml'))) {
        const error = await watch.page.evaluate(
          (source) => new DOMParser().parseFromString(source, 'application/xml').querySelector('parsererror')?.textContent ?? null,
          readFileSync(file, 'utf8'),
        );
        expect(error, relative(out, file)).toBeNull();
      }
    } finally {
      await watch.context.close();
    }
  });
});
