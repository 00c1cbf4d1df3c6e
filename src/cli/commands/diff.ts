/**
 * npm run diff -- <municipality>/<department> <yearA> <yearB> [--format text|md|json] [--content DIR]
 * A field-level diff of two plans of one department, items matched by id (then by title similarity).
 * Exit code, like diff: 0 no change, 1 changes, 2 trouble (bad arguments, invalid content, no such plan).
 */
import { basename, dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { validateContent } from '../../lib/validate/validate-content.ts';
import { formatText } from '../../lib/validate/diagnostic.ts';
import { alignPlans } from '../../lib/compare/align.ts';
import { diffToJson, diffToMarkdown, diffToText } from '../../lib/compare/format-diff.ts';
import { contentDirOption } from '../content-dir.ts';

const usage = '使い方 / usage: npm run diff -- <municipality>/<department> <yearA> <yearB> [--format text|md|json]';
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' }, content: { type: 'string', default: process.env.PLANS_CONTENT_DIR } },
});
const [department, a, b] = positionals;
if (!department?.includes('/') || !/^\d{4}$/.test(a ?? '') || !/^\d{4}$/.test(b ?? '') || positionals.length !== 3) fail(usage);
if (!['text', 'md', 'json'].includes(values.format)) fail(`--format は text, md, json のどれかです / --format must be text, md or json\n${usage}`);

const contentDir = contentDirOption(values.content);
const { diagnostics, content } = await validateContent(dirname(contentDir), { contentDir });
if (!content) fail(`${basename(contentDir)}/ に問題があるため比較できません / ${basename(contentDir)}/ has problems, so nothing can be compared:\n${diagnostics.map(formatText).join('\n')}`);
const find = (year: string) =>
  content!.plans.find((p) => `${p.plan.municipality}/${p.plan.department}` === department && p.plan.fiscalYear === Number(year))?.plan ??
  fail(`計画がありません / no plan: ${relative(dirname(contentDir), join(contentDir, department!, `${year}.yaml`)).split(sep).join('/')}`);
const [older, newer] = [find(a), find(b)];
const fields = alignPlans(older, newer);
const title = `${department} ${a} → ${b}`;
const changed = fields.some((f) => f.status !== 'same');
if (values.format === 'json') console.log(diffToJson(fields));
else if (values.format === 'md') console.log(diffToMarkdown(fields, title));
else if (changed) console.log(diffToText(fields));
process.exit(changed ? 1 : 0);
