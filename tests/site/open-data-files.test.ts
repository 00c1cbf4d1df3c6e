/**
 * The open data of every built site (the demo and each fixture): the budget, staff and project CSVs
 * hold one row per figure or project of the plans (read back against plans.json), with the indicator
 * CSV's conventions; no CSV has a column empty in every row; the data page gives each file's size and
 * rows as the files have them; and municipalities are listed by 全国地方公共団体コード.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../schemas/index.ts';
import type { Plan } from '../../schemas/plan/index.ts';
import { BUDGET_HEADER, INDICATOR_HEADER, PROJECT_HEADER, STAFF_HEADER } from '../../src/lib/export/data-dictionary.ts';
import { parseCsv } from '../helpers/csv.ts';
import { allSites } from '../helpers/sites.ts';

const sites = await allSites();
const BOM = '\uFEFF';

/** A CSV as records keyed by column name; a column the file leaves out reads as ''. */
function readCsv(file: string): { header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith(BOM), `${file} starts with a BOM`).toBe(true);
  const [header, ...records] = parseCsv(text.slice(BOM.length));
  return {
    header: header!,
    rows: records.map((r) => new Proxy(Object.fromEntries(header!.map((h, i) => [h, r[i]!])), { get: (o, k: string) => o[k] ?? '' })),
  };
}

const csvFiles = (dir: string): string[] =>
  readdirSync(join(dir, 'data'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.csv'))
    .map((e) => join(e.parentPath, e.name))
    .sort();

/** A text as the CSV writes it: one that starts like a spreadsheet formula gets a leading apostrophe (csv.ts). */
const text = (s: string | undefined) => (s === undefined ? '' : /^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const yen = (amount: number, unit?: string) => String(unit === 'thousand-yen' ? amount * 1000 : amount);

describe.each(sites)('$name site', ({ dir }) => {
  const plans = JSON.parse(readFileSync(join(dir, 'data/plans.json'), 'utf8')) as Plan[];
  const municipalities = JSON.parse(readFileSync(join(dir, 'data/municipalities.json'), 'utf8')) as Municipality[];
  const code = (id: string) => municipalities.find((m) => m.id === id)!.code;
  const key = (r: Record<string, string>) => `${r.municipality}/${r.department}/${r.fiscal_year}`;
  const planKey = (p: Plan) => `${p.municipality}/${p.department}/${p.fiscalYear}`;

  it('no CSV has a column that is empty in every row; each keeps its dictionary’s order and starts with the code and name', () => {
    const wrong: string[] = [];
    const dictionaries: [RegExp, readonly string[]][] = [
      [/indicators\.csv$/, INDICATOR_HEADER],
      [/budget\.csv$/, BUDGET_HEADER],
      [/staff\.csv$/, STAFF_HEADER],
      [/projects\.csv$/, PROJECT_HEADER],
    ];
    const files = csvFiles(dir);
    expect(files.map((f) => relative(dir, f))).toEqual(expect.arrayContaining(['data/budget.csv', 'data/staff.csv', 'data/projects.csv']));
    for (const file of files) {
      const { header, rows } = readCsv(file);
      const dictionary = dictionaries.find(([re]) => re.test(file))![1];
      const name = relative(dir, file);
      if (JSON.stringify(header) !== JSON.stringify(dictionary.filter((c) => header.includes(c))))
        wrong.push(`${name}: ${header.join(',')}`);
      if (header[0] !== '全国地方公共団体コード' || header[1] !== '地方公共団体名')
        wrong.push(`${name}: starts ${header.slice(0, 2).join(',')}`);
      if (rows.length) for (const c of header) if (rows.every((r) => r[c] === '')) wrong.push(`${name}: ${c} is empty in every row`);
    }
    expect(wrong).toEqual([]);
  });

  it('budget.csv has a row per budget figure and per part it includes, as the plans have them', () => {
    const { rows } = readCsv(join(dir, 'data/budget.csv'));
    const expected = plans.flatMap((p) =>
      (p.resources?.budget?.items ?? []).flatMap((item) => [
        {
          全国地方公共団体コード: code(p.municipality),
          key: planKey(p),
          budget_id: item.id,
          part_id: '',
          label_ja: text(item.label.ja),
          account_ja: text(item.account.ja),
          amount: String(item.amount),
          unit: item.unit ?? 'yen',
          amount_yen: yen(item.amount, item.unit),
        },
        ...(item.includes ?? []).map((part) => ({
          全国地方公共団体コード: code(p.municipality),
          key: planKey(p),
          budget_id: item.id,
          part_id: part.id,
          label_ja: text(part.label.ja),
          account_ja: '',
          amount: String(part.amount),
          unit: item.unit ?? 'yen',
          amount_yen: yen(part.amount, item.unit),
        })),
      ]),
    );
    const got = rows.map((r) => ({
      全国地方公共団体コード: r['全国地方公共団体コード']!,
      key: key(r),
      budget_id: r.budget_id!,
      part_id: r.part_id!,
      label_ja: r.label_ja!,
      account_ja: r.account_ja!,
      amount: r.amount!,
      unit: r.unit!,
      amount_yen: r.amount_yen!,
    }));
    const order = (x: { key: string }) => x.key;
    expect([...got].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))).toEqual(
      [...expected].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)),
    );
  });

  it('staff.csv has a row per staff figure (its number) and per count it includes or is made of', () => {
    const { rows } = readCsv(join(dir, 'data/staff.csv'));
    const expected = plans.flatMap((p) =>
      (p.resources?.staff?.items ?? []).flatMap((item) => [
        `${planKey(p)} ${item.id} total ${text(item.label.ja)} ${item.count ?? item.composition?.reduce((s, c) => s + c.count, 0) ?? ''}`,
        ...(item.includes ?? []).map((c) => `${planKey(p)} ${item.id} includes ${text(c.label.ja)} ${c.count}`),
        ...(item.composition ?? []).map((c) => `${planKey(p)} ${item.id} composition ${text(c.label.ja)} ${c.count}`),
      ]),
    );
    expect(rows.map((r) => `${key(r)} ${r.staff_id} ${r.kind} ${r.label_ja} ${r.count}`).sort()).toEqual(expected.sort());
  });

  it('projects.csv has a row per project with its number, titles, budget and number of indicators', () => {
    const { rows } = readCsv(join(dir, 'data/projects.csv'));
    const expected = plans.flatMap((p) =>
      (p.projects?.items ?? []).map((item) =>
        [
          planKey(p),
          item.id,
          item.number ?? '',
          text(item.title.ja),
          text(item.title.en),
          item.budget?.amount === undefined ? '' : yen(item.budget.amount, item.budget.unit),
          item.indicators?.length ?? 0,
          p.source.url ?? '',
        ].join(' | '),
      ),
    );
    expect(
      rows
        .map((r) =>
          [
            key(r),
            r.project_id,
            r.project_number,
            r.project_title_ja,
            r.project_title_en,
            r.budget_yen,
            r.indicator_count,
            r.source_url,
          ].join(' | '),
        )
        .sort(),
    ).toEqual(expected.sort());
  });

  it.each(['ja', 'en'])('the %s data page gives each file’s size and rows as the files have them', (lang) => {
    const html = readFileSync(join(dir, lang, 'data/index.html'), 'utf8');
    const wrong: string[] = [];
    let checked = 0;
    for (const [row] of html.matchAll(/<tr>(?:(?!<\/tr>)[\s\S])*<\/tr>/g)) {
      const links = [...row.matchAll(/<a class="data-file" href="[^"]*?\/?(data\/[^"]+)"/g)].map((m) => m[1]!);
      const values = [...row.matchAll(/<data value="(\d+)"/g)].map((m) => Number(m[1]));
      if (!links.length || !values.length) continue;
      if (row.includes('<th scope="row"><a class="data-file"')) {
        // A site-wide file: its size, then its rows (records of a CSV, items of a JSON array).
        const file = join(dir, links[0]!);
        const body = readFileSync(file, 'utf8');
        const rows = file.endsWith('.csv') ? parseCsv(body.slice(BOM.length)).length - 1 : (JSON.parse(body) as unknown[]).length;
        if (values[0] !== statSync(file).size) wrong.push(`${links[0]}: size ${values[0]}, file ${statSync(file).size}`);
        if (Array.isArray(JSON.parse(file.endsWith('.csv') ? '[]' : body)) || file.endsWith('.csv'))
          if (values[1] !== rows) wrong.push(`${links[0]}: rows ${values[1]}, file ${rows}`);
      } else {
        // A plan's files: each link's size.
        links.forEach((link, i) => {
          if (values[i] !== statSync(join(dir, link)).size)
            wrong.push(`${link}: size ${values[i]}, file ${statSync(join(dir, link)).size}`);
        });
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(plans.length);
    expect(wrong).toEqual([]);
  });

  it('lists municipalities by 全国地方公共団体コード on the home page and the data page', () => {
    const byCode = [...municipalities].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)).map((m) => m.id);
    for (const lang of ['ja', 'en']) {
      const home = readFileSync(join(dir, lang, 'index.html'), 'utf8');
      const cards = home.slice(home.indexOf('<ul class="cards">'));
      const listed = [...cards.matchAll(/<h3><a href="[^"]*\/(?:ja|en)\/([^/"]+)\/"/g)].map((m) => m[1]!);
      expect(listed, `/${lang}/`).toEqual(byCode.filter((id) => listed.includes(id)));
      expect(listed.length, `/${lang}/ lists every municipality`).toBe(municipalities.length);
      const data = readFileSync(join(dir, lang, 'data/index.html'), 'utf8');
      const order = [...data.matchAll(/href="[^"]*\/data\/([^/"]+)\/[^/"]+\/\d{4}\.json"/g)].map((m) => m[1]!);
      const firsts = order.filter((id, i) => order.indexOf(id) === i);
      expect(firsts, `/${lang}/data/`).toEqual(byCode.filter((id) => firsts.includes(id)));
    }
  });
});
