/**
 * The modules of schemas/ import one another without a circle. The plan was once a folder in
 * disguise (plan.ts and its rule files imported each other); in schemas/plan/ the shape (shape*.ts)
 * imports no rule, the rules import the shape, and only the index joins them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => resolve(dir, f));
const name = (file: string) => relative(dir, file).split('\\').join('/');

/** Relative imports and re-exports, type-only ones included: a circle of types is still a circle. */
const imports = new Map(
  files.map((file) => [
    file,
    [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gm)].map((m) =>
      resolve(dirname(file), m[1]!),
    ),
  ]),
);

describe('schemas/ modules', () => {
  it('import one another without a circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, stack: string[]) => {
      state.set(file, 'open');
      for (const next of imports.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push([...stack.slice(stack.indexOf(next)), next].map(name).join(' → '));
        else if (!state.has(next)) visit(next, [...stack, next]);
      }
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file, [file]);
    expect(imports.get(resolve(dir, 'plan/rules.ts'))?.length).toBeGreaterThan(0);
    expect(circles).toEqual([]);
  });

  it('keep the plan’s shape apart from its rules: only plan/index.ts joins them', () => {
    const plan = files.filter((f) => name(f).startsWith('plan/'));
    const index = resolve(dir, 'plan/index.ts');
    expect(plan.filter((f) => f !== index && imports.get(f)!.includes(index)).map(name)).toEqual([]);
    const shape = plan.filter((f) => /^plan\/shape[.-]/.test(name(f)));
    expect(shape.map(name)).toContain('plan/shape.ts');
    expect(
      shape.flatMap((f) =>
        imports
          .get(f)!
          .map(name)
          .filter((i) => i.startsWith('plan/rules'))
          .map((i) => `${name(f)} → ${i}`),
      ),
    ).toEqual([]);
    expect(
      files
        .filter((f) => !name(f).startsWith('plan/') && imports.get(f)!.some((i) => name(i).startsWith('plan/') && i !== index))
        .map(name),
    ).toEqual([]);
  });
});
