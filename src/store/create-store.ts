import type { Config } from '../config/config';
import { DomainError } from '../domain/errors';
import type { GraphStore } from './graph-store';

/**
 * Opens the configured store: Neo4j when NEO4J_URI is set, the embedded engine otherwise.
 * With STORE_STARTUP_WAIT_MS, an unreachable Neo4j is retried with backoff until that long.
 * Each adapter is imported only when chosen: a Neo4j deployment never loads the embedded
 * engine's native module (test/reliability/no-embedded-engine.test.ts), nor the reverse.
 */
export async function createStore(
  config: Config,
  log: (message: string) => void = () => undefined,
): Promise<GraphStore> {
  if (!config.neo4j) {
    const { EmbeddedStore } = await import('./embedded/embedded.store');
    return EmbeddedStore.open({ dataDir: config.dataDir, timeoutMs: config.storeTimeoutMs });
  }
  const { Neo4jStore } = await import('./neo4j/neo4j.store');
  const neo4jConfig = config.neo4j;
  const deadline = Date.now() + config.storeStartupWaitMs;
  for (let attempt = 1, delay = 250; ; attempt++, delay = Math.min(delay * 2, 5000)) {
    try {
      return await Neo4jStore.connect(neo4jConfig, {
        timeoutMs: config.storeTimeoutMs,
        loadTimeoutMs: config.seedLoadTimeoutMs,
      });
    } catch (error) {
      const retryable = error instanceof DomainError && error.code === 'STORE_UNAVAILABLE';
      if (!retryable || Date.now() + delay > deadline) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new DomainError(
          'STORE_UNAVAILABLE',
          `cannot reach Neo4j at ${neo4jConfig.uri} (database ${neo4jConfig.database}): ${reason}. Check NEO4J_URI, or unset it to use the embedded store`,
          { cause: error },
        );
      }
      log(`Neo4j not reachable yet (attempt ${attempt}); retrying in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
