import { readFileSync } from 'node:fs';
import { importPlanText } from './src/lib/import/import-plan.ts';
import { draftToYaml } from './src/lib/import/draft-to-yaml.ts';
const f = process.argv[2]!;
const r = importPlanText(readFileSync(f, 'utf8'), { municipality: 'kakuu', department: 'soumu', fiscalYear: 2020, excerpt: true });
console.log(draftToYaml(r.plan as any, r.unplaced.map((l) => l.text), { file: '/tmp/x/content/a/b/2020.yaml', siteRoot: '/tmp/x' }));
