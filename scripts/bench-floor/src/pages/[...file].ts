// Every other file the site's routes write (open data, feeds, sitemaps), as an endpoint: the same bytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { readManifest } from '../manifest.ts';

export function getStaticPaths() {
  const { site, files } = readManifest();
  return files.filter((f) => !f.endsWith('.html')).map((f) => ({ params: { file: f }, props: { file: join(site, f) } }));
}

export const GET: APIRoute = async ({ props }) => new Response(await readFile(props.file as string));
