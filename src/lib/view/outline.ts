/**
 * The document's outline as the plan page prints it: chapters with the file's own headings (or none),
 * and inside them, in printed order, the typed sections, statement blocks and blocks written in place.
 * A plan without an outline shows its sections one after another in the usual order.
 */
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { PLAN_SECTION_KEYS, type Plan, type SectionKey, type Statement } from '../../../schemas/plan/index.ts';
import type { Chapter, PlaceableKey } from '../../../schemas/plan/outline.ts';
import { isBlockRef, isChapter, isPlaceable, onlyInCells } from '../../../schemas/plan/outline-walk.ts';

export type OutlineNode =
  | { type: 'chapter'; id: string; heading?: LocalizedText; children: OutlineNode[] }
  /** A typed section; for statements, the blocks shown here and whether this is where the section starts. */
  | { type: 'section'; key: PlaceableKey; blocks?: Statement[]; first?: boolean }
  /** A statement block written in place; `anchor` makes its id unique on the page when it has none. */
  | { type: 'block'; block: Statement; anchor: string };

const order = (k: SectionKey) => PLAN_SECTION_KEYS.indexOf(k);

/** The nodes of the page's body, in printed order. */
export function outlineOf(plan: Plan): OutlineNode[] {
  const placed = new Set<PlaceableKey>();
  let statementsStarted = false;
  const statementsNode = (blocks?: Statement[]): OutlineNode => {
    const first = !statementsStarted;
    statementsStarted = true;
    placed.add('statements');
    return { type: 'section', key: 'statements', blocks, first };
  };
  const byId = (ids: readonly string[]) => (plan.statements?.blocks ?? []).filter((b) => b.id && ids.includes(b.id));
  const chapter = (c: Chapter, id: string): OutlineNode => {
    const children: OutlineNode[] = [];
    if (c.content) {
      c.content.forEach((item, j) => {
        if (isPlaceable(item)) {
          if (item === 'statements') children.push(statementsNode());
          else {
            placed.add(item);
            children.push({ type: 'section', key: item });
          }
        } else if (isBlockRef(item)) children.push(statementsNode(byId([item.block])));
        else if (isChapter(item)) children.push(chapter(item, `${id}-${j + 1}`));
        else children.push({ type: 'block', block: item, anchor: `${id}-${j + 1}` });
      });
    } else {
      // The form without content: the sections in their usual order, a chapter's statement blocks where statements stand.
      const keys = [...(c.sections ?? [])];
      if (c.blocks) {
        const at = keys.findIndex((k) => order(k) > order('statements'));
        keys.splice(at === -1 ? keys.length : at, 0, 'statements');
      }
      for (const key of keys) {
        if (key === 'statements') children.push(c.blocks ? statementsNode(byId(c.blocks)) : statementsNode());
        else {
          placed.add(key);
          children.push({ type: 'section', key });
        }
      }
    }
    return { type: 'chapter', id, heading: c.heading, children };
  };
  const nodes: OutlineNode[] = plan.parts
    ? plan.parts.map((c, i) => chapter(c, `part-${i + 1}`))
    : PLAN_SECTION_KEYS.filter((k) => plan[k] !== undefined && !onlyInCells(plan, k)).map((k) =>
        k === 'statements' ? statementsNode() : ({ type: 'section', key: k } as const),
      );
  for (const key of PLAN_SECTION_KEYS) if (plan[key] !== undefined) placed.add(key);
  // The grading scale and the plan's evaluation follow the outline unless it places them.
  for (const key of ['evaluationScale', 'evaluation'] as const) if (plan[key] && !placed.has(key)) nodes.push({ type: 'section', key });
  return nodes;
}

/** The id of a typed section's element on the page, for the contents list. */
export const sectionAnchor = (key: PlaceableKey) =>
  key === 'evaluationScale' ? 'evaluation-scale' : key === 'evaluation' ? 'plan-evaluation' : key;
