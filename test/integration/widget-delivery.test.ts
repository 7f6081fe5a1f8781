import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { listeningServer, type ListeningServer } from '../reliability/listening-server';
import { pickEncoding } from '../../src/server/widget-bundles';

/**
 * The widget script as a host page's browser gets it: compressed, with an ETag, revalidated
 * with 304, and at a versioned URL that may be cached for a year. Needs the built bundle
 * (pretest runs npm run build:widget).
 */
const built = readFileSync(join(__dirname, '../../dist/widget/kizuna-graph.js'));
let s: ListeningServer;
beforeAll(async () => {
  s = await listeningServer();
});
afterAll(async () => {
  await s.close();
});

// node:http rather than fetch, which would decode the body and hide what was sent.
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${s.base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

test('gzip-encoded with an ETag, the same bytes as the build', async () => {
  const { status, headers, body } = await get('/widget/kizuna-graph.js', {
    'accept-encoding': 'gzip',
  });
  expect(status).toBe(200);
  expect(headers['content-encoding']).toBe('gzip');
  expect(headers.etag).toMatch(/^"[0-9a-f]{16}"$/);
  expect(headers.vary).toMatch(/Accept-Encoding/i);
  expect(gunzipSync(body).equals(built)).toBe(true);
  expect(body.length).toBeLessThan(built.length / 2);
});

test('brotli when offered, plain when nothing is', async () => {
  const br = await get('/widget/kizuna-graph.js', { 'accept-encoding': 'gzip, br' });
  expect(br.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(br.body).equals(built)).toBe(true);
  const plain = await get('/widget/kizuna-graph.js', { 'accept-encoding': 'identity' });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(built)).toBe(true);
});

test('If-None-Match with the ETag answers 304 without a body', async () => {
  const first = await get('/widget/kizuna-graph.js');
  const etag = first.headers.etag!;
  const again = await get('/widget/kizuna-graph.js', { 'if-none-match': etag });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
});

test('the versioned URL is cacheable for a year; an old version is a clear 404', async () => {
  const versions = (await (await fetch(`${s.base}/widget/versions.json`)).json()) as Record<
    string,
    string
  >;
  const url = versions['kizuna-graph.js'];
  expect(url).toMatch(/^\/widget\/[0-9a-f]{16}\/kizuna-graph\.js$/);
  const pinned = await get(url, { 'accept-encoding': 'gzip' });
  expect(pinned.status).toBe(200);
  expect(pinned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const stale = await get('/widget/0000000000000000/kizuna-graph.js');
  expect(stale.status).toBe(404);
  expect(stale.body.toString()).toMatch(/versions\.json/);
});

test('Accept-Encoding is read with its q-values', () => {
  expect(pickEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
  expect(pickEncoding('*')).toBe('br');
  expect(pickEncoding(undefined)).toBe('identity');
  expect(pickEncoding('gzip;q=0, identity')).toBe('identity');
});
