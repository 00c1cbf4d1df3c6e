import { readFileSync } from 'node:fs';
import { createState } from './src/lib/import/state.ts';
import { statementLine } from './src/lib/import/handlers/statements.ts';
import { importPlanText } from './src/lib/import/import-plan.ts';
const text = readFileSync(process.argv[2]!, 'utf8');
const r = importPlanText(text, { municipality: 'a', department: 'b', fiscalYear: 2020 });
console.log(JSON.stringify(r.plan.statements, null, 0).slice(0, 600));
