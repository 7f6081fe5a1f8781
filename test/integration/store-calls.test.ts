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
  // The explorer's country page (country, regions, strategy), the links of its strategy items
  // and the shared view (entities, what they share, its relations with both ends): one statement
  // each (src/store/cypher/explorer.ts), the loaders primed with it.
  CountryPage: [
    { variables: { code: 'IN' }, calls: 1 },
    { variables: { code: 'US' }, calls: 1 },
  ],
  StrategyRows: [
    { variables: { ids: ['strategy-ts2026-country-in'] }, calls: 1 },
    {
      variables: { ids: ['strategy-ts2026-country-in', 'country-jp', 'framework-ipef'] },
      calls: 1,
    },
  ],
  Shared: [
    { variables: { ids: ['country-jp', 'country-in'], first: 100 }, calls: 1 },
    {
      variables: { ids: ['country-jp', 'country-us', 'country-in'], first: 5, asOf: '2023' },
      calls: 1,
    },
  ],
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

/** The selection below the first `head` of an operation's text (brace-matched), for re-use under another field. */
function selectionBelow(text: string, head: string): string {
  const start = text.indexOf(head) + head.length;
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(start, i);
  }
  throw new Error(`no selection below ${head}`);
}

const SOURCE_FIELDS = () =>
  readFileSync(join(OPERATIONS_DIR, 'source-fields.graphql'), 'utf8').replace(/^#.*$/gm, '');

test("the explorer's country page in one statement equals the answer the loaders give, field by field", async () => {
  const body = selectionBelow(operations().get('CountryPage')!, 'country(code: $code) {');
  for (const code of ['IN', 'US', 'JP']) {
    const ahead = await server.run(operations().get('CountryPage')!, { code });
    // entity(id:) reads a bare entity; regions and strategy then go through their loaders.
    const loaded = await server.run(
      `query($id: ID!) { entity(id: $id) { ... on Country { ${body} } } } ${SOURCE_FIELDS()}`,
      { id: `country-${code.toLowerCase()}` },
    );
    expect(loaded.errors).toBeUndefined();
    expect(ahead.storeCalls).toBe(1);
    expect(loaded.storeCalls).toBeGreaterThan(1);
    expect(ahead.data.country).toEqual(loaded.data.entity);
  }
  const india = (await server.run(operations().get('CountryPage')!, { code: 'IN' })).data.country;
  expect(india.regions.length).toBeGreaterThan(0);
  expect(india.strategy.flatMap((g: any) => g.items).length).toBeGreaterThan(0);
});

test("strategy items' sectors and actions in one statement equal the answer the loaders give, field by field", async () => {
  const operation = operations().get('StrategyRows')!;
  const body = selectionBelow(operation, 'entities(ids: $ids) {');
  const itemIds: string[] = [];
  for (const code of ['IN', 'US']) {
    const page = await server.run(operations().get('CountryPage')!, { code });
    for (const group of page.data.country.strategy)
      for (const item of group.items) itemIds.push(item.item.entity.id);
  }
  expect(itemIds.length).toBeGreaterThan(10);
  let linked = 0;
  // A few at a time: the explorer asks for the rows of a page's items in batches under the cost limit.
  for (let i = 0; i < itemIds.length; i += 3) {
    const ids = itemIds.slice(i, i + 3);
    const ahead = await server.run(operation, { ids });
    expect(ahead.errors).toBeUndefined();
    expect(ahead.storeCalls).toBe(1);
    expect(ahead.data.entities.map((e: any) => e.id)).toEqual(ids);
    // With sources selected, entities() takes the details path and the typed fields go through
    // the relations and entity loaders.
    const loaded = await server.run(
      `query($ids: [ID!]!) { entities(ids: $ids) { sources { id } ${body} } } ${SOURCE_FIELDS()}`,
      { ids },
    );
    expect(loaded.errors).toBeUndefined();
    // Items of kinds with these fields (strategy items, plans) read them through the loaders.
    if (loaded.data.entities.some((e: any) => e.prioritySectors || e.items))
      expect(loaded.storeCalls).toBeGreaterThan(1);
    expect(ahead.data.entities).toEqual(
      loaded.data.entities.map(({ sources: _sources, ...rest }: any) => rest),
    );
    linked += ahead.data.entities.filter(
      (e: any) => e.prioritySectors?.length || e.items?.length,
    ).length;
  }
  expect(linked).toBeGreaterThan(0);
});

test('the shared view in one statement equals the answer the loaders give, field by field', async () => {
  const operation = operations().get('Shared')!;
  for (const variables of [
    { ids: ['country-jp', 'country-in'], first: 100 },
    { ids: ['country-jp', 'country-us', 'country-in'], first: 5, asOf: '2023' },
  ]) {
    const ahead = await server.run(operation, variables);
    expect(ahead.errors).toBeUndefined();
    expect(ahead.storeCalls).toBe(1);
    expect(ahead.data.shared.length).toBeGreaterThan(0);
    // The entities on their own: the entity loader.
    const entities = await server.run(
      `query($ids: [ID!]!) { entities(ids: $ids) { id kind nameJa nameEn } }`,
      { ids: variables.ids },
    );
    expect(ahead.data.entities).toEqual(entities.data.entities);
    const sharedEntities = await server.run(
      `query($ids: [ID!]!) { entities(ids: $ids) { id kind nameJa nameEn } }`,
      { ids: ahead.data.shared.map((s: any) => s.entity.id) },
    );
    expect(ahead.data.shared.map((s: any) => s.entity)).toEqual(sharedEntities.data.entities);
    // Each relation as the relations loader reads it (the second, aliased page of an entity).
    const relationFields = selectionBelow(operation, 'relations {');
    for (const id of variables.ids) {
      const byId = new Map<string, unknown>();
      for (let after: string | null = null; ;) {
        const page = await server.run(
          `query($id: ID!, $asOf: Date, $after: String) { entity(id: $id) {
            a: relations(first: 1) { totalCount }
            b: relations(first: 100, after: $after, asOf: $asOf) {
              pageInfo { hasNextPage endCursor } edges { node { ${relationFields} } } } } }
          ${SOURCE_FIELDS()}`,
          { id, asOf: (variables as { asOf?: string }).asOf ?? null, after },
        );
        expect(page.errors).toBeUndefined();
        for (const edge of page.data.entity.b.edges) byId.set(edge.node.id, edge.node);
        if (!page.data.entity.b.pageInfo.hasNextPage) break;
        after = page.data.entity.b.pageInfo.endCursor;
      }
      for (const shared of ahead.data.shared)
        for (const relation of shared.relations.filter(
          (r: any) => r.from.id === id || r.to.id === id,
        ))
          expect(relation).toEqual(byId.get(relation.id));
    }
  }
});

test('entities beside a shared of other ids, and a shared with refused arguments, answer as alone', async () => {
  const other = await server.run(
    `{ entities(ids: ["framework-ipef"]) { id nameJa }
       shared(ids: ["country-jp", "country-in"], first: 3) { entity { id } } }`,
  );
  expect(other.errors).toBeUndefined();
  expect(other.data.entities).toEqual([{ id: 'framework-ipef', nameJa: expect.any(String) }]);
  expect(other.data.shared).toHaveLength(3);
  const refused = await server.run(
    `{ entities(ids: ["country-jp", "country-in"]) { id }
       shared(ids: ["country-jp", "country-in"], first: 0) { entity { id } } }`,
  );
  // The refusal is shared's own (first must be 1 to 100), not a failure of the look-ahead.
  expect(refused.errors).toHaveLength(1);
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(refused.errors?.[0]?.message).toMatch(/first/);
});
