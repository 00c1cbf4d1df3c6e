import { Document, isMap } from 'yaml';
import { UNPLACED_KEY } from '../validate/to-fill.ts';
import { schemaComment } from '../validate/schema-comment.ts';

/**
 * The text of a draft plan file: the `$schema` first line (so the clerk's editor completes and checks
 * fields), the draft's fields, and the lines the import could not place under `unplaced`, with a
 * bilingual comment saying what to do with them. `at` is where the file goes: the `$schema` path
 * leads from there (see schemaComment).
 */
export function draftToYaml(plan: Record<string, unknown>, unplaced: string[], at: { file: string; siteRoot: string }): string {
  const doc = new Document(unplaced.length ? { ...plan, [UNPLACED_KEY]: unplaced } : plan);
  if (isMap(doc.contents) && unplaced.length) {
    const pair = doc.contents.items.find((p) => (p.key as { value?: unknown }).value === UNPLACED_KEY);
    if (pair) {
      (pair.key as { commentBefore?: string }).commentBefore = [
        ' 取り込みで置き場所が決まらなかった行です。正しい項目へ移し、この unplaced: を消してください。',
        ' Lines the import could not place: move each into its field, then delete this unplaced: key.',
      ].join('\n');
    }
  }
  return `${schemaComment(at.file, 'plan', at.siteRoot)}\n${doc.toString({ lineWidth: 0 })}`;
}
