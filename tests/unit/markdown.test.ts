import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown.ts';

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
