/** The content types, by the file name that holds each in content/. */
export { PlanSchema, type Plan, type PlanInput } from './plan/index.ts';
export { MunicipalitySchema, type Municipality } from './municipality.ts';
export { DepartmentSchema, type Department } from './department.ts';
export { GlossarySchema, type Glossary } from './glossary.ts';
