import { ConfigError, loadConfig } from '../../src/config/config';

test('defaults give the embedded store in memory on 127.0.0.1:4000', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({
    port: 4000,
    host: '127.0.0.1',
    neo4j: null,
    dataDir: null,
    seedOnStart: true,
  });
  expect(Object.isFrozen(config)).toBe(true);
});

test('NEO4J_URI selects Neo4j with the database always named', () => {
  const config = loadConfig({ NEO4J_URI: 'neo4j://db.example.org:7687', NEO4J_PASSWORD: 's' });
  expect(config.neo4j).toEqual({
    uri: 'neo4j://db.example.org:7687',
    username: 'neo4j',
    password: 's',
    database: 'neo4j',
  });
});

test.each([
  ['PORT', 'eighty', /PORT: "eighty" is not a whole number from 0 to 65535/],
  ['PORT', '70000', /PORT/],
  ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI: .*neo4j:\/\/host:7687/],
  ['LOG_LEVEL', 'loud', /LOG_LEVEL: "loud" is not one of fatal, error/],
  ['KIZUNA_SEED_ON_START', 'maybe', /KIZUNA_SEED_ON_START: "maybe" is not a boolean/],
  ['STORE_TIMEOUT_MS', '-5', /STORE_TIMEOUT_MS/],
  ['CORS_ORIGINS', 'example.org', /CORS_ORIGINS: "example.org" is not an origin/],
])('%s=%s stops start-up with a message naming the variable', (name, value, message) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(message);
});

test('production turns introspection off unless asked for', () => {
  expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
  expect(loadConfig({ NODE_ENV: 'production', KIZUNA_INTROSPECTION: 'true' }).introspection).toBe(
    true,
  );
});

test('GraphiQL follows introspection: on in development, in production only when asked for', () => {
  expect(loadConfig({}).graphiql).toBe(true);
  expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
  expect(loadConfig({ NODE_ENV: 'production', KIZUNA_INTROSPECTION: 'true' }).graphiql).toBe(true);
  expect(
    loadConfig({ NODE_ENV: 'production', KIZUNA_INTROSPECTION: 'true', KIZUNA_GRAPHIQL: 'false' })
      .graphiql,
  ).toBe(false);
  expect(loadConfig({ KIZUNA_INTROSPECTION: 'false' }).graphiql).toBe(false);
  // The IDE without the schema would only show errors: refused with what to set.
  expect(() => loadConfig({ KIZUNA_INTROSPECTION: 'false', KIZUNA_GRAPHIQL: 'true' })).toThrow(
    /KIZUNA_GRAPHIQL: .*KIZUNA_INTROSPECTION=true/,
  );
});

test('the seed load has its own time limit and batch size, separate from the per-query limit', () => {
  const defaults = loadConfig({});
  expect(defaults.seedLoadTimeoutMs).toBe(600000);
  expect(defaults.seedBatchSize).toBe(500);
  const set = loadConfig({
    SEED_LOAD_TIMEOUT_MS: '900000',
    SEED_BATCH_SIZE: '2000',
    STORE_TIMEOUT_MS: '3000',
  });
  expect(set).toMatchObject({
    seedLoadTimeoutMs: 900000,
    seedBatchSize: 2000,
    storeTimeoutMs: 3000,
  });
  expect(() => loadConfig({ SEED_BATCH_SIZE: '0' })).toThrow(
    new ConfigError('SEED_BATCH_SIZE', '"0" is not a whole number from 1 to 100000'),
  );
  expect(() => loadConfig({ SEED_LOAD_TIMEOUT_MS: 'ten minutes' })).toThrow(
    new ConfigError(
      'SEED_LOAD_TIMEOUT_MS',
      '"ten minutes" is not a whole number from 1000 to 86400000',
    ),
  );
});
