/**
 * npm run new -- <municipality> <department> <year> [--content DIR]
 * Starts a plan for a new fiscal year from the department's latest earlier plan: ids, texts and
 * structure are kept, so items match across years; the year's figures, dates and title become 要入力,
 * which the validator reports until they are filled in. Creates the municipality and department files
 * when they are new. Never overwrites a file. Exit code 0 on success, 2 on any refusal.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, type Document } from 'yaml';
import { TO_FILL } from '../../lib/validate/to-fill.ts';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from '../../../schemas/fiscal-year.ts';
import { createFile, ensureDepartment, existsMessage, schemaHeader, show } from '../../lib/content/content-files.ts';
import { isId, pathOf, yearsOf } from '../../lib/content-tree/layout.ts';
import { readContentAt } from '../../lib/content-tree/read.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail } from '../command.ts';

const usage = '使い方 / usage: npm run new -- <municipality> <department> <year>   (例 / e.g. npm run new -- yokohama soumu 2026)';

export const run = command(
  {
    name: 'new',
    usage,
    positionals: true,
    args: [
      { name: '<municipality>', ja: '団体の id（例 yokohama）', en: "the municipality's id, e.g. yokohama" },
      { name: '<department>', ja: '部の id（例 soumu）', en: "the department's id, e.g. soumu" },
      { name: '<year>', ja: '新しい年度（西暦4桁）', en: 'the new fiscal year (four digits)' },
      CONTENT_ARG,
    ],
    options: contentOption,
  },
  async ({ values, positionals, console }) => {
    const [municipality, department, yearText] = positionals;
    if (positionals.length !== 3 || !isId(municipality) || !isId(department) || !/^\d{4}$/.test(yearText ?? '')) fail(usage);
    const year = Number(yearText);
    if (year < FIRST_FISCAL_YEAR || year > LAST_FISCAL_YEAR)
      fail(
        `年度は ${FIRST_FISCAL_YEAR}〜${LAST_FISCAL_YEAR} の西暦で指定してください / The year must be between ${FIRST_FISCAL_YEAR} and ${LAST_FISCAL_YEAR}.`,
      );

    const content = contentDirOption(values.content);
    const planPath = (fiscalYear: number) =>
      join(content, pathOf({ kind: 'plan', municipality: municipality!, department: department!, year: fiscalYear }));
    const target = planPath(year);
    if (existsSync(target)) fail(existsMessage(target));
    const created = await ensureDepartment(content, municipality, department);

    const earlier = yearsOf(content, municipality!, department!)
      .filter((y) => y < year)
      .at(-1);
    let text: string;
    if (earlier) {
      const unreadable = () =>
        fail(
          `${show(planPath(earlier))} を読めません。先に npm run validate で直してください / cannot be read; fix it first (npm run validate).`,
        );
      // Read as the validator reads it; the document, comments and all, is what is carried over.
      const read = await readContentAt(planPath(earlier));
      const doc = read?.data ? read.pos!().doc : unreadable();
      if (doc.errors.length) unreadable();
      carryOver(doc, year);
      text = doc.toString({ lineWidth: 0 });
    } else {
      text = `${schemaHeader(target, 'plan', content)}municipality: ${municipality}\ndepartment: ${department}\nfiscalYear: ${year}\ndocumentType: ${TO_FILL}\ntitle: ${TO_FILL}\nsource:\n  title: ${TO_FILL}\n  completeness: full\n`;
    }
    if (!(await createFile(target, text))) fail(existsMessage(target));
    created.push(target);
    for (const path of created) console.log(`作成 / created: ${show(path)}`);
    console.log(
      `「${TO_FILL}」の箇所を記入し、npm run validate で確認してください / Fill in every "${TO_FILL}", then check with npm run validate.`,
    );
    if (earlier) console.log(`もとにした計画 / based on: ${show(planPath(earlier))}`);
  },
);

/**
 * Turns last year's plan into this year's draft: what belongs to the year (title, dates, figures,
 * targets, actuals) is cleared for re-entry; ids and texts stay, so items match across years.
 */
function carryOver(doc: Document, fiscalYear: number) {
  doc.setIn(['fiscalYear'], fiscalYear);
  const mark = (path: (string | number)[]) => {
    if (doc.hasIn(path)) doc.setIn(path, TO_FILL);
  };
  const each = (path: (string | number)[], visit: (i: number) => void) => {
    const list = doc.getIn(path);
    if (isSeq(list)) list.items.forEach((_, i) => visit(i));
  };
  mark(['title']);
  mark(['asOf']);
  mark(['resources', 'asOf']);
  mark(['source', 'published']);
  doc.deleteIn(['results']);
  each(['resources', 'staff', 'items'], (i) => {
    mark(['resources', 'staff', 'items', i, 'count']);
    for (const part of ['includes', 'composition'])
      each(['resources', 'staff', 'items', i, part], (j) => mark(['resources', 'staff', 'items', i, part, j, 'count']));
  });
  mark(['resources', 'staff', 'ratio', 'total']);
  mark(['resources', 'staff', 'ratio', 'percent']);
  each(['resources', 'budget', 'items'], (i) => {
    mark(['resources', 'budget', 'items', i, 'amount']);
    each(['resources', 'budget', 'items', i, 'includes'], (j) => mark(['resources', 'budget', 'items', i, 'includes', j, 'amount']));
  });
  each(['projects', 'items'], (i) =>
    each(['projects', 'items', i, 'indicators'], (k) => {
      const at = ['projects', 'items', i, 'indicators', k];
      mark([...at, 'target', 'value']);
      for (const field of ['actual', 'baseline']) doc.deleteIn([...at, field]);
      const target = doc.getIn([...at, 'target']);
      if (isMap(target) && target.has('breakdown'))
        each([...at, 'target', 'breakdown'], (b) => mark([...at, 'target', 'breakdown', b, 'value']));
    }),
  );
}
