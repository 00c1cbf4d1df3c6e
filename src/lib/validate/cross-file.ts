/**
 * The rules between files, once each file is checked on its own, and the site's content from the
 * valid files: the glossary's English filled into names, everything in a stable order.
 */
import type { Department, Glossary, Municipality, Plan } from '../../../schemas/index.ts';
import type { Report } from './diagnostic.ts';
import type { FileKind } from '../content-tree/layout.ts';
import { locateIn, type ParsedFile, type ReportAt } from './parsed-file.ts';
import type { PlanRecord, SiteContent } from './site-content.ts';
import { glossaryNames } from './glossary-names.ts';
import { checkGlossaryPresent, checkParentsPresent } from './check-required-files.ts';
import { checkLineage } from './check-lineage.ts';
import { checkDepartmentParents } from './check-department-parents.ts';
import { checkAcrossYears } from './check-across-years.ts';

/**
 * `parsed` is every file read; `valid` holds the value of each file that passed its own checks;
 * `folder` is the content folder as messages name it.
 */
export function crossFileChecks(parsed: ParsedFile[], valid: Map<ParsedFile, unknown>, report: Report, folder: string): SiteContent {
  const at: ReportAt = (f, path, code, msg) => {
    const { line, column } = locateIn(f, path);
    report(f.file, line, column, path, code, msg);
  };
  const byKind = (kind: FileKind) => parsed.filter((f) => f.kind === kind && valid.has(f));
  const glossaryFile = byKind('glossary')[0];
  checkGlossaryPresent(parsed, report, folder);
  const glossary = (glossaryFile ? valid.get(glossaryFile) : { terms: [] }) as Glossary;
  const fixName = glossaryNames(glossary, at);

  const municipalities = byKind('municipality').map((f) => valid.get(f) as Municipality);
  const departmentFiles = byKind('department');
  const departments = departmentFiles.map((f) => {
    const d = valid.get(f) as Department;
    fixName(f, ['name'], d.name);
    d.names?.forEach((n, i) => fixName(f, ['names', i, 'name'], n.name));
    return d;
  });
  checkParentsPresent(parsed, at, folder);
  checkLineage(parsed, departmentFiles, valid, at, folder);
  checkDepartmentParents(parsed, valid, at, folder);

  const plans: PlanRecord[] = byKind('plan').map((f) => {
    const plan = valid.get(f) as Plan;
    if (plan.departmentName) fixName(f, ['departmentName'], plan.departmentName);
    plan.divisions?.items.forEach((d, i) => {
      fixName(f, ['divisions', 'items', i, 'name'], d.name);
      d.sections?.forEach((s, j) => fixName(f, ['divisions', 'items', i, 'sections', j, 'name'], s.name));
    });
    return { file: f.file, plan };
  });
  // A plan that is present but has its own errors is not "missing" for a later plan's results.
  const present = new Set(
    parsed.filter((f) => f.kind === 'plan').map((f) => `${f.place.municipality}/${f.place.department}/${f.place.year}`),
  );
  checkAcrossYears(
    byKind('plan').map((f) => ({ f, plan: valid.get(f) as Plan })),
    present,
    at,
  );
  const order = (r: PlanRecord) => `${r.plan.municipality}/${r.plan.department}/${r.plan.fiscalYear}`;
  plans.sort((a, b) => order(a).localeCompare(order(b)));
  municipalities.sort((a, b) => a.id.localeCompare(b.id));
  departments.sort((a, b) => `${a.municipality}/${a.id}`.localeCompare(`${b.municipality}/${b.id}`));
  return { glossary, municipalities, departments, plans };
}
