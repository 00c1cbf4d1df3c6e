import { dirname } from 'node:path';
import { validateContent, type SiteContent } from '../validate/validate-content.ts';
import { formatText } from '../validate/diagnostic.ts';

/** A content tree checked by the validator: its content when valid, or the report of every problem. */
export type LoadedSite = { content: SiteContent; problems?: undefined } | { content?: undefined; problems: string };

/**
 * Validates a content tree and returns its content, or every problem as `file:line:column` lines in
 * Japanese and English. Files are named relative to the tree's parent (content/mitaka/soumu/2017.yaml).
 */
export async function loadSiteContent(contentDir: string): Promise<LoadedSite> {
  const { diagnostics, content } = await validateContent(dirname(contentDir), { contentDir });
  if (content) return { content };
  const lines = diagnostics.map(formatText).join('\n');
  return { problems: `計画ファイルに問題があります / The plan files have problems:\n${lines}` };
}
