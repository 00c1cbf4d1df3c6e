import { dirname, resolve } from 'node:path';
import { validateContent, type SiteContent } from '../validate/validate-content.ts';
import { formatText } from '../validate/diagnostic.ts';
import type { SiteProblems } from './problems.ts';

/** A content tree checked by the validator: its content when valid, or its problems. */
export type LoadedSite = { content: SiteContent; problems?: undefined } | { content?: undefined; problems: SiteProblems };

/**
 * Validates a content tree and returns its content, or every problem as `file:line:column` lines in
 * Japanese and English. Files are named relative to the tree's parent (content/mitaka/soumu/2017.yaml).
 */
export async function loadSiteContent(contentDir: string): Promise<LoadedSite> {
  const parent = dirname(contentDir);
  const { diagnostics, content } = await validateContent(parent, { contentDir });
  if (content) return { content };
  const [first] = diagnostics;
  return {
    problems: {
      report: `計画ファイルに問題があります / The plan files have problems:\n${diagnostics.map(formatText).join('\n')}`,
      loc: { file: resolve(parent, first?.file ?? '.'), line: first?.line ?? 1, column: first?.column ?? 1 },
    },
  };
}
