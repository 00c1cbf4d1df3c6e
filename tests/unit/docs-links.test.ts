/** Every in-page link of the authoring guide and the README leads to a heading or an explicit anchor. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    if (fenced) continue;
    for (const m of line.matchAll(/<a id="([^"]+)"/g)) anchors.add(m[1]!);
    const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(line)?.[1];
    if (!heading) continue;
    const slug = heading
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n ? `${slug}-${n}` : slug);
  }
  return anchors;
}

describe('documentation links', () => {
  for (const file of ['docs/authoring.md', 'README.md']) {
    it(`${file}: every #anchor exists`, () => {
      const text = readFileSync(root + file, 'utf8');
      const anchors = headingAnchors(text);
      const links = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
      expect(links.filter((l) => !anchors.has(l))).toEqual([]);
    });
  }

  it('computes anchors as GitHub does', () => {
    expect([...headingAnchors("## 5.0 新しい年度の計画を始める：npm run new\n## 7. The year's workflow: A / B\n## A\n## A")]).toEqual([
      '50-新しい年度の計画を始めるnpm-run-new',
      '7-the-years-workflow-a--b',
      'a',
      'a-1',
    ]);
  });
});
