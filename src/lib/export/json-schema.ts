import { z } from 'astro/zod';
import { DepartmentSchema, GlossarySchema, MunicipalitySchema, PlanSchema } from '../../../schemas/index.ts';

const types = { plan: PlanSchema, municipality: MunicipalitySchema, department: DepartmentSchema, glossary: GlossarySchema };

/** The JSON Schema text of each content type, keyed by file stem (plan → schemas/plan.schema.json). */
export function jsonSchemas(): Record<keyof typeof types, string> {
  return Object.fromEntries(
    Object.entries(types).map(([name, schema]) => {
      // io: 'input' describes what a clerk writes (a plain string for Japanese), not the parsed shape.
      // Draft-07 is the newest draft the Red Hat YAML extension (yaml-language-server) fully supports:
      // under 2020-12 it skips hover and completion for part of the keywords.
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' });
      const withId = { $id: `${name}.schema.json`, title: schema.description, ...json, $schema: json.$schema };
      // The `$schema` key a content file would carry is a YAML comment, so no property is needed for it.
      return [name, `${JSON.stringify(withId, null, 2)}\n`];
    }),
  ) as Record<keyof typeof types, string>;
}
