/**
 * A deterministic generator of FICTIONAL plans for benchmarks: municipalities of five departments, each
 * with `years` consecutive fiscal years (ceil(plans / years) departments in all), 5–15 projects with indicators, resources whose figures satisfy every rule
 * the validator checks, and Japanese text of realistic length. Everything it writes says it is fictional.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { localGovernmentCheckDigit, PREFECTURES } from '../../schemas/prefectures.ts';
import { schemaComment, type SchemaKind } from '../../src/lib/validate/schema-comment.ts';

/** mulberry32: a small, fast, seeded PRNG, so the same seed always writes the same content. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  '防災訓練',
  '窓口サービス',
  '電子申請',
  '職員研修',
  '公共施設',
  '地域活動',
  '情報公開',
  '子育て支援',
  '防犯パトロール',
  '庁舎管理',
  '契約事務',
  '文書管理',
  '広報活動',
  '健康づくり',
  '環境美化',
  '交通安全',
  '消防団活動',
  '財政運営',
  '人材育成',
  'ワーク・ライフ・バランス',
];
const ACTIONS = ['の推進', 'の充実', 'の見直し', 'の強化', 'の改善', 'の実施', 'の拡充', 'の効率化'];
const PURPOSES = [
  '市民の安全と安心を確保するため',
  '行政サービスの質を高めるため',
  '地域の防災力を向上させるため',
  '事務の効率化を図るため',
  '市民の利便性を高めるため',
  '持続可能な行財政運営のため',
];
const MEANS = ['関係機関と連携して', '地域の団体と協働して', '計画的に', '段階的に', '全庁的に', '職員の意見を踏まえて'];
const ENDS = ['取り組みます。', '推進します。', '実施します。', '検討を進めます。', '体制を整えます。'];
const UNITS = ['回', '件', '人', 'か所', '台', '%'];
const DIVISIONS = ['総務課', '職員課', '契約課', '防災課', '安全安心課', '広報課', '文書課', '施設課', '財政課', '情報課'];
const DEPARTMENTS = [
  ['soumu', '総務部'],
  ['kikaku', '企画部'],
  ['shimin', '市民部'],
  ['kenkou', '健康福祉部'],
  ['toshi', '都市整備部'],
] as const;

export interface GenerateOptions {
  /** Plan files in all. */
  plans: number;
  seed?: number;
  /** Fiscal years per department (the last department may have fewer); each municipality has five departments. */
  years?: number;
  /** The first fiscal year; by default the years end in FY2024, so a long history reaches back into Heisei. */
  firstYear?: number;
}

/** Writes a content tree of `plans` fictional plans into `dir`: ceil(plans / years) departments of `years` years. */
export async function generateContent(
  dir: string,
  options: GenerateOptions,
): Promise<{ plans: number; municipalities: number; departments: number }> {
  const { seed = 20261121, years = 4 } = options;
  const firstYear = options.firstYear ?? 2024 - years + 1;
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const sentence = () => `${pick(PURPOSES)}、${pick(SUBJECTS)}について${pick(MEANS)}${pick(ENDS)}`;
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join('');

  const perMunicipality = DEPARTMENTS.length * years;
  const municipalities = Math.max(1, Math.ceil(options.plans / perMunicipality));
  const header = (file: string, kind: SchemaKind) =>
    `${schemaComment(file, kind, dirname(dir))}\n# 架空のデータ（ベンチマーク用に自動生成） / Fictional data generated for benchmarks\n`;
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'glossary.yaml'),
    header(join(dir, 'glossary.yaml'), 'glossary') + stringify({ terms: [{ ja: '総務課', en: 'General Affairs Division' }] }),
  );

  const prefectureCodes = Object.keys(PREFECTURES);
  let written = 0;
  let departments = 0;
  for (let m = 0; m < municipalities && written < options.plans; m++) {
    const id = `kakuu-${String(m + 1).padStart(4, '0')}`;
    // Codes PP9NN: the 9xx range is not used by real municipalities, so no code names a real one.
    const pref = prefectureCodes[m % prefectureCodes.length];
    const five = `${pref}9${String(Math.floor(m / prefectureCodes.length) % 100).padStart(2, '0')}`;
    const mdir = join(dir, id);
    await mkdir(mdir, { recursive: true });
    await writeFile(
      join(mdir, 'municipality.yaml'),
      header(join(mdir, 'municipality.yaml'), 'municipality') +
        stringify({
          id,
          name: { ja: `架空市${m + 1}`, en: `Kakuu City ${m + 1} (fictional)` },
          kind: 'city',
          code: `${five}${localGovernmentCheckDigit(five)}`,
          prefecture: PREFECTURES[pref].ja,
        }),
    );
    for (const [dept, deptName] of DEPARTMENTS) {
      if (written >= options.plans) break;
      const ddir = join(mdir, dept);
      await mkdir(ddir, { recursive: true });
      departments++;
      await writeFile(
        join(ddir, 'department.yaml'),
        header(join(ddir, 'department.yaml'), 'department') + stringify({ id: dept, municipality: id, name: deptName }),
      );
      const divisions = Array.from({ length: int(3, 6) }, (_, i) => ({ id: `div-${i + 1}`, name: DIVISIONS[(i + m) % DIVISIONS.length] }));
      const indicator = (k: number) => {
        if (random() < 0.4) return { id: `indicator-${k + 1}`, label: `${pick(SUBJECTS)}に関する計画の策定` };
        const value = int(2, 200);
        const unit = pick(UNITS);
        return {
          id: `indicator-${k + 1}`,
          label: `${pick(SUBJECTS)}の実施（年間${value}${unit}以上）`,
          target: { value, unit, comparator: 'gte', period: 'per-year' },
        };
      };
      const newProject = (key: number) => ({
        key,
        title: `${pick(SUBJECTS)}${pick(ACTIONS)}`,
        body: `${paragraph(int(2, 5))}\n\n${paragraph(int(1, 3))}`,
        indicators: Array.from({ length: int(1, 4) }, (_, k) => indicator(k)),
      });
      let projects = Array.from({ length: int(5, 15) }, (_, i) => newProject(i));
      let nextKey = projects.length;
      // Texts that, as in real plans, mostly carry over from one year to the next.
      const mission = Array.from({ length: int(3, 7) }, sentence);
      const divisionTexts = divisions.map(() => ({ mission: sentence(), initiatives: Array.from({ length: int(2, 5) }, sentence) }));
      let policies = Array.from({ length: int(2, 5) }, (_, i) => ({
        id: `policy-${i + 1}`,
        title: `${pick(SUBJECTS)}${pick(ACTIONS)}`,
        body: paragraph(int(2, 4)),
      }));
      let staff = int(30, 120);
      let budget = int(5, 200) * 10_000_000;
      for (let y = 0; y < years && written < options.plans; y++) {
        const fiscalYear = firstYear + y;
        if (y > 0) {
          // Year to year: one project ends, one starts, one is renamed; figures drift.
          projects = projects.filter((_, i) => i !== int(0, projects.length - 1));
          projects.push(newProject(nextKey++));
          const renamed = int(0, projects.length - 1);
          projects[renamed] = { ...projects[renamed], title: `${projects[renamed].title}（第${y + 1}期）` };
          // A target is raised, as plans do from year to year.
          const raised = projects[int(0, projects.length - 1)];
          raised.indicators = raised.indicators.map((x, k) =>
            k === 0 && 'target' in x && x.target
              ? {
                  ...x,
                  label: x.label.replace(`${x.target.value}`, `${x.target.value + 5}`),
                  target: { ...x.target, value: x.target.value + 5 },
                }
              : x,
          );
          // Most text carries over, as in real plans; a sentence is added to a few bodies.
          for (let k = 0; k < 3; k++) {
            const edited = int(0, projects.length - 1);
            projects[edited] = { ...projects[edited], body: `${projects[edited].body}${sentence()}` };
          }
          mission[int(0, mission.length - 1)] = sentence();
          divisionTexts[int(0, divisionTexts.length - 1)].initiatives.push(sentence());
          policies = policies.map((p, i) => (i === 0 ? { ...p, body: `${p.body}${sentence()}` } : p));
          staff += int(-3, 4);
          budget += int(-5, 8) * 1_000_000;
        }
        const personnel = Math.round(budget * 0.6);
        const total = staff * int(15, 25);
        const percent = Number(((staff / total) * 100).toFixed(1));
        const plan = {
          municipality: id,
          department: dept,
          fiscalYear,
          documentType: '運営方針と目標',
          title: {
            ja: `${deptName}の運営方針と目標（架空・${fiscalYear}年度）`,
            en: `Operating policy and goals (fictional, FY${fiscalYear})`,
          },
          asOf: `${fiscalYear}-04-01`,
          leaders: [{ title: { ja: `${deptName}長`, en: 'Director General' }, name: '架空 太郎' }],
          statements: { blocks: [{ id: 'mission', kind: 'mission', heading: '部の使命・目標', items: [...mission] }] },
          divisions: {
            items: divisions.map((d, i) => ({ ...d, mission: divisionTexts[i].mission, initiatives: [...divisionTexts[i].initiatives] })),
          },
          resources: {
            asOf: `${fiscalYear}-04-01`,
            staff: {
              items: [{ id: 'total', label: `${deptName}職員`, count: staff }],
              ratio: { label: '職員比率', staff: 'total', staffLabel: deptName, total, totalLabel: '市職員', percent, approximate: true },
            },
            budget: {
              items: [
                {
                  id: 'total',
                  label: `${fiscalYear}年度予算額`,
                  account: '一般会計',
                  amount: budget,
                  includes: [{ id: 'personnel', label: '人件費', amount: personnel }],
                },
                {
                  id: 'program',
                  label: '人件費を除く事業費',
                  account: '一般会計',
                  amount: budget - personnel,
                  derivedFrom: { item: 'total', minus: ['personnel'] },
                },
              ],
            },
          },
          policies: { items: policies },
          projects: {
            items: projects.map((p, i) => ({
              id: `project-${p.key + 1}`,
              number: i + 1,
              title: p.title,
              divisions: [divisions[(p.key + i) % divisions.length].id],
              body: p.body,
              indicators: p.indicators,
            })),
          },
          source: { title: { ja: '架空の計画（ベンチマーク用）', en: 'Fictional plan for benchmarks' }, completeness: 'full' },
        };
        await writeFile(
          join(ddir, `${fiscalYear}.yaml`),
          header(join(ddir, `${fiscalYear}.yaml`), 'plan') + stringify(plan, { lineWidth: 0 }),
        );
        written++;
      }
    }
  }
  return { plans: written, municipalities, departments };
}
