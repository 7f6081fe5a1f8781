import { loadSeedGraph } from '../../src/ingest/loader';
import { seedGraph, seededServer, type SeededServer } from '../helpers/seeded-server';

/**
 * RESPONSE_CACHE=memory: a repeated request is answered without the store, and a reloaded graph
 * (a new fingerprint) is never answered from the cache of the old one.
 */
let server: SeededServer;
beforeAll(async () => {
  // Version checked on every request, so the reload below is seen at once.
  server = await seededServer({ RESPONSE_CACHE: 'memory', RESPONSE_CACHE_VERSION_CHECK_MS: '0' });
});
afterAll(async () => {
  await server.close();
});

const QUERY = `query($id: ID!) { entity(id: $id) { id nameJa sources { quote } } }`;
const ID = 'framework-ipef';

test('a repeated request is served from the cache, with no store call', async () => {
  const first = await server.run(QUERY, { id: ID });
  const second = await server.run(QUERY, { id: ID });
  expect(first.errors).toBeUndefined();
  expect(first.storeCalls).toBe(1);
  expect(second.storeCalls).toBe(0);
  expect(second.data).toEqual(first.data);
  // Other variables are another answer.
  const other = await server.run(QUERY, { id: 'country-jp' });
  expect(other.storeCalls).toBe(1);
  expect(other.data.entity.id).toBe('country-jp');
});

test('after a reload that changes the graph, answers come from the new graph', async () => {
  const before = await server.run(QUERY, { id: ID });
  const graph = seedGraph();
  const renamed = {
    ...graph,
    entities: graph.entities.map((e) => (e.id === ID ? { ...e, nameJa: `${e.nameJa}（改）` } : e)),
  };
  await loadSeedGraph(server.store, renamed);
  try {
    const after = await server.run(QUERY, { id: ID });
    expect(after.storeCalls).toBe(1);
    expect(after.data.entity.nameJa).toBe(`${before.data.entity.nameJa}（改）`);
  } finally {
    await loadSeedGraph(server.store, graph);
  }
  const restored = await server.run(QUERY, { id: ID });
  expect(restored.data.entity.nameJa).toBe(before.data.entity.nameJa);
});
