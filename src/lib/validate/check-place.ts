/** The ids in a file against the folders it sits in and its name. */
import type { Bilingual } from './diagnostic.ts';
import type { ParsedFile } from './parsed-file.ts';

/** The ids in a file must agree with the folders it sits in. */
export function checkPlace(f: ParsedFile, report: (path: PropertyKey[], msg: Bilingual) => void): void {
  const data = f.data as Record<string, unknown>;
  const expect = (field: string, want: unknown, where: Bilingual) => {
    // A value of the wrong type is already reported by the schema; say nothing twice.
    if (typeof data[field] !== typeof want || data[field] === want) return;
    report([field], {
      ja: `${field} が「${String(data[field])}」ですが、このファイルは${where.ja}にあります。値を「${String(want)}」にするか、ファイルを正しい場所に移してください。`,
      en: `${field} is "${String(data[field])}" but this file is in ${where.en}. Set it to "${String(want)}" or move the file.`,
    });
  };
  const { place } = f;
  const folder = (name?: string) => ({ ja: `フォルダ「${name}」`, en: `the folder "${name}"` });
  if (f.kind === 'municipality') expect('id', place.municipality, folder(place.municipality));
  if (f.kind === 'department') {
    expect('id', place.department, folder(place.department));
    expect('municipality', place.municipality, folder(place.municipality));
  }
  if (f.kind === 'plan') {
    expect('municipality', place.municipality, folder(place.municipality));
    expect('department', place.department, folder(place.department));
    if (typeof data.fiscalYear === 'number' && data.fiscalYear !== place.year) {
      report(['fiscalYear'], {
        ja: `fiscalYear が ${data.fiscalYear} ですが、ファイル名は ${place.year}.yaml です。どちらかを直してください（ファイル名は西暦の年度）。`,
        en: `fiscalYear is ${data.fiscalYear} but the file is named ${place.year}.yaml. Correct one of them (files are named by the fiscal year).`,
      });
    }
  }
}
