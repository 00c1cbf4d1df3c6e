/** The built site the floor copies: FLOOR_MANIFEST names a JSON file `{ site, files }` (paths under site). */
import { readFileSync } from 'node:fs';

export interface FloorManifest {
  site: string;
  files: string[];
}

export function readManifest(): FloorManifest {
  const file = process.env.FLOOR_MANIFEST;
  if (!file) throw new Error('FLOOR_MANIFEST must name the manifest of the built site');
  return JSON.parse(readFileSync(file, 'utf8')) as FloorManifest;
}
