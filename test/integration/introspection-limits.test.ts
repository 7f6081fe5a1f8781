import { getIntrospectionQuery } from 'graphql';
import { seededServer, type SeededServer } from '../helpers/seeded-server';

/**
 * The IDE's introspection under the default limits: GraphiQL (and any codegen pointed at the
 * endpoint) sends graphql-js's standard introspection query, 15 levels deep through `ofType`.
 * The depth limit leaves it alone; graphql-js's own introspection rule still refuses the
 * nesting that is expensive.
 */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

test("GraphiQL's introspection query is answered under the default depth limit", async () => {
  expect(server.config.limits.maxDepth).toBeLessThan(15);
  for (const options of [{}, { inputValueDeprecation: true, oneOf: true, specifiedByUrl: true }]) {
    const result = await server.run(getIntrospectionQuery(options));
    expect(result.errors).toBeUndefined();
    const names = result.data.__schema.types.map((type: { name: string }) => type.name);
    expect(names).toEqual(expect.arrayContaining(['Query', 'Entity', 'Relation']));
  }
});

test('the depth limit still holds beside an introspection field', async () => {
  const deep =
    '{ __typename __schema { queryType { name } } entity(id: "country-jp") { relations { edges { node { from { relations { edges { node { from { relations { edges { node { id } } } } } } } } } } } } }';
  const result = await server.run(deep);
  expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(result.errors?.[0].message).toMatch(/depth/);
});

test('nested introspection lists are refused by graphql-js', async () => {
  const nested =
    '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
  const result = await server.run(nested);
  expect(result.errors?.[0].message).toMatch(/introspection/i);
});
