/**
 * npm run diff -- <municipality>/<department> <yearA> <yearB> [--format text|md|json] [--content DIR]
 * A field-level diff of two plans of one department, items matched by id (then by title similarity).
 * Problems in other files do not stop it: they are listed on stderr as skipped.
 * Exit code, like diff: 0 no change, 1 changes, 2 trouble (bad arguments, a compared plan invalid, no such plan).
 */
import { dirname, join, relative, sep } from 'node:path';
import { validateContent } from '../../lib/validate/validate-content.ts';
import { formatText } from '../../lib/validate/diagnostic.ts';
import { alignPlans } from '../../lib/compare/align.ts';
import { diffToJson, diffToMarkdown, diffToText } from '../../lib/compare/format-diff.ts';
import { isId, planPathIn } from '../../lib/content-tree/layout.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail } from '../command.ts';

const usage = '使い方 / usage: npm run diff -- <municipality>/<department> <yearA> <yearB> [--format text|md|json]';

export const run = command(
  {
    name: 'diff',
    usage,
    positionals: true,
    args: [
      { name: '<municipality>/<department>', ja: '比べる部（例 mitaka/soumu）', en: 'the department to compare, e.g. mitaka/soumu' },
      { name: '<yearA> <yearB>', ja: '比べる2つの年度（西暦）', en: 'the two fiscal years to compare' },
      { name: '--format text|md|json', ja: '出力の形式（既定 text）', en: 'output format (default text)' },
      CONTENT_ARG,
    ],
    options: (env) => ({ format: { type: 'string', default: 'text' }, ...contentOption(env) }),
  },
  async ({ values, positionals, console }) => {
    const [department, a, b] = positionals;
    const [municipality, departmentId, ...more] = department?.split('/') ?? [];
    if (
      !isId(municipality) ||
      !isId(departmentId) ||
      more.length ||
      !/^\d{4}$/.test(a ?? '') ||
      !/^\d{4}$/.test(b ?? '') ||
      positionals.length !== 3
    )
      fail(usage);
    if (!['text', 'md', 'json'].includes(values.format))
      fail(`--format は text, md, json のどれかです / --format must be text, md or json\n${usage}`);

    const contentDir = contentDirOption(values.content);
    const { diagnostics, usable } = await validateContent(dirname(contentDir), { contentDir });
    const planFile = (year: string) =>
      relative(dirname(contentDir), join(contentDir, planPathIn(contentDir, municipality, departmentId, Number(year))))
        .split(sep)
        .join('/');
    // Only the two plans must be sound; a problem elsewhere (an unfinished plan of another unit) is reported, not fatal.
    const own = diagnostics.filter((d) => d.file === planFile(a!) || d.file === planFile(b!));
    if (own.length)
      fail(
        `比較する計画に問題があるため比較できません / The plans to compare have problems, so they cannot be compared:\n${own.map(formatText).join('\n')}`,
      );
    const find = (year: string) =>
      usable.plans.find((p) => `${p.plan.municipality}/${p.plan.department}` === department && p.plan.fiscalYear === Number(year))?.plan ??
      fail(`計画がありません / no plan: ${planFile(year)}`);
    const [older, newer] = [find(a), find(b)];
    const skipped = [...new Set(diagnostics.map((d) => d.file))];
    if (skipped.length) {
      console.error(
        `問題のある ${skipped.length} ファイルは読まずに比較しました（npm run validate で確認してください） / Compared without ${skipped.length} file(s) that have problems (see npm run validate):\n${skipped.map((f) => `  ${f}`).join('\n')}`,
      );
    }
    const fields = alignPlans(older, newer);
    const title = `${department} ${a} → ${b}`;
    const changed = fields.some((f) => f.status !== 'same');
    if (values.format === 'json') console.log(diffToJson(fields));
    else if (values.format === 'md') console.log(diffToMarkdown(fields, title));
    else if (changed) console.log(diffToText(fields));
    return changed ? 1 : 0;
  },
);
