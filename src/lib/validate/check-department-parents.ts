/**
 * The nesting of units: a unit's `parent` is a unit of the same municipality and following parents
 * never loops; a unit of kind ward (行政区) belongs to a designated city.
 */
import type { Department, Municipality } from '../../../schemas/index.ts';
import type { ParsedFile, ReportAt } from './parsed-file.ts';

/**
 * `parsed` is every file read (a unit or body whose file has errors still counts as existing);
 * `valid` holds the values of the files that passed their own checks.
 */
export function checkDepartmentParents(parsed: ParsedFile[], valid: Map<ParsedFile, unknown>, at: ReportAt, folder: string): void {
  const departmentKeys = new Set(parsed.filter((f) => f.kind === 'department').map((f) => `${f.place.municipality}/${f.place.department}`));
  const validDepartments = parsed.filter((f) => f.kind === 'department' && valid.has(f));
  const parentOf = new Map(
    validDepartments.map((f) => [`${f.place.municipality}/${f.place.department}`, (valid.get(f) as Department).parent]),
  );
  for (const f of validDepartments) {
    const d = valid.get(f) as Department;
    if (!d.parent || d.parent === d.id) continue; // a unit naming itself is reported by its own schema
    if (!departmentKeys.has(`${d.municipality}/${d.parent}`)) {
      at(f, ['parent'], 'unknown-parent-unit', {
        ja: `上位の組織「${d.parent}」は ${d.municipality} にありません。${folder}/${d.municipality}/ にある組織（部・局など）の ID を書いてください。`,
        en: `There is no unit "${d.parent}" in ${d.municipality}. Use the id of a unit (department, bureau …) in ${folder}/${d.municipality}/.`,
      });
      continue;
    }
    const chain = [d.id];
    for (let p: string | undefined = d.parent; p; p = parentOf.get(`${d.municipality}/${p}`)) {
      if (p === d.id) {
        at(f, ['parent'], 'parent-unit-cycle', {
          ja: `組織の上下関係が循環しています（${[...chain, p].join(' → ')}）。どこかの parent を直してください。`,
          en: `The units' parents go round in a circle (${[...chain, p].join(' → ')}). Correct one of the parent fields.`,
        });
        break;
      }
      if (chain.includes(p)) break; // a loop further up, reported on its own units
      chain.push(p);
    }
  }

  const bodies = new Map(
    parsed.filter((f) => f.kind === 'municipality' && valid.has(f)).map((f) => [f.place.municipality, valid.get(f) as Municipality]),
  );
  for (const f of validDepartments) {
    const d = valid.get(f) as Department;
    const body = bodies.get(d.municipality);
    if (d.kind !== 'ward' || !body || body.kind === 'designated-city') continue;
    at(f, ['kind'], 'ward-outside-designated-city', {
      ja: `区（kind: ward）は政令指定都市の行政区です。${d.municipality} は政令指定都市（kind: designated-city）ではありません（kind は ${body.kind}）。特別区（東京都の区）は団体として municipality.yaml に kind: special-ward と書きます。区の中の課などは、別の組織にして parent にこの区の ID を書きます。`,
      en: `A unit of kind: ward is a ward of a designated city, but ${d.municipality} is not a designated city (kind: designated-city) but kind ${body.kind}. A special ward of Tokyo is a body of its own: municipality.yaml with kind: special-ward. For a division inside a ward, make it a unit of its own with parent: the ward's id.`,
    });
  }
}
