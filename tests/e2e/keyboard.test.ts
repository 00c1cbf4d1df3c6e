/**
 * Keyboard use of a Japanese plan page (the largest one): Tab from the top reaches the skip link first, the language
 * switch, and every visible link; every focused element shows a focus indicator and is on screen;
 * the skip link moves the keyboard into the main content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_LINKS, startE2E, type E2E } from '../helpers/e2e.ts';
import { largestJapanesePlanPage } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

/** The richest Japanese plan page (most content, so most links, tables and scroll regions). */
const planPage = largestJapanesePlanPage(distDir);

interface Stop {
  /** A short description: tag, href, text. */
  element: string;
  isBody: boolean;
  /** Index of the element in the page, to detect the cycle back to the start. */
  key: number;
  isLanguageSwitch: boolean;
  outline: string;
  boxShadow: string;
  hasIndicator: boolean;
  inViewport: boolean;
}

let e2e: E2E;
const stops: Stop[] = [];
let candidates = 0;

beforeAll(async () => {
  e2e = await startE2E({ viewport: { width: 1280, height: 800 } }, distDir);
  if (!planPage) return;
  const { page } = e2e;
  await page.goto(e2e.url(planPage));
  // Record every element that receives focus, for the "every link reached" check.
  candidates = await page.evaluate(() => {
    const w = window as unknown as { __focused: Set<Element> };
    w.__focused = new Set();
    document.addEventListener('focusin', (e) => w.__focused.add(e.target as Element));
    return document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length;
  });
  const limit = Math.min(candidates + 10, 600);
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((languageLinks) => {
      const w = window as unknown as { __keys?: WeakMap<Element, number>; __n?: number };
      w.__keys ??= new WeakMap();
      w.__n ??= 0;
      const el = document.activeElement ?? document.body;
      let key = w.__keys.get(el);
      if (key === undefined) {
        key = w.__n++;
        w.__keys.set(el, key);
      }
      const style = getComputedStyle(el);
      const outlineWidth = parseFloat(style.outlineWidth) || 0;
      const hasOutline =
        style.outlineStyle !== 'none' &&
        outlineWidth > 0 &&
        style.outlineColor !== 'transparent' &&
        !/rgba\(.*,\s*0\)$/.test(style.outlineColor);
      const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const r = el.getBoundingClientRect();
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return {
        element: `<${el.tagName.toLowerCase()}${el.getAttribute('href') !== null ? ` href="${el.getAttribute('href')}"` : ''}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}> ${text}`,
        isBody: el === document.body || el === document.documentElement,
        key,
        isLanguageSwitch: el.matches(languageLinks) && el.getAttribute('hreflang') !== document.documentElement.lang,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
        hasIndicator: hasOutline || hasShadow,
        inViewport: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < window.innerWidth && r.top < window.innerHeight,
      };
    }, LANGUAGE_LINKS);
    if (stop.isBody) {
      if (stops.length > 0) break; // past the last focusable element
      continue;
    }
    if (stops.length > 0 && stop.key === stops[0]!.key) break; // wrapped around
    stops.push(stop);
  }
});
afterAll(async () => {
  await e2e?.close();
});

describe.runIf(planPage)(`keyboard navigation on ${planPage}`, () => {
  it('Tab moves through the page and stops (bounded)', () => {
    expect(stops.length).toBeGreaterThan(2);
    expect(stops.length).toBeLessThanOrEqual(candidates + 1);
  });

  it('the first Tab stop is the skip link to the main content', async () => {
    const first = stops[0]!;
    expect(first.element).toMatch(/^<a href="#[^"]+"/);
    const target = first.element.match(/href="#([^"]+)"/)![1]!;
    const leadsToMain = await e2e.page.evaluate((id) => {
      const t = document.getElementById(decodeURIComponent(id));
      return Boolean(t && (t.closest('main') || t.querySelector('main')));
    }, target);
    expect(leadsToMain, `skip link target #${target} is not (in) the main content`).toBe(true);
  });

  it('reaches the language switch', () => {
    expect(stops.filter((s) => s.isLanguageSwitch).map((s) => s.element)).toHaveLength(1);
  });

  it('reaches every visible link', async () => {
    const missed = await e2e.page.evaluate(() => {
      const focused = (window as unknown as { __focused: Set<Element> }).__focused;
      return [...document.querySelectorAll('a[href]')]
        .filter((a) => {
          const r = a.getBoundingClientRect();
          return a.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.width > 0 && r.height > 0;
        })
        .filter((a) => !focused.has(a))
        .map((a) => a.outerHTML.slice(0, 160));
    });
    expect(missed, 'visible links never focused by Tab').toEqual([]);
  });

  it('every focused element has a visible focus indicator (outline or box-shadow)', () => {
    const without = stops.filter((s) => !s.hasIndicator).map((s) => `${s.element} — outline: ${s.outline}; box-shadow: ${s.boxShadow}`);
    expect(without).toEqual([]);
  });

  it('every focused element is scrolled into the viewport', () => {
    expect(stops.filter((s) => !s.inViewport).map((s) => s.element)).toEqual([]);
  });

  it('the skip link moves keyboard focus into the main content', async () => {
    const { page } = e2e;
    await page.goto(e2e.url(planPage!));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(inMain).toBe(true);
  });

  it('made no requests to other hosts', () => {
    expect(e2e.blocked).toEqual([]);
  });
});

it('there is a Japanese plan page to test', () => {
  expect(planPage).toBeDefined();
});
