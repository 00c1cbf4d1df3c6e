/**
 * The nesting of units and bodies: a unit's `parent` is a unit of the same municipality and following
 * parents never loops; a ward's `parent` is a municipality of kind designated-city.
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

  const bodies = new Map(parsed.filter((f) => f.kind === 'municipality').map((f) => [f.place.municipality, f]));
  for (const f of parsed.filter((x) => x.kind === 'municipality' && valid.has(x))) {
    const m = valid.get(f) as Municipality;
    if (m.kind !== 'ward' || !m.parent) continue;
    const cityFile = bodies.get(m.parent);
    if (!cityFile) {
      at(f, ['parent'], 'unknown-parent-municipality', {
        ja: `政令指定都市「${m.parent}」の ${folder}/${m.parent}/municipality.yaml がありません。市の ID を確かめるか、市のファイルを作成してください。`,
        en: `The designated city "${m.parent}" has no ${folder}/${m.parent}/municipality.yaml. Check the city's id, or create its file.`,
      });
      continue;
    }
    const city = valid.get(cityFile) as Municipality | undefined;
    if (city && city.kind !== 'designated-city') {
      at(f, ['parent'], 'parent-not-designated-city', {
        ja: `行政区の parent「${m.parent}」は政令指定都市（kind: designated-city）ではありません（kind は ${city.kind}）。行政区は政令指定都市に属します。`,
        en: `The parent "${m.parent}" of this ward is not a designated city (kind: designated-city) but kind ${city.kind}. A ward belongs to a designated city.`,
      });
    }
  }
}
