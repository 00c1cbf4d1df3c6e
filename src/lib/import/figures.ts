/**
 * Readers for the figures in a plan's text: fiscal years, as-of dates, staff counts, budget amounts
 * and indicator targets. Each returns undefined when the text does not have the expected shape, so
 * the importer leaves that line for the clerk instead of guessing.
 */
import type { TargetSchema } from '../../../schemas/plan/index.ts';
import type { z } from 'astro/zod';
import { warekiToIso, warekiYear } from '../validate/wareki.ts';

const ERA = '(明治|大正|昭和|平成|令和)';
const number = (digits: string) => Number(digits.replace(/[,，]/g, ''));

/**
 * The fiscal year a text names, from the first 〜年度 in it (和暦 or 西暦).
 * @example textToFiscalYear('総務部の「運営方針と目標」(平成29年度)') → 2017
 */
export function textToFiscalYear(text: string): number | undefined {
  const m = new RegExp(`${ERA}\\s*(元|\\d{1,2})\\s*年度|((?:19|20)\\d{2})\\s*年度`).exec(text.normalize('NFKC'));
  if (!m) return undefined;
  return m[3] ? Number(m[3]) : warekiYear(m[1] ?? '', m[2] ?? '');
}

/**
 * The as-of date in a heading such as 部の経営資源(平成29年4月1日現在), as YYYY-MM-DD.
 * @example textToAsOf('2 部の経営資源(平成29年4月1日現在)') → '2017-04-01'
 */
export function textToAsOf(text: string): string | undefined {
  const m = new RegExp(`${ERA}\\s*(?:元|\\d{1,2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?=\\s*現在)`).exec(text.normalize('NFKC'));
  return m ? warekiToIso(m[0]) : undefined;
}

export interface StaffLine {
  label: string;
  count: number;
  includes?: { label: string; count: number }[];
}

/**
 * A staff figure: 総務部職員55人(うち、他団体からの派遣職員1人).
 * @example textToStaff('総務部職員55人') → { label: '総務部職員', count: 55 }
 */
export function textToStaff(text: string): StaffLine | undefined {
  const m = /^(.+?)\s*([\d,]+)\s*人\s*(?:[(（]\s*うち[、,]?\s*(.+?)\s*([\d,]+)\s*人\s*[)）])?$/.exec(text);
  if (!m || /[/／]/.test(text)) return undefined;
  const line: StaffLine = { label: m[1]!.trim(), count: number(m[2]!) };
  if (m[3]) line.includes = [{ label: m[3].trim(), count: number(m[4]!) }];
  return line;
}

export interface RatioLine {
  label: string;
  staffLabel: string;
  staff: number;
  totalLabel: string;
  total: number;
  percent: number;
  approximate: boolean;
}

/**
 * A staff ratio: 職員比率(正規職員) 総務部55人/市職員988人 職員比率 約5.6%.
 * The label is written twice in the documents (before and after the counts); both must agree.
 */
export function textToRatio(text: string): RatioLine | undefined {
  const m = /^(\S+?)\s+(\S+?)\s*([\d,]+)\s*人\s*[/／]\s*(\S+?)\s*([\d,]+)\s*人\s*(\S+?)\s*(約)?\s*([\d.]+)\s*[%％]$/.exec(text);
  if (!m || !m[1]!.startsWith(m[6]!)) return undefined;
  return {
    label: m[1]!,
    staffLabel: m[2]!,
    staff: number(m[3]!),
    totalLabel: m[4]!,
    total: number(m[5]!),
    percent: Number(m[8]),
    approximate: !!m[7],
  };
}

export interface BudgetLine {
  account: string;
  amount: number;
  unit: 'yen' | 'thousand-yen';
  includes?: { label: string; amount: number }[];
}

/**
 * A budget figure: 一般会計13,510,540,000円（人件費9,303,124,000円を含む。）.
 * @example textToBudget('一般会計4,207,416,000円') → { account: '一般会計', amount: 4207416000, unit: 'yen' }
 */
export function textToBudget(text: string): BudgetLine | undefined {
  const m = /^(\S*会計)\s*([\d,]+)\s*(千円|円)\s*(?:[(（]\s*(.+?)\s*([\d,]+)\s*(千円|円)を含む。?\s*[)）])?$/.exec(text);
  if (!m) return undefined;
  const line: BudgetLine = { account: m[1]!, amount: number(m[2]!), unit: m[3] === '千円' ? 'thousand-yen' : 'yen' };
  if (m[4]) {
    if (m[6] !== m[3]) return undefined;
    line.includes = [{ label: m[4], amount: number(m[5]!) }];
  }
  return line;
}

type Target = z.input<typeof TargetSchema>;

const COMPARATOR: Record<string, Target['comparator']> = { 以上: 'gte', 以下: 'lte', 超: 'gt', 未満: 'lt' };
const UNIT = '([^\\d\\s、,()（）]{1,4}?)';

/**
 * The numeric target in an indicator's closing brackets, when it has one:
 * (年間80回以上) → 80 回 gte per-year; (3地区9台、市独自2台 合計11台) → 11 台 total, broken down;
 * (1地区3枚 全15地区) → 15 地区 total, the rest a note. Anything else gives no target.
 * @example textToTarget('防災出前講座の実施（年間80回以上）') → { value: 80, unit: '回', comparator: 'gte', period: 'per-year' }
 */
export function textToTarget(label: string): Target | undefined {
  const inner = /[（(]([^（）()]+)[）)]$/.exec(label)?.[1]?.trim();
  if (!inner) return undefined;
  const simple = new RegExp(`^(年間)?\\s*([\\d,.]+)\\s*${UNIT}(以上|以下|超|未満)?$`).exec(inner);
  if (simple) {
    const target: Target = { value: number(simple[2]!), unit: simple[3]! };
    if (simple[4]) target.comparator = COMPARATOR[simple[4]];
    if (simple[1]) target.period = 'per-year';
    return target;
  }
  const total = new RegExp(`^(.+?)\\s*(?:合計|計|全)\\s*([\\d,]+)\\s*${UNIT}$`).exec(inner);
  if (!total) return undefined;
  const target: Target = { value: number(total[2]!), unit: total[3]!, period: 'total' };
  const rest = total[1]!.trim().replace(/[、,]$/, '');
  const parts = rest.split(/[、,]/).map((p) => new RegExp(`^(.+?)\\s*([\\d,]+)\\s*${UNIT}$`).exec(p.trim()));
  const breakdown = parts.every((p) => p && p[3] === target.unit)
    ? parts.map((p) => ({ label: p![1]!, value: number(p![2]!) }))
    : undefined;
  if (breakdown && breakdown.reduce((s, b) => s + b.value, 0) === target.value) target.breakdown = breakdown;
  else target.note = rest;
  return target;
}
