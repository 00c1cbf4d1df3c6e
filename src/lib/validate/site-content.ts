/** What a valid content tree gives the site: every file, validated, with the glossary's English filled in. */
import type { Department, Glossary, Municipality, Plan } from '../../../schemas/index.ts';

export interface PlanRecord {
  /** Path relative to the project root, e.g. content/mitaka/soumu/2017.yaml. */
  file: string;
  plan: Plan;
}

/** Everything in content/, validated, with the glossary's English filled in. */
export interface SiteContent {
  glossary: Glossary;
  municipalities: Municipality[];
  departments: Department[];
  plans: PlanRecord[];
}
