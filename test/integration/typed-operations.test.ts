import {
  CountryStrategyDocument,
  DocumentLinesDocument,
  EntityDetailsDocument,
  NeighborhoodDocument,
  PathGraphDocument,
  SearchDocument,
  type EntityDetailsQuery,
  type NeighborhoodQuery,
} from '../../src/graphql/generated/operations';
import { seededServer, type SeededServer } from '../helpers/seeded-server';

/** The typed operations the widget and explorer send all run against the seed graph. */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

test('every generated operation runs without errors', async () => {
  const runs: Array<[string, Record<string, unknown>]> = [
    [SearchDocument.toString(), { text: 'IPEF' }],
    [NeighborhoodDocument.toString(), { id: 'framework-ipef' }],
    [EntityDetailsDocument.toString(), { id: 'framework-ipef', first: 5 }],
    [PathGraphDocument.toString(), { from: 'country-jp', to: 'country-in', maxHops: 3 }],
    [DocumentLinesDocument.toString(), { id: 'doc-trade-strategy-2026', from: 1, to: 5 }],
    [CountryStrategyDocument.toString(), { code: 'IN' }],
  ];
  for (const [query, variables] of runs) {
    const result = await server.run(query, variables);
    expect(result.errors).toBeUndefined();
  }
});

test('relations page with opaque keyset cursors: pages do not overlap and end', async () => {
  const seen = new Set<string>();
  let after: string | null = null;
  let total = 0;
  for (let page = 0; page < 50; page++) {
    const result = await server.run(EntityDetailsDocument.toString(), {
      id: 'country-jp',
      first: 25,
      after,
    });
    const relations = (result.data as EntityDetailsQuery).entity!.relations;
    total = relations.totalCount;
    for (const edge of relations.edges) {
      expect(seen.has(edge.node.id)).toBe(false);
      seen.add(edge.node.id);
      expect(edge.cursor).not.toContain(edge.node.id);
    }
    if (!relations.pageInfo.hasNextPage) break;
    after = relations.pageInfo.endCursor ?? null;
  }
  expect(seen.size).toBe(total);
  expect(total).toBeGreaterThan(25);
});

test('asOf drops relations not yet valid', async () => {
  const before = (
    await server.run(NeighborhoodDocument.toString(), { id: 'framework-ipef', asOf: '2021-01-01' })
  ).data as NeighborhoodQuery;
  const after = (
    await server.run(NeighborhoodDocument.toString(), { id: 'framework-ipef', asOf: '2023-01-01' })
  ).data as NeighborhoodQuery;
  const ids = (q: NeighborhoodQuery) => q.neighborhood.nodes.map((n) => n.id);
  expect(ids(before)).not.toContain('meeting-2022-05-23-ipef-launch');
  expect(ids(after)).toContain('meeting-2022-05-23-ipef-launch');
});
