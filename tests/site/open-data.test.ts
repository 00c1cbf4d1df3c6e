/**
 * The published open data in dist/data/: every plan JSON (alone and in plans.json) is the validated
 * content and validates against the published JSON Schema; municipalities and departments likewise;
 * the CSVs are UTF-8 with BOM, CRLF, RFC 4180, start with 全国地方公共団体コード and the body's name,
 * one row per value of each indicator of the content (long format); and the download
 * pages link every data file, each of which exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { validateContent, type SiteContent } from '../../src/lib/validate/validate-content.ts';
import { INDICATOR_HEADER } from '../../src/lib/export/data-dictionary.ts';
import { startTags, tokenize } from '../helpers/html.ts';
import { projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

const dataDir = join(distDir, 'data');
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));
const BOM = '\uFEFF';

let content: SiteContent;
beforeAll(async () => {
  const result = await validateContent(projectRoot);
  if (!result.content) throw new Error('content/ is not valid');
  content = result.content;
});

/** Ajv (draft-07, as the published schemas) for them. Zod writes `format: "uri"`, which Ajv knows only when told. */
function schemaValidator(name: 'plan' | 'municipality' | 'department') {
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  return ajv.compile(readJson(`data/schema/${name}.schema.json`) as object);
}

const planKey = (p: { municipality: string; department: string; fiscalYear: number }) =>
  `${p.municipality}/${p.department}/${p.fiscalYear}`;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedPlans = () =>
  [...content.plans.map((r) => r.plan)].sort(
    (a, b) => cmp(a.municipality, b.municipality) || cmp(a.department, b.department) || a.fiscalYear - b.fiscalYear,
  );

describe('JSON Schemas', () => {
  it.each(['plan', 'municipality', 'department'])('/data/schema/%s.schema.json is a copy of schemas/', (name) => {
    expect(read(`data/schema/${name}.schema.json`)).toBe(readFileSync(join(projectRoot, 'schemas', `${name}.schema.json`), 'utf8'));
  });
});

describe('plan JSON', () => {
  it('every plan has its JSON file: the validated data, pretty-printed, ending in a newline, and valid against the schema', () => {
    const validate = schemaValidator('plan');
    expect(content.plans.length).toBeGreaterThan(0);
    for (const { plan } of content.plans) {
      const path = `data/${planKey(plan)}.json`;
      const text = read(path);
      expect(text, path).toBe(`${JSON.stringify(plan, null, 2)}\n`);
      expect(text.charCodeAt(0), `${path} has no BOM`).not.toBe(0xfeff);
      expect(validate(JSON.parse(text)) ? [] : validate.errors, path).toEqual([]);
    }
  });

  it('plans.json holds every plan, sorted by municipality, department and year, each valid', () => {
    const validate = schemaValidator('plan');
    const plans = readJson('data/plans.json') as { municipality: string; department: string; fiscalYear: number }[];
    expect(plans).toEqual(JSON.parse(JSON.stringify(sortedPlans())));
    plans.forEach((plan, i) => expect(validate(plan) ? [] : validate.errors, `plans.json[${i}]`).toEqual([]));
  });

  it('the schema rejects what the validator rejects (it is not vacuous)', () => {
    const validate = schemaValidator('plan');
    const [plan] = readJson('data/plans.json') as Record<string, unknown>[];
    expect(validate({ ...plan, fiscalYear: 1900 })).toBe(false);
    expect(validate({ ...plan, unknownKey: 1 })).toBe(false);
    expect(validate({ ...plan, source: { title: 'x', completeness: 'full', url: 'not a url' } })).toBe(false);
  });

  it('municipalities.json and departments.json hold every one, each valid against its schema', () => {
    const municipality = schemaValidator('municipality');
    const department = schemaValidator('department');
    const municipalities = readJson('data/municipalities.json') as { id: string }[];
    const departments = readJson('data/departments.json') as { id: string; municipality: string }[];
    expect(municipalities.map((m) => m.id)).toEqual(content.municipalities.map((m) => m.id).sort());
    expect(departments.map((d) => `${d.municipality}/${d.id}`).sort()).toEqual(
      content.departments.map((d) => `${d.municipality}/${d.id}`).sort(),
    );
    municipalities.forEach((m) => expect(municipality(m) ? [] : municipality.errors, m.id).toEqual([]));
    departments.forEach((d) => expect(department(d) ? [] : department.errors, d.id).toEqual([]));
  });
});

describe('indicator CSV', () => {
  type PlanT = SiteContent['plans'][number]['plan'];
  type IndicatorT = NonNullable<NonNullable<PlanT['projects']>['items'][number]['indicators']>[number];
  type Expected = { role: string; value: string; unit_ja: string; text_ja: string; value_source_year: string };
  const one = (role: string, m: { value?: number; unit?: { ja: string }; text?: { ja: string } }, year: number): Expected => ({
    role,
    value: m.value === undefined ? '' : String(m.value),
    unit_ja: m.unit?.ja ?? '',
    text_ja: m.text?.ja ?? '',
    value_source_year: String(year),
  });
  /** The values of an indicator as published, then the actual the newest later plan of the department reports. */
  const expectedValues = (plan: PlanT, project: string | undefined, indicator: IndicatorT): Expected[] => {
    const own = [
      ...(indicator.values ?? []).map((v) => one(v.role, v, plan.fiscalYear)),
      ...(indicator.baseline ? [one('baseline', indicator.baseline, plan.fiscalYear)] : []),
      ...(indicator.target ? [one('target', indicator.target, plan.fiscalYear)] : []),
      ...(indicator.actual ? [one('actual', indicator.actual, plan.fiscalYear)] : []),
      ...(indicator.longTermTarget ? [one('long-term-target', indicator.longTermTarget, plan.fiscalYear)] : []),
    ];
    const later = content.plans
      .map((r) => r.plan)
      .filter((p) => p.municipality === plan.municipality && p.department === plan.department && p.fiscalYear > plan.fiscalYear)
      .sort((a, b) => b.fiscalYear - a.fiscalYear)
      .flatMap((p) =>
        (p.results ?? [])
          .filter((r) => r.fiscalYear === plan.fiscalYear && r.project === project && r.indicator === indicator.id && r.actual)
          .map((r) => one('actual', r.actual!, p.fiscalYear)),
      );
    const all = later.length ? [...own, later[0]!] : own;
    return all.length ? all : [{ role: '', value: '', unit_ja: '', text_ja: '', value_source_year: '' }];
  };
  /** Every value of every indicator of the content (project ones, then plan-level ones), as the CSV should list it. */
  const expectedRows = (plans: PlanT[]) =>
    plans.flatMap((plan) =>
      [
        ...(plan.projects?.items ?? []).flatMap((project) => (project.indicators ?? []).map((indicator) => ({ project, indicator }))),
        ...(plan.indicators?.items ?? []).map((indicator) => ({ project: undefined, indicator })),
      ].flatMap(({ project, indicator }) =>
        expectedValues(plan, project?.id, indicator).map((value) => ({ plan, project, indicator, value })),
      ),
    );

  const checkCsv = (path: string, plans: PlanT[]) => {
    const bytes = readFileSync(join(distDir, path));
    expect([...bytes.subarray(0, 3)], `${path} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(Buffer.from(text, 'utf8').equals(bytes), `${path} is valid UTF-8`).toBe(true);
    expect(text.endsWith('\r\n'), `${path} ends in CRLF`).toBe(true);
    const [header, ...records] = parseCsv(text.slice(BOM.length));
    // The dictionary's columns in its order, those some row fills (a column empty in every row is left out).
    expect(header, `${path} header`).toEqual(INDICATOR_HEADER.filter((name) => header!.includes(name)));
    if (records.length)
      expect(
        header!.filter((_, i) => records.every((r) => r[i] === '')),
        `${path}: columns empty in every row`,
      ).toEqual([]);
    // 総務省's rules for machine-readable data: the local government code and the body's name come first.
    expect(header!.slice(0, 2), `${path} first columns`).toEqual(['全国地方公共団体コード', '地方公共団体名']);
    // A column left out is empty in every row.
    const col = (record: string[], name: string) => (header!.includes(name) ? record[header!.indexOf(name)] : '');
    const expected = expectedRows(plans);
    expect(records.length, `${path}: one row per value of an indicator`).toBe(expected.length);
    records.forEach((record, i) => {
      const { plan, project, indicator, value } = expected[i]!;
      const municipality = content.municipalities.find((m) => m.id === plan.municipality)!;
      const where = `${path} row ${i + 1}`;
      expect(record.length, where).toBe(header!.length);
      expect(
        {
          code: col(record, '全国地方公共団体コード'),
          name: col(record, '地方公共団体名'),
          municipality: col(record, 'municipality'),
          department: col(record, 'department'),
          fiscal_year: col(record, 'fiscal_year'),
          project_id: col(record, 'project_id'),
          project_title_ja: col(record, 'project_title_ja'),
          project_title_en: col(record, 'project_title_en'),
          indicator_id: col(record, 'indicator_id'),
          indicator_ja: col(record, 'indicator_ja'),
          indicator_en: col(record, 'indicator_en'),
          classification_ja: col(record, 'classification_ja'),
          role: col(record, 'role'),
          value: col(record, 'value'),
          unit_ja: col(record, 'unit_ja'),
          text_ja: col(record, 'text_ja'),
          value_source_year: col(record, 'value_source_year'),
          source_url: col(record, 'source_url'),
        },
        where,
      ).toEqual({
        code: municipality.code,
        name: municipality.name.ja,
        municipality: plan.municipality,
        department: plan.department,
        fiscal_year: String(plan.fiscalYear),
        project_id: project?.id ?? '',
        project_title_ja: project?.title.ja ?? '',
        project_title_en: project?.title.en ?? '',
        indicator_id: indicator.id,
        indicator_ja: indicator.label?.ja ?? '',
        indicator_en: indicator.label?.en ?? '',
        classification_ja: indicator.classification?.ja ?? '',
        ...value,
        source_url: plan.source.url ?? '',
      });
      expect(['', 'met', 'not-met', 'indeterminable'], `${where} status`).toContain(col(record, 'status'));
      if (!expectedValues(plan, project?.id, indicator).some((v) => v.role === 'actual'))
        expect(col(record, 'status'), `${where}: no actual, no status`).toBe('');
    });
    return records;
  };

  it('indicators.csv lists every value of every indicator of the content, one row each, and reads back to its values', () => {
    const records = checkCsv('data/indicators.csv', sortedPlans());
    expect(records.length).toBeGreaterThan(0);
  });

  it('each plan has its own indicators CSV', () => {
    for (const { plan } of content.plans) checkCsv(`data/${planKey(plan)}.indicators.csv`, [plan]);
  });

  it('contains Japanese text as UTF-8, not mojibake', () => {
    const labels = expectedRows(sortedPlans())
      .flatMap((r) => (r.indicator.label ? [r.indicator.label.ja] : []))
      // eslint-disable-next-line no-control-regex -- anything outside ASCII
      .filter((label) => /[^\x00-\x7f]/.test(label));
    expect(labels.length).toBeGreaterThan(0);
    const csv = read('data/indicators.csv');
    for (const label of labels) expect(csv).toContain(label.replace(/"/g, '""'));
  });
});

describe('download pages', () => {
  /** Every file under dist/data/, as a path relative to dist/ with forward slashes. */
  const dataFiles = () =>
    readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();

  it.each(['ja', 'en'])(
    '/%s/data/ links every data file and the feeds, each of which exists, and states the encoding and licence',
    (lang) => {
      const html = read(`${lang}/data/index.html`);
      const links = startTags(tokenize(html), 'a').map((a) => a.attrs.href ?? '');
      const local = links.filter((h) => /^\/(data\/|(ja|en)\/feed\.xml$)/.test(h)).map((h) => h.slice(1));
      for (const path of local) expect(existsSync(join(distDir, path)), `${lang}/data/ links /${path}`).toBe(true);
      expect(new Set(local)).toEqual(new Set([...dataFiles(), 'ja/feed.xml', 'en/feed.xml']));
      expect(html).toContain(lang === 'ja' ? 'UTF-8（BOM付き）' : 'UTF-8 with BOM');
      // The demo site keeps the integration's default licence.
      expect(html).toContain(lang === 'ja' ? '公共データ利用規約（第1.0版）' : 'Public Data License (Version 1.0)');
    },
  );

  it.each(['ja', 'en'])('/%s/data/ documents every CSV column in its data dictionary', (lang) => {
    const html = read(`${lang}/data/index.html`);
    // On the English page a Japanese column name is marked as Japanese.
    for (const name of INDICATOR_HEADER)
      // eslint-disable-next-line no-control-regex -- anything outside ASCII
      expect(html, name).toMatch(new RegExp(`<code${lang === 'en' && /[^\x00-\x7f]/.test(name) ? ' lang="ja"' : ''}>${name}</code>`));
  });

  it('every page links the download page from its footer', () => {
    for (const lang of ['ja', 'en']) expect(read(`${lang}/index.html`)).toMatch(new RegExp(`<footer[\\s\\S]*href="/${lang}/data/"`));
  });
});
