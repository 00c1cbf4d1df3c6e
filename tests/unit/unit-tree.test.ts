/** The units of a body as they nest, and how pages lay them out (fictional units). */
import { describe, expect, it } from 'vitest';
import { plansWithin, unitLayout, unitsByDepth, unitsOf, unitTree } from '../../src/lib/view/unit-tree.ts';
import type { Department } from '../../schemas/index.ts';

const unit = (id: string, kind: Department['kind'], parent?: string) =>
  ({ id, municipality: 'kakuu-shi', kind, name: { ja: id }, ...(parent ? { parent } : {}) }) as Department;
// A designated city: two wards, each with a division; a bureau without a plan and its division; a lone department.
const units = [
  unit('kita-ku', 'ward'),
  unit('kita-ka', 'division', 'kita-ku'),
  unit('minami-ku', 'ward'),
  unit('minami-ka', 'division', 'minami-ku'),
  unit('kyoku', 'bureau'),
  unit('kyoku-ka', 'division', 'kyoku'),
  unit('soumu', 'department'),
];
const plans: Record<string, number[]> = {
  'kita-ku': [2024],
  'kita-ka': [2023, 2024],
  'minami-ka': [2024],
  'kyoku-ka': [2024],
  soumu: [2024],
};
const tree = unitTree(units, (id) => plans[id] ?? []);
const ids = (nodes: { department: Department }[]) => nodes.map((n) => n.department.id);

describe('the units of a body as they nest', () => {
  it('puts each unit under its parent, in the order given', () => {
    expect(ids(tree)).toEqual(['kita-ku', 'minami-ku', 'kyoku', 'soumu']);
    expect(ids(tree[0]!.children)).toEqual(['kita-ka']);
    expect(ids(unitsOf(tree))).toEqual(['kita-ku', 'kita-ka', 'minami-ku', 'minami-ka', 'kyoku', 'kyoku-ka', 'soumu']);
    expect(plansWithin(tree[0]!)).toEqual([2024, 2023, 2024]);
  });

  it('keeps a unit whose parent is missing or in a loop at the top', () => {
    const loose = unitTree([unit('a', 'division', 'nowhere'), unit('b', 'division', 'c'), unit('c', 'division', 'b')], () => []);
    expect(ids(loose)).toEqual(['a', 'b', 'c']);
  });

  it('makes rows of the units that contain none and groups of the others', () => {
    expect(ids(unitLayout(tree).rows)).toEqual(['soumu']);
    expect(ids(unitLayout(tree).groups)).toEqual(['kita-ku', 'minami-ku', 'kyoku']);
  });

  it('gives a group a row of its own only when it has plans', () => {
    const [kita, minami, kyoku] = tree;
    expect(ids(unitLayout(kita!.children, kita).rows)).toEqual(['kita-ku', 'kita-ka']);
    expect(ids(unitLayout(minami!.children, minami).rows)).toEqual(['minami-ka']);
    expect(ids(unitLayout(kyoku!.children, kyoku).rows)).toEqual(['kyoku-ka']);
  });
});

describe('units level by level', () => {
  it('lists the outermost units first, then the units inside them', () => {
    expect(ids(unitsByDepth(tree))).toEqual(['kita-ku', 'minami-ku', 'kyoku', 'soumu', 'kita-ka', 'minami-ka', 'kyoku-ka']);
  });
});
