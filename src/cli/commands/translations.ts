/**
 * npm run translations [-- <municipality>[/<department>[/<year>]]…] [--format text|json] [--check] [--content DIR]
 * Per plan, the fields without English and the fields whose Japanese changed (in git, or in the
 * working tree) after their English was last changed, with the commits of both changes.
 * Exit code: 0 (it is a report), or with --check 1 when a field lacks English or has outdated English;
 * 2 when the command cannot run (bad arguments, invalid content, a filter that matches no plan).
 */
import { basename, dirname } from 'node:path';
import { validateContent } from '../../lib/validate/validate-content.ts';
import { formatText } from '../../lib/validate/diagnostic.ts';
import { translationReport, type PlanTranslation, type Revision } from '../../lib/translations/report.ts';
import { isId } from '../../lib/content-tree/layout.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail } from '../command.ts';

const usage =
  '使い方 / usage: npm run translations -- [<municipality>[/<department>[/<year>]]…] [--format text|json] [--check] [--content DIR]';

export const run = command(
  {
    name: 'translations',
    usage,
    positionals: true,
    args: [
      {
        name: '<municipality>[/<department>[/<year>]]',
        ja: '調べる計画の絞り込み（いくつでも）',
        en: 'which plans to report (any number)',
      },
      { name: '--format text|json', ja: '出力の形式（既定 text）', en: 'output format (default text)' },
      { name: '--check', ja: '英訳のない・古い項目があれば終了コード 1', en: 'exit 1 when a field lacks English or has outdated English' },
      CONTENT_ARG,
    ],
    options: (env) => ({
      format: { type: 'string', default: 'text' },
      check: { type: 'boolean', default: false },
      ...contentOption(env),
    }),
  },
  async ({ values, positionals, console }) => {
    if (!['text', 'json'].includes(values.format)) fail(`--format は text か json です / --format must be text or json\n${usage}`);
    const filters = positionals.map((p) => p.replace(/\/$/, ''));
    const isFilter = ([municipality, department, year, ...more]: string[]) =>
      !more.length && isId(municipality) && (department === undefined || isId(department)) && (year === undefined || /^\d{4}$/.test(year));
    const bad = filters.filter((f) => !isFilter(f.split('/')));
    if (bad.length)
      fail(
        `絞り込みは <団体>[/<部>[/<年度>]] で指定してください（${bad.join(', ')}） / Filter as <municipality>[/<department>[/<year>]] (${bad.join(', ')})\n${usage}`,
      );

    const contentDir = contentDirOption(values.content);
    const { diagnostics, content } = await validateContent(dirname(contentDir), { contentDir });
    if (!content)
      fail(
        `${basename(contentDir)}/ に問題があるため調べられません / ${basename(contentDir)}/ has problems, so translations cannot be checked:\n${diagnostics.map(formatText).join('\n')}`,
      );

    const key = (p: { municipality: string; department: string; fiscalYear: number }) =>
      `${p.municipality}/${p.department}/${p.fiscalYear}`;
    const matches = (filter: string, k: string) => k === filter || k.startsWith(`${filter}/`);
    const unmatched = filters.filter((f) => !content!.plans.some((r) => matches(f, key(r.plan))));
    if (unmatched.length) fail(`該当する計画がありません / no plan matches: ${unmatched.join(', ')}`);
    const selected = content!.plans.filter((r) => !filters.length || filters.some((f) => matches(f, key(r.plan))));

    let report;
    try {
      report = translationReport(selected, contentDir);
    } catch (error) {
      // A failure here is the tool's, not the clerk's files': say so instead of dumping a stack.
      fail(
        `翻訳状況を調べられませんでした。開発者に報告してください / The translation report itself failed; please report it: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const rows = selected.map((r) => ({ record: r, status: report!.plans.get(r.file)! }));
    const needsWork = (s: PlanTranslation) => s.missing.length > 0 || s.stale.length > 0;
    const summary = {
      plans: rows.length,
      needWork: rows.filter((r) => needsWork(r.status)).length,
      missing: rows.reduce((n, r) => n + r.status.missing.length, 0),
      stale: rows.reduce((n, r) => n + r.status.stale.length, 0),
    };

    /** A version as a clerk can look it up: commit date and short hash, or the uncommitted working tree. */
    const revision = (r: Revision) => (r.kind === 'commit' ? `${r.date} ${r.hash}` : '未コミット / uncommitted');

    if (values.format === 'json') {
      const plans = rows.map(({ record: { file, plan }, status }) => ({
        file,
        municipality: plan.municipality,
        department: plan.department,
        fiscalYear: plan.fiscalYear,
        title: plan.title,
        total: status.total,
        translated: status.total - status.missing.length,
        tracked: status.tracked,
        missing: status.missing,
        stale: status.stale,
      }));
      console.log(JSON.stringify({ history: report!.history, plans, summary }, null, 2));
    } else {
      for (const {
        record: { file, plan },
        status,
      } of rows) {
        if (!needsWork(status)) continue;
        console.log(`${file}  ${plan.title.ja}${plan.title.en ? ` / ${plan.title.en}` : ''}`);
        if (status.missing.length) {
          console.log(`  英訳がない項目 / Fields without English (${status.missing.length}):`);
          for (const path of status.missing) console.log(`    ${path}`);
        }
        if (status.stale.length) {
          console.log(`  英訳より日本語が新しい項目 / Japanese changed after its English (${status.stale.length}):`);
          for (const s of status.stale)
            console.log(`    ${s.path}  日本語 / Japanese: ${revision(s.ja)}  英語 / English: ${revision(s.en)}`);
        }
        console.log('');
      }
      if (!report!.history)
        console.log('git の変更履歴がないため、古い英訳は調べていません / No git history, so outdated English was not looked for.');
      console.log(
        summary.needWork
          ? `${summary.plans} 件中 ${summary.needWork} 件の計画: 英訳がない項目 ${summary.missing}、英訳が古い項目 ${summary.stale} / ${summary.needWork} of ${summary.plans} plans: ${summary.missing} fields without English, ${summary.stale} with outdated English.`
          : `OK: ${summary.plans} 件の計画はすべて英訳済みです${report!.history ? '（古い英訳もありません）' : ''} / All ${summary.plans} plans are fully translated${report!.history ? ', and no English is outdated' : ''}.`,
      );
    }
    return values.check && summary.needWork ? 1 : 0;
  },
);
