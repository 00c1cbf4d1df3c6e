/** /data/schema/<name>.schema.json: the JSON Schemas the published data validates against. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemas } from '../../lib/export/json-schema.ts';
import { SCHEMA_NAMES, type SchemaName } from '../../lib/export/data-paths.ts';
import { JSON_TYPE, respond } from '../../lib/export/responses.ts';

export const getStaticPaths = (() => SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => respond(jsonSchemas()[params.name as SchemaName], JSON_TYPE);
