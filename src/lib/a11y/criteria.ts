/**
 * The success criteria of WCAG 2.1 at levels A and AA (50), with their Japanese names as the WAIC
 * translation and JIS X 8341-3:2016 give them. JIS X 8341-3:2016 is WCAG 2.0 (ISO/IEC 40500:2012), so
 * the twelve criteria WCAG 2.1 added are marked `jis: false`: the site tests them, but the JIS target
 * level does not include them.
 */

export type CriterionLevel = 'A' | 'AA';

export interface Criterion {
  /** The criterion's number, e.g. '1.4.3'. */
  id: string;
  level: CriterionLevel;
  name: { ja: string; en: string };
  /** Part of JIS X 8341-3:2016 (WCAG 2.0); false for the criteria WCAG 2.1 added. */
  jis: boolean;
}

const c = (id: string, level: CriterionLevel, ja: string, en: string, jis = true): Criterion => ({ id, level, name: { ja, en }, jis });

export const CRITERIA: readonly Criterion[] = [
  c('1.1.1', 'A', '非テキストコンテンツ', 'Non-text Content'),
  c('1.2.1', 'A', '音声のみ及び映像のみ（収録済）', 'Audio-only and Video-only (Prerecorded)'),
  c('1.2.2', 'A', 'キャプション（収録済）', 'Captions (Prerecorded)'),
  c('1.2.3', 'A', '音声解説、又はメディアに対する代替（収録済）', 'Audio Description or Media Alternative (Prerecorded)'),
  c('1.2.4', 'AA', 'キャプション（ライブ）', 'Captions (Live)'),
  c('1.2.5', 'AA', '音声解説（収録済）', 'Audio Description (Prerecorded)'),
  c('1.3.1', 'A', '情報及び関係性', 'Info and Relationships'),
  c('1.3.2', 'A', '意味のある順序', 'Meaningful Sequence'),
  c('1.3.3', 'A', '感覚的な特徴', 'Sensory Characteristics'),
  c('1.3.4', 'AA', '表示の向き', 'Orientation', false),
  c('1.3.5', 'AA', '入力目的の特定', 'Identify Input Purpose', false),
  c('1.4.1', 'A', '色の使用', 'Use of Color'),
  c('1.4.2', 'A', '音声の制御', 'Audio Control'),
  c('1.4.3', 'AA', 'コントラスト（最低限）', 'Contrast (Minimum)'),
  c('1.4.4', 'AA', 'テキストのサイズ変更', 'Resize Text'),
  c('1.4.5', 'AA', '文字画像', 'Images of Text'),
  c('1.4.10', 'AA', 'リフロー', 'Reflow', false),
  c('1.4.11', 'AA', '非テキストのコントラスト', 'Non-text Contrast', false),
  c('1.4.12', 'AA', 'テキストの間隔', 'Text Spacing', false),
  c('1.4.13', 'AA', 'ホバー又はフォーカスで表示されるコンテンツ', 'Content on Hover or Focus', false),
  c('2.1.1', 'A', 'キーボード', 'Keyboard'),
  c('2.1.2', 'A', 'キーボードトラップなし', 'No Keyboard Trap'),
  c('2.1.4', 'A', '文字キーのショートカット', 'Character Key Shortcuts', false),
  c('2.2.1', 'A', 'タイミング調整可能', 'Timing Adjustable'),
  c('2.2.2', 'A', '一時停止、停止、非表示', 'Pause, Stop, Hide'),
  c('2.3.1', 'A', '3回の閃光、又は閾値以下', 'Three Flashes or Below Threshold'),
  c('2.4.1', 'A', 'ブロックスキップ', 'Bypass Blocks'),
  c('2.4.2', 'A', 'ページタイトル', 'Page Titled'),
  c('2.4.3', 'A', 'フォーカス順序', 'Focus Order'),
  c('2.4.4', 'A', 'リンクの目的（コンテキスト内）', 'Link Purpose (In Context)'),
  c('2.4.5', 'AA', '複数の手段', 'Multiple Ways'),
  c('2.4.6', 'AA', '見出し及びラベル', 'Headings and Labels'),
  c('2.4.7', 'AA', 'フォーカスの可視化', 'Focus Visible'),
  c('2.5.1', 'A', 'ポインタのジェスチャ', 'Pointer Gestures', false),
  c('2.5.2', 'A', 'ポインタのキャンセル', 'Pointer Cancellation', false),
  c('2.5.3', 'A', 'ラベルを含む名前（name）', 'Label in Name', false),
  c('2.5.4', 'A', '動きによる起動', 'Motion Actuation', false),
  c('3.1.1', 'A', 'ページの言語', 'Language of Page'),
  c('3.1.2', 'AA', '一部分の言語', 'Language of Parts'),
  c('3.2.1', 'A', 'フォーカス時', 'On Focus'),
  c('3.2.2', 'A', '入力時', 'On Input'),
  c('3.2.3', 'AA', '一貫したナビゲーション', 'Consistent Navigation'),
  c('3.2.4', 'AA', '一貫した識別性', 'Consistent Identification'),
  c('3.3.1', 'A', 'エラーの特定', 'Error Identification'),
  c('3.3.2', 'A', 'ラベル又は説明', 'Labels or Instructions'),
  c('3.3.3', 'AA', 'エラー修正の提案', 'Error Suggestion'),
  c('3.3.4', 'AA', 'エラー回避（法的、金融、データ）', 'Error Prevention (Legal, Financial, Data)'),
  c('4.1.1', 'A', '構文解析', 'Parsing'),
  c('4.1.2', 'A', '名前（name）・役割（role）及び値（value）', 'Name, Role, Value'),
  c('4.1.3', 'AA', 'ステータスメッセージ', 'Status Messages', false),
];

/** The axe-core tags of the rules the site is tested with: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * The criterion an axe-core tag names, or undefined for other tags. axe writes a criterion's number
 * without its dots, and a two-digit last part as is.
 * @example criterionOfTag('wcag143') → '1.4.3'; criterionOfTag('wcag1410') → '1.4.10'; criterionOfTag('wcag2aa') → undefined
 */
export function criterionOfTag(tag: string): string | undefined {
  const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

/** A rule as axe.getRules() describes it. */
export interface AxeRuleInfo {
  ruleId: string;
  tags: string[];
}

/**
 * Each rule's A/AA criteria, from axe-core's own tags, rules in id order and criteria in table order.
 * A tag of a criterion outside the table is left out: axe tags scrollable-region-focusable with
 * 2.1.3 (AAA) beside 2.1.1. A rule with no criterion of the table throws, so an axe-core that picks a
 * rule by the A/AA tags for a criterion this table lacks is noticed rather than shown as nothing.
 */
export function ruleCriteria(rules: readonly AxeRuleInfo[]): Record<string, string[]> {
  const order = new Map(CRITERIA.map((criterion, i) => [criterion.id, i]));
  const out: Record<string, string[]> = {};
  for (const rule of [...rules].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))) {
    const named = [...new Set(rule.tags.map(criterionOfTag).filter((id): id is string => id !== undefined))];
    const ids = named.filter((id) => order.has(id));
    if (!ids.length) throw new Error(`axe-core rule ${rule.ruleId} names no A/AA criterion of WCAG 2.1 (${named.join(', ') || 'none'})`);
    out[rule.ruleId] = ids.sort((a, b) => order.get(a)! - order.get(b)!);
  }
  return out;
}
