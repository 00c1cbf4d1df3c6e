/**
 * The units of a body as they nest (department.yaml `parent`): a designated city's wards with the
 * divisions inside them, a bureau with its divisions. Pages show a unit that contains others as a
 * group (a heading over what it contains) and a unit's own plans as rows of a table, so a unit that
 * has no plan of its own never gets an empty table.
 */
import type { Department } from '../../../schemas/index.ts';

/** One unit, its own plans, and the units directly inside it (in the order given). */
export interface UnitNode<P> {
  department: Department;
  plans: P[];
  children: UnitNode<P>[];
}

/**
 * The units of one body as a forest, outermost units first, each list in the order of `departments`.
 * A unit whose parent is missing (or that sits in a loop of parents, which the validator refuses)
 * stands at the top, so no unit is lost.
 * @example unitTree([ward, division(parent: ward)], plansOf) → [{ department: ward, children: [{ department: division }] }]
 */
export function unitTree<P>(departments: readonly Department[], plansOf: (id: string) => P[]): UnitNode<P>[] {
  const nodes = new Map(departments.map((d) => [d.id, { department: d, plans: plansOf(d.id), children: [] } as UnitNode<P>]));
  const roots: UnitNode<P>[] = [];
  const inLoop = (d: Department) => {
    const seen = new Set([d.id]);
    for (let p = d.parent; p; p = nodes.get(p)?.department.parent) {
      if (seen.has(p)) return true;
      seen.add(p);
    }
    return false;
  };
  for (const d of departments) {
    const parent = d.parent && !inLoop(d) ? nodes.get(d.parent) : undefined;
    (parent ? parent.children : roots).push(nodes.get(d.id)!);
  }
  return roots;
}

/** Every unit of the forest, each before the units inside it. */
export function unitsOf<P>(nodes: readonly UnitNode<P>[]): UnitNode<P>[] {
  return nodes.flatMap((n) => [n, ...unitsOf(n.children)]);
}

/** Every unit of the forest, level by level: the outermost units first, then the units inside them … (the order counts name the kinds in). */
export function unitsByDepth<P>(nodes: readonly UnitNode<P>[]): UnitNode<P>[] {
  const out: UnitNode<P>[] = [];
  for (let level = [...nodes]; level.length; level = level.flatMap((n) => n.children)) out.push(...level);
  return out;
}

/** The plans of a unit and of every unit inside it. */
export function plansWithin<P>(node: UnitNode<P>): P[] {
  return unitsOf([node]).flatMap((n) => n.plans);
}

/**
 * How a list of units (a body's outermost units, or the units inside a group) is laid out: the rows
 * of one table (units that contain none, and `self` when it has plans of its own) and the groups
 * (units that contain others), each shown under its own heading.
 */
export function unitLayout<P>(nodes: readonly UnitNode<P>[], self?: UnitNode<P>): { rows: UnitNode<P>[]; groups: UnitNode<P>[] } {
  const leaves = nodes.filter((n) => n.children.length === 0);
  return {
    rows: self && self.plans.length > 0 ? [self, ...leaves] : leaves,
    groups: nodes.filter((n) => n.children.length > 0),
  };
}
