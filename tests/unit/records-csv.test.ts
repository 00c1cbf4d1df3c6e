/** CSV columns written only when filled, the months of a fiscal year for English readers, and the order of municipalities. */
import { describe, expect, it } from 'vitest';
import { BOM, recordsCsv } from '../../src/lib/export/csv.ts';
import { rowCount } from '../../src/lib/export/file-stats.ts';
import { fiscalYearMonths } from '../../src/lib/view/years.ts';
import { byCode } from '../../src/lib/view/municipality-order.ts';

describe('recordsCsv', () => {
  it('writes the columns some row fills, in the header’s order', () => {
    const csv = recordsCsv(
      ['a', 'b', 'c', 'd'],
      [
        { a: 1, c: '' },
        { c: 'x', d: null },
      ],
    );
    expect(csv).toBe(`${BOM}a,c\r\n1,\r\n,x\r\n`);
  });

  it('keeps 0 as a value and writes the whole header when there is no row', () => {
    expect(recordsCsv(['a', 'b'], [{ a: 0 }])).toBe(`${BOM}a\r\n0\r\n`);
    expect(recordsCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
  });
});

describe('rowCount', () => {
  it('counts CSV records after the header, quoted line breaks included in their field', () => {
    expect(rowCount('x.csv', `${BOM}a,b\r\n"1\r\n2",3\r\n4,5\r\n`)).toBe(2);
    expect(rowCount('x.csv', `${BOM}a,b\r\n`)).toBe(0);
  });

  it('counts the items of a JSON array, and nothing for an object', () => {
    expect(rowCount('x.json', '[1,2,3]\n')).toBe(3);
    expect(rowCount('x.json', '{"a":1}\n')).toBeUndefined();
  });
});

describe('fiscalYearMonths', () => {
  it('names the months a fiscal year runs, April to March', () => {
    expect(fiscalYearMonths(2017).replace(/\s+/g, ' ')).toBe('April 2017 – March 2018');
    expect(fiscalYearMonths(2019).replace(/\s+/g, ' ')).toBe('April 2019 – March 2020');
  });
});

describe('byCode', () => {
  const m = (id: string, code: string, ja: string) => ({ id, code, name: { ja } });
  it('orders by 全国地方公共団体コード: prefecture, then the body', () => {
    const list = [m('osaka', '271004', '大阪市'), m('osaka-pref', '270008', '大阪府'), m('mitaka', '132047', '三鷹市')];
    expect(list.sort(byCode).map((x) => x.id)).toEqual(['mitaka', 'osaka-pref', 'osaka']);
  });
  it('orders bodies sharing a code by their names in 五十音 order, then by id', () => {
    const list = [m('b', '132047', 'みたか'), m('a', '132047', 'あきしま'), m('c', '132047', 'あきしま')];
    expect(list.sort(byCode).map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });
});
