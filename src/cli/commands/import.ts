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
 * A web page (its saved .html file, or a prose page's text that shows page furniture; --form md|yaml decides) is drafted in the Markdown form
 * (<year>.md): the body as printed, page furniture set aside in a list at the end of the frontmatter,
 * every guess marked `# 要確認 / check:` (the validator lists each as a warning until it is removed).
 * A folder imports every .txt/.html file in it at once (each unit's from the file's name, or the one
 * given), oldest year first, and prints a summary table.
 * Never overwrites a file. Exit code 0 when the draft is written, 2 on any refusal.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { importPlanText } from '../../lib/import/import-plan.ts';
import { importProse } from '../../lib/import/prose-import.ts';
import { isHtml } from '../../lib/import/page-blocks.ts';
import { DATE_LINE } from '../../lib/import/furniture.ts';
import { importContext } from '../../lib/import/import-context.ts';
import { draftToYaml } from '../../lib/import/draft-to-yaml.ts';
import { readSource } from '../../lib/content-tree/read-source.ts';
import { isId, pathOf, planPathIn } from '../../lib/content-tree/layout.ts';
import { validateContent } from '../../lib/validate/validate-content.ts';
import { formatText } from '../../lib/validate/diagnostic.ts';
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR, fiscalYearToJapanese } from '../../../schemas/fiscal-year.ts';
import { createFile, ensureDepartment, existsMessage, show } from '../../lib/content/content-files.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail, type CommandConsole } from '../command.ts';

const usage = [
  '使い方 / usage: npm run import -- <file.txt|file.html> <municipality> <department> [--year YYYY] [--url URL] [--title TEXT] [--excerpt] [--form md|yaml] [--out FILE|-]',
  '              npm run import -- <folder> <municipality> [<department>] [--excerpt] [--form md|yaml]',
  '  例 / e.g. npm run import -- soumu-2017.txt yokohama soumu',
  '  例 / e.g. npm run import -- pages/ nabari --form md',
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
      {
        name: '--form md|yaml',
        ja: '下書きの形（md は文書の形 <年度>.md。既定はウェブページ（.html、ページの部品のある文章のテキスト）なら md、ほかは yaml）',
        en: 'the form of the draft (md: the document form <year>.md; by default md for a web page: .html, or prose text with page furniture; yaml otherwise)',
      },
      { name: '--out FILE|-', ja: '書き出すファイル（- は画面に表示）', en: 'the file to write (- prints it)' },
      CONTENT_ARG,
    ],
    options: (env) => ({
      year: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      excerpt: { type: 'boolean', default: false },
      form: { type: 'string' },
      out: { type: 'string' },
      ...contentOption(env),
    }),
  },
  async ({ values, positionals, console, io }) => {
    const [file, municipality, department] = positionals;
    if (values.form !== undefined && values.form !== 'md' && values.form !== 'yaml')
      fail(`--form は md か yaml です / --form takes md or yaml\n${usage}`);
    const folder = !!file && existsSync(file) && statSync(file).isDirectory();
    if (folder) {
      if (positionals.length < 2 || positionals.length > 3 || !isId(municipality) || (department !== undefined && !isId(department)))
        fail(usage);
      if (values.year || values.title || values.out || values.url)
        fail(
          `フォルダの取り込みでは --year・--title・--url・--out は使えません（各ファイルから読み取ります） / --year, --title, --url and --out are per file: not with a folder\n${usage}`,
        );
      const content = contentDirOption(values.content, { mayCreate: true });
      return importFolder(
        file!,
        municipality!,
        department,
        content,
        { excerpt: values.excerpt, form: values.form as Form | undefined },
        console,
      );
    }
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
    if (formOf(file!, text!, values.form as Form | undefined) === 'md') {
      const prose = importProse(text!, {
        ...context,
        fiscalYear: givenYear,
        url: values.url,
        title: values.title?.trim(),
        excerpt: values.excerpt,
      });
      const year = prose.fiscalYear;
      if (!year)
        fail(`年度が本文から読み取れません。--year で指定してください / No fiscal year found in the text: give it with --year.\n${usage}`);
      if (year! < FIRST_FISCAL_YEAR || year! > LAST_FISCAL_YEAR) fail(`年度 ${year} は範囲外です / fiscal year ${year} is out of range`);
      const summary = proseSummary(prose, year!);
      if (values.out === '-') {
        io.stdout.write(prose.markdown);
        console.error(summary.join('\n'));
        return 0;
      }
      const target = values.out
        ? resolve(values.out)
        : join(content, pathOf({ kind: 'plan', municipality: municipality!, department: department!, year: year!, format: 'md' }));
      await writeDraft(target, prose.markdown, content, municipality!, department!, !values.out, prose.departmentName, console);
      console.log(summary.join('\n'));
      return 0;
    }
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

type Form = 'md' | 'yaml';

/**
 * The draft's form: as asked; otherwise the document form for a web page: its HTML, or its text when
 * the text shows a page's chrome (a line the furniture rules know, 更新日 aside) and no typed part the
 * line-by-line import reads (indicators, projects, policies, divisions, resources). Else the YAML file.
 */
function formOf(file: string, text: string, asked: Form | undefined): Form {
  if (asked) return asked;
  if (/\.x?html?$/i.test(file) || isHtml(text)) return 'md';
  const page = importProse(text, { municipality: 'x', department: 'x' });
  if (!page.furniture.some((f) => !DATE_LINE.test(f.text))) return 'yaml';
  const plan = importPlanText(text, { municipality: 'x', department: 'x' }).plan as Record<string, unknown>;
  return ['indicators', 'projects', 'policies', 'divisions', 'resources'].some((k) => plan[k]) ? 'yaml' : 'md';
}

function proseSummary(prose: ReturnType<typeof importProse>, year: number): string[] {
  return [
    `${fiscalYearToJapanese(year)}: ${prose.lines} 行のうち ${prose.placed} 行を本文と前付けに、${prose.furniture.length} 行をページの部品として除外（前付けの末尾に一覧）、推測 ${prose.guesses.length} 件（# 要確認）`,
    `FY${year}: ${prose.placed} of ${prose.lines} lines in the body and frontmatter; ${prose.furniture.length} set aside as page furniture (listed at the end of the frontmatter); ${prose.guesses.length} guesses marked # 要確認`,
  ];
}

/** Writes a new draft (never over a file), creating the unit's department.yaml when it has none, then checks it. */
async function writeDraft(
  target: string,
  text: string,
  content: string,
  municipality: string,
  department: string,
  inTree: boolean,
  departmentName: string | undefined,
  console: CommandConsole,
): Promise<void> {
  const year = /(\d{4})\.(?:md|yaml)$/.exec(target)?.[1];
  if (existsSync(target) || (inTree && year && existsSync(join(content, planPathIn(content, municipality, department, Number(year))))))
    fail(existsMessage(target));
  const created = inTree ? await ensureDepartment(content, municipality, department, { departmentName }) : [];
  if (!(await createFile(target, text))) fail(existsMessage(target));
  created.push(target);
  for (const path of created) console.log(`作成 / created: ${show(path)}`);
  if (inTree) {
    const { diagnostics, warnings } = await validateContent(dirname(content), {
      contentDir: content,
      only: [relative(dirname(content), target)],
    });
    const all = [...diagnostics, ...warnings];
    if (all.length) {
      console.log(`\n確認が必要な箇所 / To check (${all.length}):`);
      console.log(all.map(formatText).join('\n'));
    } else console.log('検証に合格しました / The draft passes validation.');
  }
}

/** The unit a file of a folder belongs to: the one given, else a unit id of the municipality in the file's name. */
function unitOfFile(name: string, units: string[], given: string | undefined): string | undefined {
  if (given) return given;
  const stem = `-${basename(name).replace(/\.[^.]+$/, '')}-`;
  return units.filter((u) => stem.includes(`-${u}-`)).sort((a, b) => b.length - a.length)[0];
}

/**
 * Imports every .txt/.html file of a folder: each file's unit from its name (a unit id of the
 * municipality between hyphens: nabari-soumu-2017-….txt is soumu's) or the one given, each year from
 * its text; oldest year first, so each draft takes ids from the years before it. Prints a table.
 */
async function importFolder(
  folder: string,
  municipality: string,
  department: string | undefined,
  content: string,
  options: { excerpt: boolean; form?: Form },
  console: CommandConsole,
): Promise<number> {
  const names = (await readdir(folder)).filter((n) => /\.(?:txt|x?html?)$/i.test(n)).sort();
  if (!names.length) fail(`フォルダに .txt / .html のファイルがありません / no .txt or .html file in ${folder}`);
  const mdir = join(content, municipality);
  const units = existsSync(mdir) ? (await readdir(mdir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  interface Row {
    file: string;
    unit: string;
    year: string;
    form: string;
    lines: number | string;
    placed: number | string;
    furniture: number | string;
    guesses: number | string;
    result: string;
  }
  const rows: Row[] = [];
  const todo: { name: string; unit: string; text: string; year?: number; form: Form }[] = [];
  for (const name of names) {
    const unit = unitOfFile(name, units, department);
    const { text, problems } = readSource(await readFile(join(folder, name)));
    if (!unit || !text) {
      rows.push({
        file: name,
        unit: unit ?? '?',
        year: '?',
        form: '',
        lines: '',
        placed: '',
        furniture: '',
        guesses: '',
        result: !unit ? '部の id が名前にない / no unit id in the name' : (problems[0]?.en ?? 'unreadable'),
      });
      continue;
    }
    const form = formOf(name, text, options.form);
    const peek =
      form === 'md'
        ? importProse(text, { municipality, department: unit, excerpt: options.excerpt }).fiscalYear
        : importPlanText(text, { municipality, department: unit }).plan.fiscalYear;
    todo.push({ name, unit, text, year: peek as number | undefined, form });
  }
  todo.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.name.localeCompare(b.name));
  let written = 0;
  for (const t of todo) {
    const context = await importContext(content, municipality, t.unit, t.year);
    const row: Row = {
      file: t.name,
      unit: t.unit,
      year: String(t.year ?? '?'),
      form: t.form,
      lines: '',
      placed: '',
      furniture: '',
      guesses: '',
      result: '',
    };
    rows.push(row);
    if (!t.year || t.year < FIRST_FISCAL_YEAR || t.year > LAST_FISCAL_YEAR) {
      row.result = '年度が読み取れない / no fiscal year in the text';
      continue;
    }
    const target = join(
      content,
      pathOf({ kind: 'plan', municipality, department: t.unit, year: t.year, format: t.form === 'md' ? 'md' : undefined }),
    );
    if (existsSync(join(content, planPathIn(content, municipality, t.unit, t.year)))) {
      row.result = 'その年度の計画がある / that year has a plan';
      continue;
    }
    let draft: string;
    if (t.form === 'md') {
      const prose = importProse(t.text, { ...context, excerpt: options.excerpt });
      Object.assign(row, { lines: prose.lines, placed: prose.placed, furniture: prose.furniture.length, guesses: prose.guesses.length });
      draft = prose.markdown;
    } else {
      const result = importPlanText(t.text, { ...context, excerpt: options.excerpt });
      Object.assign(row, { lines: result.lines, placed: result.placed, furniture: 0, guesses: result.unplaced.length });
      draft = draftToYaml(
        result.plan,
        result.unplaced.map((line) => line.text),
        { file: target, siteRoot: dirname(content) },
      );
    }
    await ensureDepartment(content, municipality, t.unit, { departmentName: context.departmentName });
    if (!(await createFile(target, draft))) {
      row.result = existsMessage(target);
      continue;
    }
    row.result = `作成 / created ${show(target)}`;
    written++;
  }
  console.log(
    [
      'file | unit | year | form | lines | placed | furniture | guesses (md) or unplaced (yaml) | result',
      ...rows.map((r) => [r.file, r.unit, r.year, r.form, r.lines, r.placed, r.furniture, r.guesses, r.result].join(' | ')),
    ].join('\n'),
  );
  console.log(`${written} / ${names.length} 件を書きました / drafts written. 次に / next: npm run validate`);
  return written === names.length ? 0 : 2;
}
