/**
 * The fictional example content of a new site (`gyosei-plans init`): one municipality, one department
 * and one plan, every text marked 架空の例, so the site builds at once and the clerk sees every kind of
 * file in its place before replacing it with the real plans.
 */
import { SCHEMA_COMMENT_PREFIX } from '../lib/validate/schema-comment.ts';
import { pathOf } from '../lib/content-tree/layout.ts';

/** The folder ids of the example, which the clerk renames to the real municipality and department. */
export const EXAMPLE = { municipality: 'kakuu', department: 'soumu', fiscalYear: 2026 } as const;

/**
 * The first line of a content file `depth` folders below the site's root: the JSON Schema inside the
 * installed package, so the editor's completion works as soon as `npm install` has run.
 * @example schemaLine(3, 'plan') → '# yaml-language-server: $schema=../../../node_modules/gyosei-plans/schemas/plan.schema.json'
 */
export function schemaLine(depth: number, kind: string): string {
  return `${SCHEMA_COMMENT_PREFIX}${'../'.repeat(depth)}node_modules/gyosei-plans/schemas/${kind}.schema.json`;
}

const notice = (what: string) => `# 架空の例です。${what}\n# A fictional example: replace it with your own (see README.md).\n`;

const { municipality: m, department: d, fiscalYear: year } = EXAMPLE;

/** Path (relative to the site's root) → text of each example content file. */
export const EXAMPLE_CONTENT: Readonly<Record<string, string>> = {
  [`content/${pathOf({ kind: 'glossary' })}`]: `${schemaLine(1, 'glossary')}
${notice('部・課・担当の名称の英訳を、サイト全体で一つに決めて書きます。使わない行は消してください。')}terms:
  - { ja: 総務部, en: General Affairs Department }
  - { ja: 文書課, en: Records Division }
  - { ja: 防災課, en: Disaster Prevention Division }
  - { ja: 地域防災, en: Community Disaster Preparedness }
  - { ja: 防災計画, en: Disaster Planning }
`,

  [`content/${pathOf({ kind: 'municipality', municipality: m })}`]: `${schemaLine(2, 'municipality')}
${notice(`団体の情報に書き換え、フォルダ名（${m}）も団体の ID（ローマ字）に変えてください。`)}id: ${m}
name: { ja: 架空市（架空の例）, en: Kakuu City (fictional example) }
kind: city
code: "139998"     # 架空のコード。総務省の全国地方公共団体コード（6桁）に書き換えます / a fictional code
prefecture: { ja: 東京都, en: Tokyo }
`,

  [`content/${pathOf({ kind: 'department', municipality: m, department: d })}`]: `${schemaLine(3, 'department')}
${notice(`部の情報に書き換え、フォルダ名（${d}）も部の ID に変えてください。`)}id: ${d}
municipality: ${m}
name: 総務部
`,

  [`content/${pathOf({ kind: 'plan', municipality: m, department: d, year })}`]: `${schemaLine(3, 'plan')}
${notice('公表された計画の文書どおりに書き換えてください（npm run import で PDF の文字から下書きを作れます）。')}municipality: ${m}
department: ${d}
fiscalYear: ${year}
documentType: { ja: 運営方針と目標, en: Operating policy and goals }
title:
  ja: 総務部の運営方針と目標（令和8年度・架空の例）
  en: Operating policy and goals of the General Affairs Department (FY2026, fictional example)
asOf: ${year}-04-01
leaders:
  - title: { ja: 総務部長, en: Director General }
    name: { ja: 架空 太郎（架空の例）, en: Taro Kakuu (fictional example) }

statements:
  blocks:
    - kind: mission
      heading: { ja: 部の使命, en: Mission of the department }
      items:
        - ja: 市民サービスを支える事務を、正確に、速やかに行います（架空の例）。
          en: We carry out the work behind the city's services accurately and promptly (fictional example).
        - ja: 災害に強いまちをつくります（架空の例）。
          en: We make the city resilient to disasters (fictional example).
    - kind: policy
      paragraphs:
        - ja: これは架空の例の運営方針です。実際の計画の文章に置き換えてください。
          en: This operating policy is a fictional example. Replace it with the text of your plan.

divisions:
  items:
    - id: bunsho
      name: 文書課
      mission: { ja: 文書を適切に管理します（架空の例）。, en: Keeps the city's records in good order (fictional example). }
    - id: bousai
      name: 防災課
      sections:
        - id: chiiki-bousai
          name: 地域防災
          mission: { ja: 地域の防災力を高めます（架空の例）。, en: Strengthens disaster preparedness in each neighbourhood (fictional example). }
          initiatives:
            - 防災訓練を行います（架空の例）。
        - id: bousai-keikaku
          name: 防災計画
          sharesMissionWith: chiiki-bousai
          initiatives:
            - 防災計画を見直します（架空の例）。

resources:
  asOf: ${year}-04-01
  staff:
    items:
      - id: total
        label: 総務部職員（架空の例）
        count: 50
        includes:
          - label: 他団体からの派遣職員（架空の例）
            count: 1
      - id: bunsho
        label: 文書課（架空の例）
        division: bunsho
        count: 10
        composition:
          - label: 常勤職員（架空の例）
            count: 7
          - label: 会計年度任用職員（架空の例）
            count: 3
    ratio:
      label: 職員比率（架空の例）
      staff: total
      staffLabel: 総務部
      total: 900
      totalLabel: 市職員
      percent: 5.6
      approximate: true
  budget:
    items:
      - id: total
        label: 令和8年度総務部予算額（架空の例）
        account: 一般会計
        amount: 1000000000
        includes:
          - id: personnel
            label: 人件費（架空の例）
            amount: 600000000
      - id: program
        label: そのうち人件費を除く事業費予算額（架空の例）
        account: 一般会計
        amount: 400000000
        derivedFrom:
          item: total
          minus: [personnel]

policies:
  items:
    - id: jisshi-houshin
      title: { ja: 実施方針（架空の例）, en: Implementation policy (fictional example) }
      body:
        ja: これは架空の例の実施方針です。
        en: This implementation policy is a fictional example.

projects:
  items:
    - id: bousai-kunren
      number: 1
      title: { ja: 防災訓練（架空の例）, en: Disaster drills (fictional example) }
      divisions: [bousai]
      indicators:
        - id: kunren-kaisu
          label: 防災訓練の実施（年間12回以上）（架空の例）
          target: { value: 12, unit: 回, comparator: gte, period: per-year }
        - id: bihin-koushin
          label: 防災倉庫の備品更新（合計5か所：北地区3か所、南地区2か所）（架空の例）
          target:
            value: 5
            unit: か所
            period: total
            breakdown:
              - { label: 北地区, value: 3 }
              - { label: 南地区, value: 2 }
    - id: bunsho-kanri
      number: 2
      title: { ja: 文書管理の電子化（架空の例）, en: Digital records management (fictional example) }
      divisions: [bunsho]
      indicators:
        - id: denshi-kessai
          label: 電子決裁の推進（架空の例）

source:
  title: 架空市総務部の運営方針と目標（架空の例）
  publisher: 架空市（架空の例）
  completeness: full
  note: gyosei-plans init が作った架空の例です。実際の文書ではありません。
`,
};
