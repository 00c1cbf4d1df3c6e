/** The files others depend on: the glossary, and each department's and plan's municipality and department files. */
import type { Report } from './diagnostic.ts';
import type { ParsedFile, ReportAt } from './parsed-file.ts';

/** <folder>/glossary.yaml must exist (a glossary that does not parse is reported on its own). */
export function checkGlossaryPresent(parsed: ParsedFile[], report: Report, folder: string): void {
  if (!parsed.some((f) => f.kind === 'glossary')) {
    report(`${folder}/glossary.yaml`, 1, 1, [], 'missing-file', {
      ja: `${folder}/glossary.yaml（部・局・課など組織の名称の英訳を決める用語集）がありません。作成してください。`,
      en: `${folder}/glossary.yaml (the fixed English of the names of departments, bureaus, divisions and other units) is missing. Create it.`,
    });
  }
}

/** Every department file needs its municipality's file; every plan, its municipality's and department's. */
export function checkParentsPresent(parsed: ParsedFile[], at: ReportAt, folder: string): void {
  const municipalityIds = new Set(parsed.filter((f) => f.kind === 'municipality').map((f) => f.place.municipality));
  const departmentKeys = new Set(parsed.filter((f) => f.kind === 'department').map((f) => `${f.place.municipality}/${f.place.department}`));
  for (const f of parsed) {
    if (f.kind !== 'department' && f.kind !== 'plan') continue;
    if (!municipalityIds.has(f.place.municipality)) {
      at(f, ['municipality'], 'missing-municipality', {
        ja: `団体「${f.place.municipality}」の ${folder}/${f.place.municipality}/municipality.yaml がありません。先に作成してください。`,
        en: `Municipality "${f.place.municipality}" has no ${folder}/${f.place.municipality}/municipality.yaml. Create it first.`,
      });
    }
    if (f.kind === 'plan' && !departmentKeys.has(`${f.place.municipality}/${f.place.department}`)) {
      at(f, ['department'], 'missing-department', {
        ja: `組織「${f.place.department}」の ${folder}/${f.place.municipality}/${f.place.department}/department.yaml がありません。先に作成してください。`,
        en: `Unit "${f.place.department}" has no ${folder}/${f.place.municipality}/${f.place.department}/department.yaml. Create it first.`,
      });
    }
  }
}
