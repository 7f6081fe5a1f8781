import { gzipSync } from 'node:zlib';
import { listeningServer, request, type ListeningServer } from './listening-server';

/**
 * /graphql is served on node:http (src/server/graphql-http.ts) rather than through express: what
 * express.json() used to decide for it, and the headers it now builds once, as clients see them.
 */
let s: ListeningServer;
beforeAll(async () => {
  s = await listeningServer({ MAX_BODY_BYTES: '2000' });
});
afterAll(async () => {
  await s.close();
});

const QUERY = JSON.stringify({ query: '{ health { status } }' });

const postGzip = (text: string) =>
  request(`${s.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: gzipSync(text),
  });

test('a gzip-compressed JSON body is inflated and answered', async () => {
  const answer = await postGzip(QUERY);
  expect(answer.status).toBe(200);
  expect(answer.json).toEqual({ data: { health: { status: 'ok' } } });
});

test('a compressed body is held to MAX_BODY_BYTES once inflated: 413', async () => {
  const bomb = JSON.stringify({ query: `{ search(text: "${'a'.repeat(50000)}") { score } }` });
  expect(gzipSync(bomb).length).toBeLessThan(2000);
  const answer = await postGzip(bomb);
  expect(answer.status).toBe(413);
  expect(answer.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

test('an unknown content encoding or a charset other than UTF: 415 BAD_REQUEST, never run', async () => {
  const encoded = await s.post(QUERY, { 'content-encoding': 'compress' });
  expect(encoded.status).toBe(415);
  expect(encoded.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  const latin = await s.post(QUERY, { 'content-type': 'application/json; charset=latin1' });
  expect(latin.status).toBe(415);
  expect(latin.json.errors[0].message).toMatch(/charset/);
});

test('JSON answers carry the short policy; a browser asking for a page still gets GraphiQL', async () => {
  const data = await s.post(QUERY);
  expect(data.headers.get('content-security-policy')).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  const page = await request(`${s.base}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page.text).toMatch(/graphiql\.js/);
  // Naming text/html without preferring it is a GraphQL request.
  const json = await request(
    `${s.base}/graphql?query=${encodeURIComponent('{ health { status } }')}`,
    { headers: { accept: 'application/json, text/html;q=0.5' } },
  );
  expect(json.json).toEqual({ data: { health: { status: 'ok' } } });
  expect(json.headers.get('content-security-policy')).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
});

test('/graphql as express matched it: any case, a trailing slash, a query string', async () => {
  for (const path of ['/GraphQL', '/graphql/', '/graphql?x=1']) {
    const answer = await request(`${s.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUERY,
    });
    expect([path, answer.json]).toEqual([path, { data: { health: { status: 'ok' } } }]);
  }
});
