/**
 * npm run new -- <municipality> <department> <year> [--markdown] [--content DIR]
 * Starts a plan for a new fiscal year from the department's latest earlier plan: ids, texts and
 * structure are kept, so items match across years; the year's figures, dates and title become 要入力,
 * which the validator reports until they are filled in. A plan written as a document (<year>.md, a
 * prose document such as a 抱負) starts the Markdown form: the earlier frontmatter carried over the same
 * way and a body of 要入力 for the new year's document as printed; --markdown starts it without one.
 * Creates the municipality and department files when they are new. Never overwrites a file. Exit code
 * 0 on success, 2 on any refusal.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, type Document } from 'yaml';
import { TO_FILL } from '../../lib/validate/to-fill.ts';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from '../../../schemas/fiscal-year.ts';
import { createFile, ensureDepartment, existsMessage, schemaHeader, show } from '../../lib/content/content-files.ts';
import { isId, pathOf, planPathIn, yearsOf } from '../../lib/content-tree/layout.ts';
import { formatOf, parseYamlPiece, readContentAt } from '../../lib/content-tree/read.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail } from '../command.ts';

const usage =
  '使い方 / usage: npm run new -- <municipality> <department> <year> [--markdown]   (例 / e.g. npm run new -- yokohama soumu 2026)';

export const run = command(
  {
    name: 'new',
    usage,
    positionals: true,
    args: [
      { name: '<municipality>', ja: '団体の id（例 yokohama）', en: "the municipality's id, e.g. yokohama" },
      { name: '<department>', ja: '部の id（例 soumu）', en: "the department's id, e.g. soumu" },
      { name: '<year>', ja: '新しい年度（西暦4桁）', en: 'the new fiscal year (four digits)' },
      {
        name: '--markdown',
        ja: '文書の形（<年度>.md: 前付けと、印刷どおりの本文）で始める。前年度が .md ならそれに従う',
        en: "start the document form (<year>.md: frontmatter and the body as printed); the earlier year's .md is followed anyway",
      },
      CONTENT_ARG,
    ],
    options: (env: NodeJS.ProcessEnv) => ({ ...contentOption(env), markdown: { type: 'boolean', default: false } }) as const,
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
    const planPath = (fiscalYear: number) => join(content, planPathIn(content, municipality!, department!, fiscalYear));
    const earlier = yearsOf(content, municipality!, department!)
      .filter((y) => y < year)
      .at(-1);
    const markdown = values.markdown || (earlier !== undefined && formatOf(planPath(earlier)) === 'md');
    const target = join(content, pathOf({ kind: 'plan', municipality, department, year, format: markdown ? 'md' : 'yaml' }));
    const existing = planPath(year);
    if (existsSync(target) || existsSync(existing)) fail(existsMessage(existsSync(target) ? target : existing));
    const created = await ensureDepartment(content, municipality, department);

    let text: string;
    if (markdown) {
      // The frontmatter carries over as a YAML file does; the body is the new year's document, as printed.
      const earlierRead = earlier !== undefined ? await readContentAt(planPath(earlier)) : undefined;
      // Only a plan that reads (within the limits of every read) is carried over.
      const earlierText = earlierRead?.data ? earlierRead.text : undefined;
      if (earlierRead && !earlierRead.data)
        fail(
          `${show(planPath(earlier!))} を読めません。先に npm run validate で直してください / cannot be read; fix it first (npm run validate).`,
        );
      const front = earlierText?.match(/^---\r?\n([\s\S]*?)^---[ \t]*$/m)?.[1];
      let frontText: string;
      if (front !== undefined) {
        const doc = parseYamlPiece(front);
        if (doc.errors.length)
          fail(
            `${show(planPath(earlier!))} を読めません。先に npm run validate で直してください / cannot be read; fix it first (npm run validate).`,
          );
        carryOver(doc, year);
        frontText = doc.toString({ lineWidth: 0 });
      } else {
        frontText = `municipality: ${municipality}\ndepartment: ${department}\nfiscalYear: ${year}\ndocumentType: ${TO_FILL}\ntitle: ${TO_FILL}\nsource:\n  title: ${TO_FILL}\n  completeness: full\n`;
      }
      text = `---\n${frontText}---\n\n${TO_FILL}\n`;
    } else if (earlier) {
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
  // Last year's change notes are about last year's file.
  doc.deleteIn(['changes']);
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
