/**
 * The test static server behaves like a plain static host, so browser tests see what visitors would:
 * directory indexes, trailing-slash redirects, content types, 404.html with status 404, a base path,
 * and nothing outside its root.
 */
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/lib/browser/static-server.ts';
import { listPages } from '../helpers/pages.ts';

let dir: string;
let root: StaticServer;
let based: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'ja', '三鷹'), { recursive: true });
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  writeFileSync(join(site, 'index.html'), '<h1>root</h1>');
  writeFileSync(join(site, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(site, 'style.css'), 'body{}');
  writeFileSync(join(site, 'sitemap.xml'), '<urlset/>');
  writeFileSync(join(site, 'ja', 'index.html'), '<h1>ja</h1>');
  writeFileSync(join(site, 'ja', '三鷹', 'index.html'), '<h1>mitaka</h1>');
  root = await startStaticServer({ root: site });
  based = await startStaticServer({ root: site, base: 'plans' });
});
afterAll(async () => {
  await root?.close();
  await based?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so the path is sent exactly as written (no client-side normalisation). */
function get(
  server: StaticServer,
  path: string,
  method = 'GET',
): Promise<{ status: number; type?: string; location?: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: new URL(server.origin).port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, type: res.headers['content-type'], location: res.headers.location, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static server', () => {
  it('listens on 127.0.0.1 on a random port', () => {
    expect(root.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(root.url).toBe(`${root.origin}/`);
    expect(based.url).toBe(`${based.origin}/plans/`);
  });

  it('serves directory indexes with the right content types', async () => {
    expect(await get(root, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<h1>root</h1>' });
    expect(await get(root, '/ja/')).toMatchObject({ status: 200, body: '<h1>ja</h1>' });
    expect(await get(root, `/ja/${encodeURIComponent('三鷹')}/`)).toMatchObject({ status: 200, body: '<h1>mitaka</h1>' });
    expect(await get(root, '/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
    expect(await get(root, '/sitemap.xml')).toMatchObject({ status: 200, type: 'application/xml; charset=utf-8' });
    expect(await get(root, '/ja/?q=1')).toMatchObject({ status: 200 });
  });

  it('redirects a directory without its trailing slash', async () => {
    expect(await get(root, '/ja')).toMatchObject({ status: 301, location: '/ja/' });
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    for (const path of ['/nope/', '/nope', '/ja/nope/deeper/', '/index.htm']) {
      expect(await get(root, path), path).toMatchObject({ status: 404, type: 'text/html; charset=utf-8', body: '<h1>not found</h1>' });
    }
  });

  it('never serves files outside its root', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/ja/..%2f..%2fsecret.txt']) {
      const res = await get(root, path);
      expect(res.body, path).not.toContain('secret');
      expect([400, 404], path).toContain(res.status);
    }
  });

  it('supports HEAD and refuses other methods', async () => {
    expect(await get(root, '/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get(root, '/', 'POST')).status).toBe(405);
  });

  it('serves the site under a base path only', async () => {
    expect(await get(based, '/plans/')).toMatchObject({ status: 200, body: '<h1>root</h1>' });
    expect(await get(based, '/plans/ja/')).toMatchObject({ status: 200, body: '<h1>ja</h1>' });
    expect(await get(based, '/plans')).toMatchObject({ status: 301, location: '/plans/' });
    expect(await get(based, '/plans/ja')).toMatchObject({ status: 301, location: '/plans/ja/' });
    expect(await get(based, '/')).toMatchObject({ status: 404, body: '<h1>not found</h1>' });
    expect(await get(based, '/ja/')).toMatchObject({ status: 404 });
  });

  it('records every request', () => {
    expect(root.log.some((l) => l.startsWith('GET / 200'))).toBe(true);
  });
});

describe('listPages', () => {
  it('maps index.html files to directory URLs', () => {
    const pages = listPages(join(dir, 'site'));
    expect(pages).toEqual(['/', '/404.html', '/ja/', '/ja/三鷹/']);
  });
});
