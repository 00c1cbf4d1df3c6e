/** Department lineage: every link names a department of the same municipality, and following links never loops. */
import type { Department } from '../../../schemas/index.ts';
import type { ParsedFile, ReportAt } from './parsed-file.ts';

/**
 * Checks the lineage of each valid department file in `departmentFiles` (`valid` holds their values);
 * `parsed` is every file read, so that a department whose file has errors still counts as existing.
 */
export function checkLineage(
  parsed: ParsedFile[],
  departmentFiles: ParsedFile[],
  valid: Map<ParsedFile, unknown>,
  at: ReportAt,
  folder: string,
): void {
  const departmentKeys = new Set(parsed.filter((f) => f.kind === 'department').map((f) => `${f.place.municipality}/${f.place.department}`));
  const lineageOf = new Map(departmentFiles.map((f) => [`${f.place.municipality}/${f.place.department}`, f]));
  for (const f of departmentFiles) {
    const d = valid.get(f) as Department;
    d.lineage?.forEach((link, i) => {
      if (link.department !== d.id && !departmentKeys.has(`${d.municipality}/${link.department}`)) {
        at(f, ['lineage', i, 'department'], 'unknown-department', {
          ja: `組織「${link.department}」は ${d.municipality} にありません。${folder}/${d.municipality}/ にある組織（部・局・課など）の ID を書いてください。`,
          en: `There is no unit "${link.department}" in ${d.municipality}. Use the id of a unit (department, bureau, division …) in ${folder}/${d.municipality}/.`,
        });
      }
    });
    const seen: string[] = [`${d.municipality}/${d.id}`];
    const walk = (key: string): string[] | undefined => {
      const next = lineageOf.get(key);
      for (const link of (next && (valid.get(next) as Department).lineage) ?? []) {
        const linkKey = `${d.municipality}/${link.department}`;
        if (linkKey === seen[0]) return [...seen, linkKey];
        if (seen.includes(linkKey)) continue;
        seen.push(linkKey);
        const loop = walk(linkKey);
        if (loop) return loop;
        seen.pop();
      }
      return undefined;
    };
    const loop = d.lineage?.some((l) => l.department === d.id) ? undefined : walk(seen[0]);
    if (loop) {
      at(f, ['lineage'], 'lineage-cycle', {
        ja: `組織の系譜が循環しています（${loop.map((k) => k.split('/')[1]).join(' → ')}）。どこかの lineage を直してください。`,
        en: `The units' lineage goes round in a circle (${loop.map((k) => k.split('/')[1]).join(' → ')}). Correct one of the lineage entries.`,
      });
    }
  }
}
