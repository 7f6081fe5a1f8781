import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/config';
import { DomainError } from '../../src/domain/errors';
import { loadSeedGraph } from '../../src/ingest/loader';
import { buildSeedGraph, type SeedGraph } from '../../src/ingest/seed-graph';
import { createServer } from '../../src/server/create-server';
import { createLogger } from '../../src/server/logger';
import { DocumentRegistry } from '../../src/services/document-registry';
import { upsertEntities } from '../../src/store/cypher/load';
import { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { FakeBoltServer } from './fake-bolt-server';

/**
 * The write path through the real neo4j-driver against a Bolt peer (fake-bolt-server.ts): the
 * driver's own retry of a transient failure, the real seed graph loaded over BEGIN/RUN/COMMIT,
 * and a connection dropped in the middle of that load.
 */
jest.setTimeout(240000);

let fake: FakeBoltServer;
let graph: SeedGraph;

beforeAll(() => {
  graph = buildSeedGraph();
});
beforeEach(async () => {
  fake = await FakeBoltServer.start({});
});
afterEach(async () => {
  await fake.close();
});

const connect = (timeoutMs = 3000) =>
  Neo4jStore.connect(
    { uri: fake.uri, username: 'neo4j', password: 'secret', database: 'neo4j' },
    { timeoutMs, loadTimeoutMs: 60000 },
  );

const countryRow = {
  rows: [{ id: 'country-zz', kind: 'country', props: { id: 'country-zz', kind: 'country' } }],
};

test('a transient error on the first attempt of a write transaction is retried by the driver, and the second commits', async () => {
  const store = await connect();
  try {
    fake.failNext('transaction', 'Neo.TransientError.Transaction.DeadlockDetected');
    let attempts = 0;
    await store.transaction(async (tx) => {
      attempts++;
      await tx.run(upsertEntities('country'), countryRow);
    });
    expect(attempts).toBe(2);
    expect(fake.queries.filter((q) => q === 'transaction')).toHaveLength(2);
    expect(fake.commits).toEqual([
      { name: 'transaction', statements: [upsertEntities('country').text] },
    ]);
  } finally {
    await store.close();
  }
});

test('a client error is not retried: one attempt, a BAD_QUERY naming the statement', async () => {
  const store = await connect();
  try {
    fake.failNext('transaction', 'Neo.ClientError.Statement.SyntaxError');
    let attempts = 0;
    const failure = store.transaction(async (tx) => {
      attempts++;
      await tx.run(upsertEntities('country'), countryRow);
    });
    await expect(failure).rejects.toMatchObject({
      code: 'BAD_QUERY',
      message: expect.stringContaining('load.upsertEntities.country'),
    });
    expect(attempts).toBe(1);
    expect(fake.commits).toEqual([]);
  } finally {
    await store.close();
  }
});

test('the seed graph loads over BEGIN/RUN/COMMIT in one transaction; loading again changes nothing', async () => {
  const store = await connect();
  try {
    const first = await loadSeedGraph(store, graph, { batchSize: 200 });
    expect(first.changed).toBe(true);
    const loads = fake.commits.filter((c) => c.name === 'transaction');
    expect(loads).toHaveLength(1);
    // Batches of 200: more statements than kinds and types, the meta writes last (the load's
    // fingerprint and counts, then the citable graph version).
    expect(loads[0].statements.length).toBeGreaterThan(Math.ceil(graph.relations.length / 200));
    expect(loads[0].statements.at(-2)).toMatch(/^MERGE \(m:KizunaMeta/);
    expect(loads[0].statements.at(-1)).toMatch(/^MATCH \(m:KizunaMeta .*SET m\.versionFingerprint/);
    expect(fake.seedMeta).toMatchObject({ fingerprint: first.fingerprint });
    // The schema bootstrap waited for the indexes before anything else.
    expect(fake.queries.indexOf('schema.awaitIndexes')).toBeGreaterThan(-1);
    expect(fake.queries.indexOf('schema.awaitIndexes')).toBeLessThan(
      fake.queries.indexOf('transaction'),
    );
    const second = await loadSeedGraph(store, graph);
    expect(second.changed).toBe(false);
    expect(fake.commits.filter((c) => c.name === 'transaction')).toHaveLength(1);
  } finally {
    await store.close();
  }
});

test('a connection dropped mid-load: a clear error, /readyz stays 503, a rerun completes', async () => {
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: fake.uri });
  const store = await connect(2000);
  const { httpServer } = await createServer({
    config,
    store,
    documents: new DocumentRegistry(graph.documents),
    logger: createLogger(config),
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const readyz = async () => {
    const { port } = httpServer.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/readyz`);
    return { status: response.status, body: (await response.json()) as { reason?: string } };
  };
  try {
    fake.dropOnRun(5);
    const failed = await loadSeedGraph(store, graph).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(DomainError);
    expect(failed).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((failed as Error).message).toMatch(/Neo4j is unavailable/);
    expect(fake.commits.filter((c) => c.name === 'transaction')).toEqual([]);
    // While the server is gone, and once it is back without the graph: not ready.
    expect((await readyz()).status).toBe(503);
    await fake.restore();
    const back = await readyz();
    expect(back).toEqual({
      status: 503,
      body: { status: 'unavailable', reason: 'graph not loaded: run npm run seed' },
    });
    const rerun = await loadSeedGraph(store, graph);
    expect(rerun.changed).toBe(true);
    expect(fake.commits.filter((c) => c.name === 'transaction')).toHaveLength(1);
    expect((await readyz()).status).toBe(200);
  } finally {
    await new Promise((resolve) => httpServer.close(resolve));
    await store.close();
  }
});
