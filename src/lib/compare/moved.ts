/**
 * Where an item that leaves a unit went. A department's lineage can name the divisions of the earlier
 * department whose work it took over (lineage[].divisions); a project or division of the earlier unit
 * that ends and belonged only to those divisions moved there, rather than ended.
 */
import type { Department } from '../../../schemas/department.ts';

/** The later unit an item of `from` moved to, given the divisions it belonged to; undefined when none took them all. */
export function movedTo(
  from: { municipality: string; id: string },
  divisions: readonly string[] | undefined,
  departments: readonly Department[],
): Department | undefined {
  if (!divisions || divisions.length === 0) return undefined;
  return departments.find(
    (d) =>
      d.municipality === from.municipality &&
      d.id !== from.id &&
      (d.lineage ?? []).some((l) => l.department === from.id && l.divisions && divisions.every((x) => l.divisions!.includes(x))),
  );
}
