/**
 * The package-lock.json of a new site: the very packages, at the very versions, that this package
 * was tested with. It is this repository's package-lock.json cut down to what a site installs (Astro
 * and this package's dependencies, with everything they need), so `npm install` and the workflows'
 * `npm ci` give every new site the tested tree, not whatever the registry holds on the day (a site made
 * with a `^7.3.5` range would otherwise get the newest Astro 7, which no test here has built).
 * Only this package's own entry has no integrity: that of its tarball is known once it is packed, and
 * npm records it at the site's first install.
 */

/** Where the packed package keeps its tested tree (scripts/build-package.ts writes it; package-lock.json is not shipped). */
export const TESTED_TREE_FILE = 'build/tested-tree.json';

/** One entry of a lock file's `packages` (npm lockfileVersion 3); only the fields read here are typed. */
export interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  [field: string]: unknown;
}

export interface LockFile {
  name: string;
  version: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

/** The key of the package `name` as the package at `from` resolves it (Node's lookup up the node_modules folders). */
function resolveIn(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let dir = from; ;) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[key]) return key;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/**
 * What a site installs besides its own entry: this package at `node_modules/<name>` and every package
 * Astro and this package need, keyed and flagged as npm keys and flags them in the site (none is a dev
 * dependency there; one reached only through optional dependencies is optional).
 * @param tested this repository's package-lock.json, whose root is this package
 */
export function testedTree(tested: LockFile): Record<string, LockEntry> {
  const root = tested.packages[''];
  if (!root) throw new Error('package-lock.json has no root entry');
  const self = `node_modules/${tested.name}`;
  const { dev: _dev, devDependencies: _devDependencies, devOptional: _devOptional, optional: _optional, name: _name, ...own } = root;
  const packages: Record<string, LockEntry> = { ...tested.packages, [self]: { ...own, version: tested.version } };
  // Breadth first from the site's two dependencies; a package seen first through optional edges may be reached by a required one later.
  const required = new Map<string, boolean>();
  const queue: [string, boolean][] = [
    [self, true],
    ['node_modules/astro', true],
  ];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const [key, isRequired] = item;
    if (required.get(key) === true || (required.has(key) && !isRequired)) continue;
    required.set(key, isRequired);
    const entry = packages[key]!;
    const optionalPeers = new Set(Object.entries(entry.peerDependenciesMeta ?? {}).flatMap(([n, m]) => (m.optional ? [n] : [])));
    const edges: [string, boolean][] = [
      ...Object.keys(entry.dependencies ?? {}).map((n) => [n, true] as [string, boolean]),
      ...Object.keys(entry.peerDependencies ?? {})
        .filter((n) => !optionalPeers.has(n))
        .map((n) => [n, true] as [string, boolean]),
      ...Object.keys(entry.optionalDependencies ?? {}).map((n) => [n, false] as [string, boolean]),
    ];
    for (const [name, edgeRequired] of edges) {
      const target = resolveIn(packages, key, name);
      if (!target) {
        if (edgeRequired) throw new Error(`package-lock.json: ${key} needs ${name}, which it does not hold`);
        continue;
      }
      queue.push([target, isRequired && edgeRequired]);
    }
  }
  return Object.fromEntries(
    [...required]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([key, isRequired]) => {
        const { dev: _d, devOptional: _o, optional: _p, ...entry } = packages[key]!;
        return [key, isRequired ? entry : { ...entry, optional: true }];
      }),
  );
}

/** The lock file of a new site whose package.json is `site`, from the tested tree (testedTree()). */
export function siteLock(
  site: { name: string; version: string; dependencies: Record<string, string>; engines?: Record<string, string> },
  tree: Record<string, LockEntry>,
): LockFile {
  return {
    name: site.name,
    version: site.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: site.name, version: site.version, dependencies: site.dependencies, ...(site.engines && { engines: site.engines }) },
      ...tree,
    },
  };
}
