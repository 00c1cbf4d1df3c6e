/**
 * The open-data builders as pure functions: RFC 4180 CSV with BOM and CRLF, indicator rows in long
 * format (one per value) with actuals reported by later plans and the status, Atom escaping, and the git log parser behind change history.
 */
import { parseCsv } from '../helpers/csv.ts';
import { describe, expect, it } from 'vitest';
import { PlanSchema, type Plan } from '../../schemas/plan/index.ts';
import { parseGitLog } from '../../src/lib/git/file-history.ts';
import { BOM, csvField, toCsv } from '../../src/lib/export/csv.ts';
import { INDICATOR_COLUMNS, INDICATOR_HEADER, PLAN_JSON_FIELDS } from '../../src/lib/export/data-dictionary.ts';
import { indicatorRows, indicatorsCsv } from '../../src/lib/export/indicators-csv.ts';
import { atomFeed, escapeXml, newestFirst, tagUri } from '../../src/lib/export/atom-feed.ts';
import { sortPlans } from '../../src/lib/export/sort.ts';
import { toJson } from '../../src/lib/export/json.ts';
import { ja } from '../../src/i18n/ja.ts';

const plan = (input: Record<string, unknown>): Plan =>
  PlanSchema.parse({
    municipality: 'kakuu',
    department: 'soumu',
    documentType: '計画',
    title: '架空市の計画',
    source: { title: '架空', completeness: 'full' },
    ...input,
  }) as Plan;

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text, numbers and Japanese as they are', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField(80)).toBe('80');
    expect(csvField(5.6)).toBe('5.6');
    expect(csvField('防災出前講座及びミニ防災訓練の実施（年間80回以上）')).toBe('防災出前講座及びミニ防災訓練の実施（年間80回以上）');
    expect(csvField('、。「」')).toBe('、。「」');
  });
  it('writes nothing for a missing value', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
  });
  it('quotes commas, double quotes, CR and LF, doubling each quote', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    // Formula-like text is defused for spreadsheets; negative numbers are left alone.
    expect(csvField('=HYPERLINK("http://example.com","x")')).toBe(`"'=HYPERLINK(""http://example.com"",""x"")"`);
    expect(csvField('+81-3')).toBe("'+81-3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('"')).toBe('""""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvField('9台,市独自「2台」')).toBe('"9台,市独自「2台」"');
  });
  it('quotes leading and trailing spaces, which some readers would trim', () => {
    expect(csvField(' a')).toBe('" a"');
    expect(csvField('a\u3000')).toBe('"a\u3000"');
  });
});

describe('CSV files', () => {
  const rows = [
    ['1', '三鷹市', 'a,b'],
    ['2', 'He said "yes"', 'two\nlines'],
    ['3', '', 'CR\r\nLF'],
  ];
  const csv = toCsv(['id', 'name_ja', 'note'], rows);

  it('start with a UTF-8 BOM and end every record in CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('id,name_ja,note');
  });
  it('parse back to the same values', () => {
    expect(parseCsv(csv.slice(1))).toEqual([['id', 'name_ja', 'note'], ...rows]);
  });
  it('with no rows hold only the header', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
  });
  it('the test parser refuses bare line feeds and unclosed quotes', () => {
    expect(() => parseCsv('a,b\n')).toThrow(/bare LF/);
    expect(() => parseCsv('"a\r\n')).toThrow(/unclosed/);
  });
});

describe('indicator rows', () => {
  const y2020 = plan({
    fiscalYear: 2020,
    projects: {
      items: [
        {
          id: 'bousai',
          number: 1,
          title: { ja: '防災, 減災', en: 'Disaster "prevention"' },
          indicators: [
            {
              id: 'kouza',
              label: { ja: '出前講座（年間80回以上）', en: 'Lectures (80 or more a year)' },
              target: { value: 80, unit: { ja: '回', en: 'times' }, comparator: 'gte', period: 'per-year' },
            },
            { id: 'manual', label: 'マニュアルの策定', actual: { text: '策定済み', asOf: '2021-03-31' } },
          ],
        },
        { id: 'no-indicators', number: 2, title: '指標のない事業' },
      ],
    },
  });
  const y2021 = plan({
    fiscalYear: 2021,
    projects: {
      items: [
        {
          id: 'bousai',
          title: '防災',
          indicators: [{ id: 'kouza', label: '出前講座（年間90回以上）', target: { value: 90, unit: '回' } }],
        },
      ],
    },
    indicators: {
      items: [
        {
          id: 'soudan',
          number: 1,
          label: '相談の解決率',
          classification: '成果指標',
          basis: '架空市総合計画',
          otherPlan: '架空市防災計画',
          values: [
            { role: 'initial', label: '年度当初値', at: '2年度末', value: 70.5, unit: '%' },
            { role: 'target', label: '今年度目標値', value: 75, unit: '%', comparator: 'gte' },
            { role: 'actual', label: '実績値', fiscalYear: 2021, value: 72, unit: '%' },
          ],
        },
        { id: 'no-values', label: '値のない指標' },
      ],
    },
    results: [
      { fiscalYear: 2020, project: 'bousai', indicator: 'kouza', actual: { value: 85, unit: { ja: '回', en: 'times' } } },
      { fiscalYear: 2020, project: 'bousai', indicator: 'manual', actual: { text: { ja: '改訂済み', en: 'Revised' } } },
    ],
  });
  const y2022 = plan({
    fiscalYear: 2022,
    results: [{ fiscalYear: 2020, project: 'bousai', indicator: 'kouza', actual: { value: 86, unit: '回', asOf: '2021-03-31' } }],
  });
  const all = [y2022, y2020, y2021];
  const key = (r: Record<string, unknown>) =>
    `${r.fiscal_year} ${r.project_id ?? '-'} ${r.indicator_id} ${r.role ?? '-'} ${r.value_source_year ?? '-'}`;

  it('has one row per value, oldest plan first, project indicators in document order, then the plan-level ones', () => {
    expect(indicatorRows(all).map(key)).toEqual([
      '2020 bousai kouza target 2020',
      '2020 bousai kouza actual 2022',
      '2020 bousai manual actual 2020',
      '2020 bousai manual actual 2021',
      '2021 bousai kouza target 2021',
      '2021 - soudan initial 2021',
      '2021 - soudan target 2021',
      '2021 - soudan actual 2021',
      '2021 - no-values - -',
    ]);
  });

  it('keeps units and both languages in their own columns', () => {
    const [row] = indicatorRows([y2020], all);
    expect(row).toMatchObject({
      municipality: 'kakuu',
      department: 'soumu',
      fiscal_year: 2020,
      project_number: 1,
      project_title_ja: '防災, 減災',
      project_title_en: 'Disaster "prevention"',
      indicator_ja: '出前講座（年間80回以上）',
      indicator_en: 'Lectures (80 or more a year)',
      role: 'target',
      value: 80,
      unit_ja: '回',
      unit_en: 'times',
      comparator: 'gte',
      period: 'per-year',
    });
  });

  it('writes the values of `values` with their printed label, point in time, classification, basis and other plan', () => {
    const rows = indicatorRows([y2021], all).filter((r) => r.indicator_id === 'soudan');
    expect(rows[0]).toMatchObject({
      project_id: undefined,
      project_title_ja: undefined,
      indicator_number: 1,
      indicator_ja: '相談の解決率',
      classification_ja: '成果指標',
      basis_ja: '架空市総合計画',
      other_plan_ja: '架空市防災計画',
      role: 'initial',
      label_ja: '年度当初値',
      at_ja: '2年度末',
      value: 70.5,
      unit_ja: '%',
      reported_actual: undefined,
    });
    expect(rows[1]).toMatchObject({ role: 'target', label_ja: '今年度目標値', value: 75, comparator: 'gte' });
    expect(rows[2]).toMatchObject({ role: 'actual', value_fiscal_year: 2021, value: 72, reported_actual: 1 });
    // 72% against 75% or more: not met, on every row of the indicator.
    expect(rows.map((r) => r.status)).toEqual(['not-met', 'not-met', 'not-met']);
  });

  it('lists an indicator without values once, with no status', () => {
    const row = indicatorRows([y2021], all).find((r) => r.indicator_id === 'no-values')!;
    expect(row).toMatchObject({ indicator_ja: '値のない指標', status: undefined, source_url: y2021.source.url });
    expect([row.role, row.value, row.text_ja]).toEqual([undefined, undefined, undefined]);
  });

  it('adds the actual a later plan reports and judges on it, the newest report winning', () => {
    const rows = indicatorRows([y2020], all);
    expect(rows[0]).toMatchObject({ role: 'target', reported_actual: undefined, status: 'met' });
    expect(rows[1]).toMatchObject({
      role: 'actual',
      value: 86,
      unit_ja: '回',
      unit_en: undefined,
      as_of: '2021-03-31',
      value_source_year: 2022,
      reported_actual: 1,
      status: 'met',
    });
    expect(rows[2]).toMatchObject({ role: 'actual', text_ja: '策定済み', value_source_year: 2020, reported_actual: undefined });
    // A text actual and no numeric target: there is an actual, but no judgement (判定不能).
    expect(rows[3]).toMatchObject({
      role: 'actual',
      text_ja: '改訂済み',
      text_en: 'Revised',
      value_source_year: 2021,
      as_of: undefined,
      reported_actual: 1,
      status: 'indeterminable',
    });
  });

  it('uses the indicator’s own actual, from its own year, when no later plan reports one', () => {
    const rows = indicatorRows([y2020], [y2020]);
    expect(rows.map(key)).toEqual(['2020 bousai kouza target 2020', '2020 bousai manual actual 2020']);
    expect(rows[1]).toMatchObject({ text_ja: '策定済み', as_of: '2021-03-31', reported_actual: 1, status: 'indeterminable' });
    expect(rows[0]!.status).toBeUndefined();
  });

  it('does not take actuals of another department', () => {
    const other = plan({
      department: 'kikaku',
      fiscalYear: 2021,
      results: [{ fiscalYear: 2020, project: 'bousai', indicator: 'kouza', actual: { value: 1, unit: '回' } }],
    });
    expect(
      indicatorRows([y2020], [y2020, other])
        .filter((r) => r.indicator_id === 'kouza')
        .map((r) => r.role),
    ).toEqual(['target']);
  });

  it('starts with the local government code and the body’s name when the caller gives them', () => {
    const [row] = indicatorRows([y2020], all, () => ({
      code: '999997',
      municipality: { ja: '架空市', en: 'Kakuu City' },
      department: { ja: '総務部' },
    }));
    expect(row).toMatchObject({
      全国地方公共団体コード: '999997',
      地方公共団体名: '架空市',
      municipality_name_en: 'Kakuu City',
      department_name_ja: '総務部',
      department_name_en: undefined,
    });
    expect(INDICATOR_HEADER.slice(0, 2)).toEqual(['全国地方公共団体コード', '地方公共団体名']);
  });

  it('becomes a CSV with the documented header that parses back to the same values', () => {
    const csv = indicatorsCsv(all);
    const [header, ...records] = parseCsv(csv.slice(1));
    // The documented columns in their order, less those no row fills (issue 23: no column empty in every row).
    const rows = indicatorRows(all);
    const filled = INDICATOR_HEADER.filter((name) => rows.some((row) => row[name] !== undefined && row[name] !== ''));
    expect(filled.length).toBeLessThan(INDICATOR_HEADER.length);
    expect(header).toEqual(filled);
    for (const column of [
      'role',
      'label_ja',
      'at_ja',
      'as_of',
      'value_fiscal_year',
      'value',
      'unit_ja',
      'comparator',
      'text_ja',
      'classification_ja',
      'basis_ja',
      'other_plan_ja',
      'status',
    ]) {
      expect(header, column).toContain(column);
    }
    const expected = rows.map((row) => filled.map((name) => (row[name] === undefined ? '' : String(row[name]))));
    expect(records).toEqual(expected);
    expect(records[0]![header!.indexOf('project_title_ja')]).toBe('防災, 減災');
    expect(records[0]![header!.indexOf('project_title_en')]).toBe('Disaster "prevention"');
  });

  it('has unique column names', () => {
    expect(new Set(INDICATOR_HEADER).size).toBe(INDICATOR_HEADER.length);
  });
});

describe('data dictionary', () => {
  it('documents every CSV column and JSON field with a meaning in the dictionary', () => {
    for (const f of [...INDICATOR_COLUMNS, ...PLAN_JSON_FIELDS]) {
      expect(ja[f.meaning], f.name).toBeTruthy();
      expect(ja[`data.fmt.${f.format}`], f.name).toBeTruthy();
      for (const key of Object.values(f.params ?? {})) expect(ja[key], f.name).toBeTruthy();
    }
  });
});

describe('sorting and JSON', () => {
  it('sorts plans by municipality, department and year in code-point order', () => {
    const p = (municipality: string, department: string, fiscalYear: number) => ({ municipality, department, fiscalYear }) as Plan;
    const sorted = sortPlans([p('b', 'a', 2020), p('a-b', 'x', 2020), p('a', 'z', 2019), p('a', 'b', 2021), p('a', 'b', 2017)]);
    expect(sorted.map((x) => `${x.municipality}/${x.department}/${x.fiscalYear}`)).toEqual([
      'a/b/2017',
      'a/b/2021',
      'a/z/2019',
      'a-b/x/2020',
      'b/a/2020',
    ]);
  });
  it('writes pretty JSON with a newline at the end', () => {
    expect(toJson({ a: ['三鷹市'] })).toBe('{\n  "a": [\n    "三鷹市"\n  ]\n}\n');
  });
});

describe('Atom', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
  it('builds a feed whose updated is its newest entry, or the date given for an empty one', () => {
    const base = {
      id: 'https://x.example/ja/feed.xml',
      lang: 'ja',
      title: 'T & T',
      self: 'https://x.example/ja/feed.xml',
      home: 'https://x.example/ja/',
      author: '著者',
    };
    const xml = atomFeed({
      ...base,
      entries: [
        {
          id: 'tag:x.example,2026-01-01:/a',
          title: '<新規>',
          link: 'https://x.example/ja/a/',
          updated: '2026-01-01T00:00:00Z',
          summary: 'a "b"',
        },
        { id: 'tag:x.example,2026-02-01:/b', title: 'b', link: 'https://x.example/ja/b/?x=1&y=2', updated: '2026-02-01T00:00:00Z' },
      ],
    });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ja">/);
    expect(xml).toContain('<title>T &amp; T</title>');
    expect(xml).toContain('<title>&lt;新規&gt;</title>');
    expect(xml).toContain('href="https://x.example/ja/b/?x=1&amp;y=2"');
    expect(xml).toContain('  <updated>2026-02-01T00:00:00Z</updated>\n  <author>');
    // No entry: the date given for an empty feed (the commit built), never a made-up one such as 1970.
    expect(atomFeed({ ...base, entries: [], emptyUpdated: '2026-03-01T00:00:00Z' })).toContain(
      '  <updated>2026-03-01T00:00:00Z</updated>\n',
    );
    expect(() => atomFeed({ ...base, entries: [] })).toThrow(/emptyUpdated/);
  });
  it('makes tag: URIs from the page and its event (a commit)', () => {
    expect(tagUri('https://plans.example.org/plans/ja/mitaka/soumu/2017/', '2026-11-21', 'abc123')).toBe(
      'tag:plans.example.org,2026-11-21:/plans/ja/mitaka/soumu/2017/abc123',
    );
  });
  it('orders newest first with stable ties, and caps the count', () => {
    const items = [
      { time: '2026-01-01T00:00:00Z', key: 'b', seq: 0 },
      { time: '2026-03-01T00:00:00Z', key: 'z', seq: 0 },
      { time: '2026-01-01T00:00:00Z', key: 'a', seq: 0 },
      { time: '2026-01-01T00:00:00Z', key: 'a', seq: 1 },
    ];
    expect(newestFirst(items, 10).map((i) => `${i.key}${i.seq}`)).toEqual(['z0', 'a1', 'a0', 'b0']);
    expect(newestFirst(items, 2).map((i) => `${i.key}${i.seq}`)).toEqual(['z0', 'a1']);
  });
});

describe('git log', () => {
  const RS = '\x1e';
  const US = '\x1f';
  const header = (full: string, date: string, seconds: number, subject: string) =>
    `${RS}${full}${US}${full.slice(0, 7)}${US}${date}${US}${seconds}${US}${subject}`;
  const log = [
    header('c'.repeat(40), '2026-03-02', 1772409600, 'Fix a typo, and "quote"'),
    '',
    'M\tcontent/a/b/2020.yaml',
    header('b'.repeat(40), '2026-02-01', 1769904000, 'Re-add'),
    '',
    'A\tcontent/a/b/2020.yaml',
    'A\tcontent/a/b/2021.yaml',
    header('a'.repeat(40), '2026-01-01', 1767225600, 'Remove'),
    '',
    'D\tcontent/a/b/2020.yaml',
    header('9'.repeat(40), '2025-12-01', 1764547200, 'First'),
    '',
    'A\tcontent/a/b/2020.yaml',
    '',
  ].join('\n');

  it('lists each file’s commits newest first, with dates, subject and hashes', () => {
    const history = parseGitLog(log);
    expect(history.get('content/a/b/2020.yaml')).toEqual([
      {
        date: '2026-03-02',
        time: '2026-03-02T00:00:00Z',
        subject: 'Fix a typo, and "quote"',
        hash: 'ccccccc',
        commit: 'c'.repeat(40),
        added: false,
      },
      { date: '2026-02-01', time: '2026-02-01T00:00:00Z', subject: 'Re-add', hash: 'bbbbbbb', commit: 'b'.repeat(40), added: true },
    ]);
    expect(history.get('content/a/b/2021.yaml')?.map((c) => c.subject)).toEqual(['Re-add']);
  });

  it('gives nothing for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});
