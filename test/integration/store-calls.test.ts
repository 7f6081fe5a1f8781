import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededServer, type SeededServer } from '../helpers/seeded-server';

/**
 * Store round trips are a tested number. The common shapes (entity details with sources and a
 * page of relations with both ends, neighbourhood, the country view) cost one store call: the
 * resolver looks ahead at the selection, reads it all in one statement and primes the loaders.
 * Lists cost the same whatever their length (DataLoader batching).
 */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

const OPERATIONS_DIR = join(__dirname, '../../src/operations');

function operations(): Map<string, string> {
  const found = new Map<string, string>();
  const texts = readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .map((file) => readFileSync(join(OPERATIONS_DIR, file), 'utf8'));
  // Shared fragments (SourceFields) live in files of their own; each operation is sent with the
  // ones it spreads, as the generated documents are.
  const fragments = texts.filter((text) => !/^query\s/m.test(text));
  for (const text of texts) {
    const used = fragments.filter((f) => text.includes(`...${/^fragment\s+(\w+)/m.exec(f)![1]}`));
    for (const match of text.matchAll(/^query\s+(\w+)/gm))
      found.set(match[1], [text, ...used].join('\n'));
  }
  return found;
}

/** Each operation of src/operations, with variables and the store calls it must cost. */
const EXPECTED: Record<string, Array<{ variables: Record<string, unknown>; calls: number }>> = {
  EntityDetails: [
    { variables: { id: 'meeting-2022-07-economic-2plus2-first' }, calls: 1 },
    { variables: { id: 'country-jp', first: 5 }, calls: 1 },
  ],
  Neighborhood: [
    { variables: { id: 'framework-core-partnership' }, calls: 1 },
    { variables: { id: 'framework-core-partnership', depth: 2 }, calls: 1 },
    { variables: { id: 'framework-ipef', depth: 1, asOf: '2023-01-01' }, calls: 1 },
  ],
  CountryStrategy: [{ variables: { code: 'IN' }, calls: 1 }],
  // The explorer's country page (country, regions, strategy) and shared view (entities,
  // shared, their relations): measured as they are today, not yet in the one-statement look-ahead.
  CountryPage: [{ variables: { code: 'IN' }, calls: 3 }],
  StrategyRows: [{ variables: { ids: ['strategy-ts2026-country-in'] }, calls: 4 }],
  Shared: [{ variables: { ids: ['country-jp', 'country-in'], first: 100 }, calls: 3 }],
  // Served from the in-memory document registry.
  DocumentLines: [{ variables: { id: 'doc-trade-strategy-2026', from: 1, to: 3 }, calls: 0 }],
  DocumentCatalogue: [{ variables: {}, calls: 0 }],
  // One statement: the text index proposes candidates and returns their entities.
  Search: [
    { variables: { text: '日米', first: 10 }, calls: 1 },
    { variables: { text: 'semiconductor', first: 10 }, calls: 1 },
  ],
  // Both ends expanded at once, then the smaller frontier twice (radii 1 + 1 → 2 + 2), then the
  // records of the paths returned.
  PathGraph: [
    {
      variables: {
        from: 'meeting-2021-03-23-kajiyama-tai-video-conference',
        to: 'country-in',
        maxHops: 4,
      },
      calls: 4,
    },
  ],
};

test('every operation in src/operations has its store calls asserted here', () => {
  expect([...operations().keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
});

test.each(
  Object.entries(EXPECTED).flatMap(([name, runs]) => runs.map((run) => [name, run] as const)),
)('%s costs the store calls it should (%j)', async (name, { variables, calls }) => {
  const result = await server.run(operations().get(name)!, variables);
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeTruthy();
  expect(result.storeCalls).toBe(calls);
});

const DETAILS = `fragment Details on Entity {
  id nameJa sources { lineStart quote document { id } }
  relations(first: 7) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id type sources { quote } from { id nameJa props } to { id nameJa props } } }
  }
}`;

test('the look-ahead answer equals the answer the loaders give, field by field', async () => {
  const id = 'meeting-2022-07-economic-2plus2-first';
  const ahead = await server.run(`query($id: ID!) { entity(id: $id) { ...Details } } ${DETAILS}`, {
    id,
  });
  // Search hands its entity to the field resolvers without a look-ahead: the loader path.
  const nameJa = ahead.data.entity.nameJa as string;
  const loaded = await server.run(
    `query($text: String!) { search(text: $text, first: 1) { entity { ...Details } } } ${DETAILS}`,
    { text: nameJa },
  );
  expect(ahead.storeCalls).toBe(1);
  expect(loaded.storeCalls).toBeGreaterThan(1);
  expect(loaded.data.search[0].entity).toEqual(ahead.data.entity);
  expect(ahead.data.entity.relations.edges).toHaveLength(7);
  expect(ahead.data.entity.relations.totalCount).toBeGreaterThan(7);
});

test('relations pages through the look-ahead: filters, cursor and direction as the loaders read them', async () => {
  const query = `query($id: ID!, $after: String) { entity(id: $id) {
    relations(first: 3, after: $after, direction: IN, types: [ATTENDED, HOSTED], asOf: "2022-07-30") {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id type to { id } } } } } }`;
  const nested = `query($text: String!, $after: String) { search(text: $text, first: 1) { entity {
    relations(first: 3, after: $after, direction: IN, types: [ATTENDED, HOSTED], asOf: "2022-07-30") {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id type to { id } } } } } } }`;
  const id = 'meeting-2022-07-economic-2plus2-first';
  const first = await server.run(query, { id });
  expect(first.storeCalls).toBe(1);
  const second = await server.run(query, {
    id,
    after: first.data.entity.relations.pageInfo.endCursor,
  });
  const text = (await server.run('query($id: ID!) { entity(id: $id) { nameJa } }', { id })).data
    .entity.nameJa;
  const secondNested = await server.run(nested, {
    text,
    after: first.data.entity.relations.pageInfo.endCursor,
  });
  expect(secondNested.data.search[0].entity).toEqual(second.data.entity);
  for (const edge of [
    ...first.data.entity.relations.edges,
    ...second.data.entity.relations.edges,
  ]) {
    expect(['ATTENDED', 'HOSTED']).toContain(edge.node.type);
    expect(edge.node.to.id).toBe(id);
  }
});

test('an invalid page is refused by the field, not hidden by the look-ahead', async () => {
  const result = await server.run(
    '{ entity(id: "country-jp") { id relations(first: -1) { totalCount } } }',
  );
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('the country view read in one statement matches the typed fields read through the loaders', async () => {
  const view = await server.run(operations().get('CountryStrategy')!, { code: 'IN' });
  const items = view.data.country.strategy.flatMap((g: any) => g.items);
  expect(items.length).toBeGreaterThan(0);
  const viaLoaders = await server.run(`{ entity(id: "country-in") {
    relations(types: [TARGETS], direction: IN, first: 100) { edges { node { from { id
      ... on StrategyItem { prioritySectors { entity { id } } items { entity { id } } } } } } } } }`);
  const expected = new Map<string, { sectors: string[]; actions: string[] }>(
    viaLoaders.data.entity.relations.edges.map((e: any) => [
      e.node.from.id,
      {
        sectors: (e.node.from.prioritySectors ?? []).map((l: any) => l.entity.id),
        actions: (e.node.from.items ?? []).map((l: any) => l.entity.id),
      },
    ]),
  );
  expect(items.map((i: any) => i.item.entity.id).sort()).toEqual([...expected.keys()].sort());
  for (const item of items) {
    const want = expected.get(item.item.entity.id)!;
    expect(item.prioritySectors.map((l: any) => l.entity.id)).toEqual(want.sectors);
    expect(item.actions.map((l: any) => l.entity.id)).toEqual(want.actions);
  }
});

const WIDE = `query($ids: [ID!]!) {
  entities(ids: $ids) {
    id nameJa sources { quote document { id } }
    relations(first: 5) { totalCount edges { node { type sources { quote } from { id nameJa } to { id nameJa } } } }
  }
}`;

test('5 and 50 entities with relations and sources cost the same: one store call', async () => {
  const ids = (
    await server.run('{ search(text: "日米", first: 100) { entity { id } } }')
  ).data.search.map((h: { entity: { id: string } }) => h.entity.id);
  expect(ids.length).toBeGreaterThanOrEqual(50);
  const five = await server.run(WIDE, { ids: ids.slice(0, 5) });
  const fifty = await server.run(WIDE, { ids: ids.slice(0, 50) });
  expect(five.errors).toBeUndefined();
  expect(fifty.data.entities).toHaveLength(50);
  expect(five.storeCalls).toBe(1);
  expect(fifty.storeCalls).toBe(1);
});

test('typed fields batch too: 5 and 50 meetings with attendees cost the same', async () => {
  const query = `query($first: Int) { timeline(first: $first) { id ... on Meeting { attendees { entity { id } relation { capacity } } places { entity { id } } } } }`;
  const five = await server.run(query, { first: 5 });
  const fifty = await server.run(query, { first: 50 });
  expect(fifty.data.timeline.length).toBe(50);
  expect(fifty.storeCalls).toBe(five.storeCalls);
});

test('two pages of the same entity under aliases: the first from the look-ahead, the second from the loaders, both right', async () => {
  const both = await server.run(`{ entity(id: "country-jp") {
    a: relations(first: 2) { edges { node { id } } }
    b: relations(first: 3, direction: OUT) { edges { node { id from { id } } } } } }`);
  const a = await server.run(
    '{ entity(id: "country-jp") { relations(first: 2) { edges { node { id } } } } }',
  );
  const b = await server.run(
    '{ entity(id: "country-jp") { relations(first: 3, direction: OUT) { edges { node { id from { id } } } } } }',
  );
  expect(both.errors).toBeUndefined();
  expect(both.data.entity.a).toEqual(a.data.entity.relations);
  expect(both.data.entity.b).toEqual(b.data.entity.relations);
  for (const edge of both.data.entity.b.edges) expect(edge.node.from.id).toBe('country-jp');
  expect(both.storeCalls).toBe(2);
});
