/**
 * A tiny static file server for the built site, for browser tests. It listens on 127.0.0.1 only, on a
 * random free port, and behaves like a plain static host: `/path/` serves `path/index.html`, `/path`
 * (a directory) redirects to `/path/`, anything unknown is answered with the site's `404.html` and
 * status 404. With `base` (e.g. '/plans/') the site is served under that sub-path only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export interface StaticServerOptions {
  /** The directory to serve (e.g. dist/). */
  root: string;
  /** The sub-path the site is deployed under; '/' by default. Leading and trailing slashes optional. */
  base?: string;
  /** Gzip text responses (HTML, CSS, JS, JSON…) for clients that accept it, as real hosts do; off by default. */
  gzip?: boolean;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:43121 */
  origin: string;
  /** origin + base, always ending in '/', e.g. http://127.0.0.1:43121/plans/ */
  url: string;
  /** The normalised base path, e.g. '/' or '/plans/'. */
  base: string;
  /** Every request received, as 'METHOD path status'. */
  log: string[];
  close(): Promise<void>;
}

function normaliseBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = normaliseBase(options.base);
  const log: string[] = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const send = (status: number, body: Buffer | string, type: string, headers: Record<string, string> = {}) => {
        log.push(`${req.method} ${req.url} ${status}`);
        if (
          options.gzip &&
          /^(text\/|application\/(json|javascript|xml|manifest))/.test(type) &&
          /\bgzip\b/.test(String(req.headers['accept-encoding']))
        ) {
          body = gzipSync(body);
          headers = { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' };
        }
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
        res.end(req.method === 'HEAD' ? undefined : body);
      };
      const notFound = async () => {
        const page = join(root, '404.html');
        if (await isFile(page)) send(404, await readFile(page), CONTENT_TYPES['.html']!);
        else send(404, 'Not found', CONTENT_TYPES['.txt']!);
      };

      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(405, 'Method not allowed', CONTENT_TYPES['.txt']!, { allow: 'GET, HEAD' });
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'Bad request', CONTENT_TYPES['.txt']!);
      }
      if (pathname.includes('\0')) return send(400, 'Bad request', CONTENT_TYPES['.txt']!);
      // The base itself without its trailing slash, as static hosts do.
      if (base !== '/' && pathname === base.slice(0, -1)) return send(301, '', CONTENT_TYPES['.txt']!, { location: base + url.search });
      if (!pathname.startsWith(base)) return notFound();

      const relative = pathname.slice(base.length);
      const file = resolve(root, relative);
      if (file !== root && !file.startsWith(root + sep)) return notFound();

      if (pathname.endsWith('/')) {
        const index = join(file, 'index.html');
        return (await isFile(index)) ? send(200, await readFile(index), CONTENT_TYPES['.html']!) : notFound();
      }
      if (await isFile(file)) {
        return send(200, await readFile(file), CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
      }
      if (await isDirectory(file)) return send(301, '', CONTENT_TYPES['.txt']!, { location: `${url.pathname}/${url.search}` });
      return notFound();
    })().catch((error: unknown) => {
      log.push(`${req.method} ${req.url} 500`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': CONTENT_TYPES['.txt']! });
      res.end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    base,
    log,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
