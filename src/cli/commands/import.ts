/**
 * npm run import -- <file.txt> <municipality> <department> [--year YYYY] [--url URL] [--title TEXT] [--excerpt] [--out FILE|-] [--content DIR]
 * Drafts a plan file from the plain text extracted from a published plan PDF (for example with
 * `pdftotext -layout plan.pdf plan.txt`, or by copying the PDF's text into a UTF-8 file). Sections,
 * figures, leaders and divisions go into their fields; every line it could not place is kept under
 * `unplaced:`, which the validator reports until the clerk has moved it. Ids are taken from the
 * department's other plans where titles match, so the new year lines up with the old ones.
 * A text that is an excerpt of the document (part of a web page, a few pages of a PDF) is imported
 * with --excerpt: the draft then says source.completeness: excerpt. A saved page whose first line is
 * `source: <address>` gives the address, unless --url does. The title is the line that names the
 * kind of document (運営方針, 工程表, 組織目標 …) or --title; without either the draft asks for it (要入力).
 * Never overwrites a file. Exit code 0 when the draft is written, 2 on any refusal.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { importPlanText } from '../../lib/import/import-plan.ts';
import { importContext } from '../../lib/import/import-context.ts';
import { draftToYaml } from '../../lib/import/draft-to-yaml.ts';
import { readSource } from '../../lib/content-tree/read-source.ts';
import { isId, pathOf } from '../../lib/content-tree/layout.ts';
import { validateContent } from '../../lib/validate/validate-content.ts';
import { formatText } from '../../lib/validate/diagnostic.ts';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR, fiscalYearToJapanese } from '../../../schemas/fiscal-year.ts';
import { createFile, ensureDepartment, existsMessage, show } from '../../lib/content/content-files.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail } from '../command.ts';

const usage = [
  '使い方 / usage: npm run import -- <file.txt> <municipality> <department> [--year YYYY] [--url URL] [--title TEXT] [--excerpt] [--out FILE|-]',
  '  例 / e.g. npm run import -- soumu-2017.txt yokohama soumu',
].join('\n');

export const run = command(
  {
    name: 'import',
    usage,
    positionals: true,
    args: [
      {
        name: '<file.txt>',
        ja: '計画の PDF やウェブページから取り出したテキスト（UTF-8）',
        en: "the text taken from the plan's PDF or web page (UTF-8)",
      },
      { name: '<municipality>', ja: '団体の id（例 yokohama）', en: "the municipality's id, e.g. yokohama" },
      { name: '<department>', ja: '部の id（例 soumu）', en: "the department's id, e.g. soumu" },
      { name: '--year YYYY', ja: '年度（本文から読み取れないとき）', en: 'the fiscal year, when the text does not say' },
      { name: '--url URL', ja: '原本のアドレス', en: "the original's address" },
      { name: '--title TEXT', ja: '文書どおりの表題', en: 'the title as published' },
      { name: '--excerpt', ja: '文書の一部だけのテキスト', en: 'the text is an excerpt of the document' },
      { name: '--out FILE|-', ja: '書き出すファイル（- は画面に表示）', en: 'the file to write (- prints it)' },
      CONTENT_ARG,
    ],
    options: (env) => ({
      year: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      excerpt: { type: 'boolean', default: false },
      out: { type: 'string' },
      ...contentOption(env),
    }),
  },
  async ({ values, positionals, console, io }) => {
    const [file, municipality, department] = positionals;
    if (positionals.length !== 3 || !file || !isId(municipality) || !isId(department)) fail(usage);
    if (values.year !== undefined && !/^\d{4}$/.test(values.year))
      fail(`--year は西暦4桁です（例 2017） / --year takes a four-digit year, e.g. 2017\n${usage}`);
    if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url))
      fail(`--url は http(s):// で始まるアドレスです / --url must be an http(s):// address`);
    if (values.title !== undefined && !values.title.trim())
      fail(`--title には文書どおりの表題を書きます / --title takes the title as published\n${usage}`);
    if (!existsSync(file!)) fail(`ファイルがありません / no such file: ${file}`);

    const { text, problems } = readSource(await readFile(file!));
    if (!text) fail(problems.map((p) => `${file}: ${p.ja}\n  ${p.en}`).join('\n'));

    const content = contentDirOption(values.content, { mayCreate: true });
    const givenYear = values.year ? Number(values.year) : undefined;
    const context = await importContext(content, municipality!, department!, givenYear);
    const result = importPlanText(text!, {
      ...context,
      fiscalYear: givenYear,
      url: values.url,
      title: values.title?.trim(),
      excerpt: values.excerpt,
    });
    const year = result.plan.fiscalYear as number | undefined;
    if (!year)
      fail(`年度が本文から読み取れません。--year で指定してください / No fiscal year found in the text: give it with --year.\n${usage}`);
    if (year! < FIRST_FISCAL_YEAR || year! > LAST_FISCAL_YEAR) fail(`年度 ${year} は範囲外です / fiscal year ${year} is out of range`);

    const summary = [
      `${fiscalYearToJapanese(year!)}: ${result.lines} 行のうち ${result.placed} 行を項目に配置、${result.unplaced.length} 行を unplaced に残しました`,
      `FY${year}: placed ${result.placed} of ${result.lines} lines in fields; ${result.unplaced.length} left under unplaced`,
    ];
    // Printed (--out -), the draft's $schema path is the one it would have where it belongs.
    const target =
      values.out && values.out !== '-'
        ? resolve(values.out)
        : join(content, pathOf({ kind: 'plan', municipality: municipality!, department: department!, year: year! }));
    const yaml = draftToYaml(
      result.plan,
      result.unplaced.map((line) => line.text),
      { file: target, siteRoot: dirname(content) },
    );
    if (values.out === '-') {
      io.stdout.write(yaml);
      console.error(summary.join('\n'));
      return 0;
    }

    if (existsSync(target)) fail(existsMessage(target));
    const created = values.out
      ? []
      : await ensureDepartment(content, municipality!, department!, { departmentName: result.departmentName });
    if (!(await createFile(target, yaml))) fail(existsMessage(target));
    created.push(target);
    for (const path of created) console.log(`作成 / created: ${show(path)}`);
    console.log(summary.join('\n'));

    if (!values.out) {
      // Check the draft at once, so the clerk sees what is left to do (unplaced lines, 要入力, rule checks).
      const { diagnostics } = await validateContent(dirname(content), { contentDir: content, only: [relative(dirname(content), target)] });
      if (diagnostics.length) {
        console.log(`\n確認が必要な箇所 / To check (${diagnostics.length}):`);
        console.log(diagnostics.map(formatText).join('\n'));
      } else console.log('検証に合格しました / The draft passes validation.');
      console.log(`次に / next: 原本と見比べて直し、npm run validate -- ${show(target)} / compare with the original, fix, then validate.`);
    }
  },
);
