import type { SectionKey } from '../../../schemas/plan/index.ts';
import type { ImportState } from './state.ts';

/**
 * Drops what got a heading but nothing under it (the schema wants at least one item), giving
 * the heading lines back to `unplaced`.
 */
export function prune(state: ImportState): void {
  const { blocks, sections, source } = state;
  const drop = (record: object | undefined) => state.origins.get(record ?? {})?.forEach((line) => source.release(line));
  for (const block of blocks.filter((b) => !b.items && !b.paragraphs && !b.tables)) {
    drop(block);
    blocks.splice(blocks.indexOf(block), 1);
  }
  const resources = sections.get('resources');
  for (const kind of ['staff', 'budget'] as const)
    if (resources?.[kind] && !resources[kind].items) {
      drop(resources[kind]);
      delete resources[kind];
    }
  const empty: Record<SectionKey, boolean> = {
    organisation: !state.sections.get('organisation')?.units?.length,
    indicators: !state.indicators.length,
    statements: !blocks.length,
    divisions: !state.divisions.length,
    resources: !!resources && Object.keys(resources).length === 0,
    policies: !state.policies.length,
    projects: !state.projects.length,
  };
  for (const [key, isEmpty] of Object.entries(empty) as [SectionKey, boolean][])
    if (isEmpty && sections.has(key)) {
      drop(sections.get(key) as object | undefined);
      sections.delete(key);
      for (const p of state.parts) p.sections = p.sections.filter((k) => k !== key);
    }
}
