import { describe, expect, it } from 'vitest';
import { titleSimilarity, SIMILARITY_THRESHOLD } from '../../src/lib/compare/similarity.ts';
import { matchItems } from '../../src/lib/compare/match.ts';
import { textDiff } from '../../src/lib/compare/text-diff.ts';

describe('title similarity', () => {
  it('scores alike Japanese titles high and unrelated ones low', () => {
    expect(titleSimilarity('防犯カメラ設置等に関する事業', '防犯カメラ設置事業')).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(titleSimilarity('消防団の組織強化', '消防団の組織活性化')).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(titleSimilarity('ふるさと納税推進事業', '市内バス運行事業')).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(titleSimilarity('同じ', '同じ')).toBe(1);
  });
  it('ignores width and middle dots, as search does', () => {
    expect(titleSimilarity('ワーク・ライフ・バランス', 'ワークライフバランス')).toBe(1);
  });
});

describe('matching items across years', () => {
  const item = (id: string, title: string) => ({ id, title });
  it('matches by id first, then by alike titles, and lists the rest as added or removed', () => {
    const older = [item('a', '防災訓練の実施'), item('b', '収納率向上対策事業等'), item('c', '廃止された事業')];
    const newer = [item('a', '防災訓練の充実'), item('b2', '収納率向上対策事業'), item('d', '新しい事業')];
    const m = matchItems(older, newer, (x) => x.title);
    expect(m.matched.map((p) => [p.old.id, p.new.id, p.by, p.renamed])).toEqual([
      ['a', 'a', 'id', true],
      ['b', 'b2', 'title', true],
    ]);
    expect(m.added.map((x) => x.id)).toEqual(['d']);
    expect(m.removed.map((x) => x.id)).toEqual(['c']);
  });
  it('never matches one item twice', () => {
    const m = matchItems(
      [item('x', '防犯カメラの設置')],
      [item('y', '防犯カメラの設置'), item('z', '防犯カメラの設置支援')],
      (x) => x.title,
    );
    expect(m.matched).toHaveLength(1);
    expect(m.added).toHaveLength(1);
  });
});

describe('text diff', () => {
  it('marks a changed kanji alone: a redline at character level', () => {
    const parts = textDiff('地域防災計画の推進', '地域防犯計画の推進');
    expect(parts).toEqual([
      { type: 'same', text: '地域防' },
      { type: 'removed', text: '災' },
      { type: 'added', text: '犯' },
      { type: 'same', text: '計画の推進' },
    ]);
  });
  it('folds a lone unchanged character between two changes into one replacement', () => {
    expect(textDiff('市民の窓口', '福祉の相談')).toEqual([
      { type: 'removed', text: '市民の窓口' },
      { type: 'added', text: '福祉の相談' },
    ]);
    const rewritten = textDiff('防犯を推進', '交通安全を推進');
    expect(rewritten.filter((p) => p.type !== 'same')).toEqual([
      { type: 'removed', text: '防犯' },
      { type: 'added', text: '交通安全' },
    ]);
    expect(textDiff('甲乙丙', '丁乙戊')).toEqual([
      { type: 'removed', text: '甲乙丙' },
      { type: 'added', text: '丁乙戊' },
    ]);
  });
  it('splits a text the same way without Intl.Segmenter, so the browser and the build agree', () => {
    const intl = Intl as { Segmenter?: unknown };
    const segmenter = intl.Segmenter;
    try {
      intl.Segmenter = undefined;
      expect(
        textDiff('http://db.example.jp/H27_open.nsf/abc', 'http://db.example.jp/R2_open.nsf/abd')
          .filter((p) => p.type !== 'same')
          .map((p) => p.text),
      ).toEqual(['H27_open', 'R2_open', 'abc', 'abd']);
    } finally {
      intl.Segmenter = segmenter;
    }
  });

  it('marks changed Japanese words, not whole sentences', () => {
    const parts = textDiff('防災出前講座を年間80回以上実施します。', '防災出前講座を年間85回以上実施します。');
    expect(parts.filter((p) => p.type === 'removed').map((p) => p.text)).toEqual(['80']);
    expect(parts.filter((p) => p.type === 'added').map((p) => p.text)).toEqual(['85']);
    expect(
      parts
        .filter((p) => p.type === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('防災出前講座を年間');
  });
  it('marks an inserted Japanese word', () => {
    const parts = textDiff('防犯カメラの設置', '街頭防犯カメラの設置');
    expect(parts.find((p) => p.type === 'added')?.text).toBe('街頭');
    expect(parts.some((p) => p.type === 'removed')).toBe(false);
  });
  it('works on English by words', () => {
    const parts = textDiff('Install 9 security cameras', 'Install 11 security cameras');
    expect(parts.filter((p) => p.type !== 'same').map((p) => `${p.type}:${p.text.trim()}`)).toEqual(['removed:9', 'added:11']);
  });
  it('puts the old text back together from the same and removed parts', () => {
    const older = '市民の自助と地域の共助の強化';
    const parts = textDiff(older, '市民の自助・共助と公助の強化');
    expect(
      parts
        .filter((p) => p.type !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(older);
  });
});

describe('新旧対照表 cells', async () => {
  const { diffSideHtml, escapeHtml } = await import('../../src/lib/compare/taishou-html.ts');
  const labels = { added: '追加:', addedEnd: '追加ここまで', removed: '削除:', removedEnd: '削除ここまで' };
  it('escapes plan text, so markup in content is shown, never run', () => {
    expect(escapeHtml(`<script>alert("x")</script>&'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    const parts = textDiff('<b>旧</b>の文', '<img src=x onerror=alert(1)>の文');
    const html = diffSideHtml(parts, 'new', labels) + diffSideHtml(parts, 'old', labels);
    expect(html).not.toMatch(/<(b|img)\b/);
    expect(html).toContain('img src=x onerror=alert(1)');
    expect(html).toContain('&lt;');
  });
  it('marks each side with its own changes and words for screen readers', () => {
    const parts = textDiff('年間80回以上', '年間85回以上');
    expect(diffSideHtml(parts, 'new', labels)).toBe(
      '年間<ins><span class="visually-hidden">追加:</span>85<span class="visually-hidden">追加ここまで</span></ins>回以上',
    );
    expect(diffSideHtml(parts, 'old', labels)).toBe(
      '年間<del><span class="visually-hidden">削除:</span>80<span class="visually-hidden">削除ここまで</span></del>回以上',
    );
  });
});

describe('long texts with little in common', () => {
  it('are shown as replaced rather than diffed word by word', () => {
    const a = '市民の安全と安心を確保するため、防犯設備の整備等を支援するとともに、関係機関と協働で取り組みます。';
    const b = '行政サービスの質を高めるため、窓口業務の手順を見直し、電子申請の対象手続を段階的に広げていきます。';
    expect(textDiff(a, b)).toEqual([
      { type: 'removed', text: a },
      { type: 'added', text: b },
    ]);
  });
});
