// First: the compile cache must be on before the other modules load.
import { releaseStartUpMemory } from './start-up';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { DomainError } from '../domain/errors';
import { readDocuments } from '../ingest/documents';
import { loadSeedGraph } from '../ingest/loader';
import { seedGraphFromCache } from '../ingest/seed-cache';
import { DEFAULT_SEEDS_DIR } from '../ingest/seed-graph';
import { DocumentRegistry } from '../services/document-registry';
import { createStore } from '../store/create-store';
import type { GraphStore } from '../store/graph-store';
import { createServer } from './create-server';
import { warmUp } from './warm-up';
import { createContext } from '../graphql/context';
import { createLogger } from './logger';
import { join } from 'node:path';

/** Starts the service: config, store, seed graph, HTTP. Drains and closes on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config);
  let store: GraphStore | null = null;
  try {
    store = await createStore(config, (message) => logger.warn(message));
    // The seed graph is read once: it loads the store (when it holds none or an older one) and
    // its documents serve titles and lines. Without seeding, only the documents are read.
    let documents;
    if (config.seedOnStart) {
      // Built and validated once per change of the seed files, then read from the cache.
      const { graph, hit } = seedGraphFromCache(DEFAULT_SEEDS_DIR, config.seedCacheDir);
      const result = await loadSeedGraph(store, graph, { batchSize: config.seedBatchSize });
      logger.info(
        {
          entities: result.entities,
          relations: result.relations,
          changed: result.changed,
          seedCache: hit ? 'hit' : 'built',
        },
        result.changed ? 'seed graph loaded' : 'seed graph already loaded',
      );
      documents = graph.documents;
    } else {
      // Loaded elsewhere (npm run seed, the compose file's seed service): still make sure the
      // schema exists and its indexes are online before /readyz can say ready.
      await store.bootstrapSchema();
      documents = readDocuments(join(DEFAULT_SEEDS_DIR, 'documents')).documents;
    }
    const registry = new DocumentRegistry(documents);
    const { httpServer, apollo } = await createServer({
      config,
      store,
      documents: registry,
      logger,
    });
    const warmStore = store;
    // Before the warm-up: the collection may drop compiled code, which the warm-up compiles.
    releaseStartUpMemory();
    await warmUp(apollo, () => createContext(warmStore, registry, config), logger);
    await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
    const address = httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(
      {
        url: `http://${config.host}:${port}/graphql`,
        engine: store.engine,
        startupMs: Date.now() - started,
      },
      'Kizuna is listening',
    );
    const openStore = store;
    const shutdown = (signal: string): void => {
      logger.info({ signal }, 'shutting down: draining requests');
      apollo
        .stop()
        .then(() => openStore.close())
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  } catch (error) {
    await store?.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  // One line that says what to fix; no stack trace for the errors we understand.
  if (error instanceof ConfigError)
    console.error(`kizuna: invalid configuration: ${error.message}`);
  else if (error instanceof DomainError) console.error(`kizuna: ${error.code}: ${error.message}`);
  else console.error('kizuna: failed to start:', error);
  process.exit(1);
});
