import { DomainError } from '../../src/domain/errors';
import { formatError } from '../../src/graphql/errors';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { seededServer, type SeededServer } from '../helpers/seeded-server';

/** Each limit and error code, as a client sees it in `extensions.code`. */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer({
    MAX_QUERY_DEPTH: '8',
    MAX_QUERY_ALIASES: '5',
    MAX_QUERY_TOKENS: '400',
  });
});
afterAll(async () => {
  await server.close();
});

const codeOf = async (query: string, variables?: Record<string, unknown>) => {
  const result = await server.run(query, variables);
  expect(result.errors).toBeDefined();
  return result.errors![0].extensions?.code;
};

test('query depth over the limit: QUERY_TOO_COMPLEX', async () => {
  const deep =
    '{ entity(id: "country-jp") { relations { edges { node { from { relations { edges { node { to { id } } } } } } } } } }';
  expect(await codeOf(deep)).toBe('QUERY_TOO_COMPLEX');
});

test('too many aliases: QUERY_TOO_COMPLEX', async () => {
  const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: health { status }`).join(' ');
  expect(await codeOf(`{ ${aliases} }`)).toBe('QUERY_TOO_COMPLEX');
});

test('too many tokens: QUERY_TOO_COMPLEX', async () => {
  const fields = Array.from({ length: 500 }, () => 'status').join(' ');
  expect(await codeOf(`{ health { ${fields} } }`)).toBe('QUERY_TOO_COMPLEX');
});

test('estimated cost over the limit: QUERY_TOO_COMPLEX, with a message saying what to do', async () => {
  const result = await server.run(
    '{ search(text: "日米", first: 100) { entity { relations(first: 100) { edges { node { id type note capacity title validFrom validTo props from { id kind nameJa } to { id kind nameJa } sources { quote lineStart lineEnd } } } } } } }',
  );
  expect(result.errors![0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(result.errors![0].message).toMatch(/fewer/);
});

test('first above 100: BAD_USER_INPUT', async () => {
  expect(await codeOf('{ search(text: "IPEF", first: 101) { score } }')).toBe('BAD_USER_INPUT');
  expect(
    await codeOf('{ entity(id: "country-jp") { relations(first: 1000) { edges { cursor } } } }'),
  ).toBe('BAD_USER_INPUT');
});

test('maxHops above 6: BAD_USER_INPUT', async () => {
  expect(
    await codeOf('{ paths(from: "country-jp", to: "country-in", maxHops: 7) { length } }'),
  ).toBe('BAD_USER_INPUT');
});

test('neighbourhood size and depth over the limits: BAD_USER_INPUT', async () => {
  expect(await codeOf('{ neighborhood(id: "country-jp", limit: 5000) { truncated } }')).toBe(
    'BAD_USER_INPUT',
  );
  expect(await codeOf('{ neighborhood(id: "country-jp", depth: 4) { truncated } }')).toBe(
    'BAD_USER_INPUT',
  );
});

test('a neighbourhood bigger than its limit is cut and says so', async () => {
  const result = await server.run(
    '{ neighborhood(id: "country-jp", limit: 10) { nodes { id } edges { source target } truncated } }',
  );
  expect(result.errors).toBeUndefined();
  expect(result.data.neighborhood.nodes).toHaveLength(10);
  expect(result.data.neighborhood.truncated).toBe(true);
  const ids = new Set(result.data.neighborhood.nodes.map((n: any) => n.id));
  for (const edge of result.data.neighborhood.edges) {
    expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  }
});

test('unknown id: entity is null, paths is NOT_FOUND', async () => {
  const result = await server.run('{ entity(id: "framework-nothing") { id } }');
  expect(result.errors).toBeUndefined();
  expect(result.data.entity).toBeNull();
  expect(await codeOf('{ paths(from: "framework-nothing", to: "country-jp") { length } }')).toBe(
    'NOT_FOUND',
  );
});

test('malformed ids, dates, enum values and relation types: BAD_USER_INPUT or validation codes, never INTERNAL', async () => {
  expect(await codeOf('{ entity(id: "MATCH (n) DETACH DELETE n") { id } }')).toBe('BAD_USER_INPUT');
  expect(await codeOf('query($d: Date) { timeline(from: $d) { id } }', { d: '2021-02-30' })).toBe(
    'BAD_USER_INPUT',
  );
  expect(
    await codeOf('query($k: [EntityKind!]) { search(text: "x", kinds: $k) { score } }', {
      k: ['NOPE'],
    }),
  ).toBe('BAD_USER_INPUT');
  expect(
    await codeOf(
      'query($t: [RelationType!]) { neighborhood(id: "country-jp", relationTypes: $t) { truncated } }',
      { t: ['ATTENDED`]->() DETACH DELETE n //'] },
    ),
  ).toBe('BAD_USER_INPUT');
  // In the query text, a bad date is the same BAD_USER_INPUT as in a variable (issue 13 item 5).
  expect(await codeOf('{ timeline(from: "2021-13-01") { id } }')).toBe('BAD_USER_INPUT');
});

test('a store query over STORE_TIMEOUT_MS is TIMEOUT on the real engine, and the client sees code TIMEOUT without Cypher', async () => {
  const store = EmbeddedStore.open({ timeoutMs: 5 });
  try {
    // A real query that takes far longer than 5 ms on the embedded engine.
    const slow = store.read({
      name: 'test.slow',
      text: 'UNWIND range(1, 20000000) AS x RETURN sum(x) AS s',
    });
    await expect(slow).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: 'query test.slow took longer than 5 ms',
    });
  } finally {
    await store.close();
  }
  const formatted = formatError(
    { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    new DomainError('TIMEOUT', 'query search.byKeys took longer than 5 ms'),
    false,
  );
  expect(formatted).toEqual({
    message: 'query search.byKeys took longer than 5 ms',
    extensions: { code: 'TIMEOUT' },
  });
});

test('unexpected errors are masked outside development: no stack, path or Cypher', async () => {
  const result = await server.run(
    '{ entity(id: "country-jp") { relations(after: "bm90LWEtY3Vyc29y") { edges { cursor } } } }',
  );
  expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(result.errors)).not.toMatch(/stack|at |\/work\//);
});
