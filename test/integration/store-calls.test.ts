import { seededServer, type SeededServer } from '../helpers/seeded-server';

/**
 * DataLoaders keep the number of store round trips independent of the number of items: a list
 * of 5 entities with their relations and sources costs exactly what a list of 50 costs.
 */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

const QUERY = `query($ids: [ID!]!) {
  entities(ids: $ids) {
    id nameJa sources { quote document { id } }
    relations(first: 5) { totalCount edges { node { type sources { quote } from { id nameJa } to { id nameJa } } } }
  }
}`;

test('store calls for 5 and for 50 entities with relations are the same, and exactly 5', async () => {
  const ids = server
    ? (await server.run('{ search(text: "日米", first: 100) { entity { id } } }')).data.search.map(
        (h: any) => h.entity.id,
      )
    : [];
  expect(ids.length).toBeGreaterThanOrEqual(50);
  const five = await server.run(QUERY, { ids: ids.slice(0, 5) });
  const fifty = await server.run(QUERY, { ids: ids.slice(0, 50) });
  expect(five.errors).toBeUndefined();
  expect(fifty.data.entities).toHaveLength(50);
  // entities, sources, relation pages, relation counts, relation endpoints.
  expect(five.storeCalls).toBe(5);
  expect(fifty.storeCalls).toBe(five.storeCalls);
});

test('typed fields batch too: 5 and 50 meetings with attendees cost the same', async () => {
  const query = `query($first: Int) { timeline(first: $first) { id ... on Meeting { attendees { entity { id } relation { capacity } } places { entity { id } } } } }`;
  const five = await server.run(query, { first: 5 });
  const fifty = await server.run(query, { first: 50 });
  expect(fifty.data.timeline.length).toBe(50);
  expect(fifty.storeCalls).toBe(five.storeCalls);
});
