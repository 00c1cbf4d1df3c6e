import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/view/markdown.ts';

describe('Markdown fields are sanitised', () => {
  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror="alert(1)">', /onerror/i],
    ['[link](javascript:alert(1))', /javascript:/i],
    ['<iframe src="https://example.org"></iframe>', /<iframe/i],
    ['<a href="#" onclick="alert(1)">x</a>', /onclick/i],
    ['<svg><script>alert(1)</script></svg>', /<svg|<script/i],
    ['<div style="background:url(javascript:alert(1))">x</div>', /style=|javascript:/i],
  ])('%s', async (input, forbidden) => {
    expect(await renderMarkdown(input)).not.toMatch(forbidden);
  });

  it('keeps ordinary Markdown', async () => {
    expect(await renderMarkdown('段落1\n\n段落2\n\n- 項目')).toBe('<p>段落1</p>\n<p>段落2</p>\n<ul>\n<li>項目</li>\n</ul>');
  });
});

describe('the plain-paragraph shortcut', async () => {
  const { plainParagraphsToHtml } = await import('../../src/lib/view/markdown.ts');
  const { markdownConfigDefaults } = await import('@astrojs/markdown-remark');
  const { markdownProcessor } = await import('../../src/markdown/processor.ts');
  const { readdirSync, readFileSync } = await import('node:fs');
  const { CORE_SCHEMA, load } = await import('js-yaml');
  const pipeline = await markdownProcessor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  const full = async (text: string) => (await pipeline.render(text)).code;

  // Every Markdown field of the fixtures (real plans in tests/fixtures/published, fictional ones in the
  // others) and of whatever content/ holds, plus texts built to sit at the edge of the rule.
  const markdownTexts = (dirs: string[]) =>
    dirs
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => /\d{4}\.yaml$/.test(f))
          .map((f) => load(readFileSync(`${dir}/${f}`, 'utf8'), { schema: CORE_SCHEMA })),
      )
      .flatMap((plan) => JSON.stringify(plan).match(/"(body|paragraphs)":(\{[^{}]*\}|\[[^\]]*\]|"[^"]*")/g) ?? [])
      .flatMap((m) =>
        [...m.matchAll(/"(?:ja|en)":"((?:[^"\\]|\\.)*)"|^"(?:body|paragraphs)":"((?:[^"\\]|\\.)*)"/g)].map(
          (x) => JSON.parse(`"${x[1] ?? x[2]}"`) as string,
        ),
      );
  const fixtureTexts = markdownTexts([
    'tests/fixtures/published/content',
    'tests/fixtures/base/content',
    'tests/fixtures/multi-year/content',
    'tests/fixtures/hostile/content',
  ]);
  const texts = [...new Set([...fixtureTexts, ...markdownTexts(['content'])])];
  const edges = [
    '段落1\n\n段落2',
    '一行目\n二行目',
    '1. 番号',
    '＊強調＊',
    'ABC def',
    '  字下げ',
    'www.example.org',
    '防災課（相談・情報課）',
    '段落\n\n\n\n次',
  ];

  it('covers the real texts', () => {
    expect(fixtureTexts.length).toBeGreaterThan(20);
  });
  it.each([...texts, ...edges].map((t) => [t.slice(0, 30), t]))('matches the pipeline: %s', async (_, text) => {
    const fast = plainParagraphsToHtml(text);
    if (fast !== undefined) expect(fast).toBe(await full(text));
  });
  it('takes the shortcut for ordinary Japanese paragraphs', () => {
    expect(plainParagraphsToHtml('市民の安全と安心を確保します。\n\n防災訓練を実施します。')).toBe(
      '<p>市民の安全と安心を確保します。</p>\n<p>防災訓練を実施します。</p>',
    );
  });
});
