import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { seededServer, type SeededServer } from '../helpers/seeded-server';

/** Features a client sees only over HTTP: persisted queries and cache hints. */
let server: SeededServer;
let url: string;
beforeAll(async () => {
  server = await seededServer();
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await server.close();
});

const post = (body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

test('automatic persisted queries: the hash alone works once the server has seen the query', async () => {
  const query = '{ entity(id: "framework-gdcp") { nameJa } }';
  const extensions = {
    persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
  };
  const unknown = await (await post({ extensions })).json();
  expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const registered = await (await post({ query, extensions })).json();
  expect(registered.data.entity.nameJa).toBe('グローバル・デジタル連結性パートナーシップ');
  const byHash = await (await post({ extensions })).json();
  expect(byHash).toEqual(registered);
});

test('answers carry a cache hint, because the graph is reference data, and their store round trips', async () => {
  const response = await post({ query: '{ search(text: "JUCIP") { entity { id } } }' });
  expect(response.headers.get('cache-control')).toBe('max-age=300, public');
  expect(Number(response.headers.get('x-store-calls'))).toBeGreaterThan(0);
});
