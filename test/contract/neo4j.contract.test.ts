import { loadConfig } from '../../src/config/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { defineGraphStoreContract } from './graph-store.contract';

/**
 * The same contract against a real Neo4j, when NEO4J_URI points at one (npm run test:neo4j).
 * The suite wipes the database between tests: never point it at a database you care about.
 */
const config = loadConfig({ ...process.env, NODE_ENV: 'test' });

if (!config.neo4j) {
  test.skip('Neo4j contract skipped: set NEO4J_URI (and NEO4J_PASSWORD) to run it against a real server', () =>
    undefined);
} else {
  const neo4jConfig = config.neo4j;
  defineGraphStoreContract(`neo4j (${neo4jConfig.uri})`, async (onStatement) => {
    const store = await Neo4jStore.connect(neo4jConfig, { timeoutMs: 10000, onStatement });
    await store.write({ name: 'test.wipe', text: 'MATCH (n) DETACH DELETE n' });
    return store;
  });
}
