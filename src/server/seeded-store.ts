import { join } from 'node:path';
import type { Config } from '../config/config';
import type { SourceDocument } from '../ingest/documents';
import { loadedFingerprint, loadSeedGraph } from '../ingest/loader';
import { seedGraphFromCache } from '../ingest/seed-cache';
import {
  keepDatabase,
  seedDatabaseFingerprint,
  takeCachedDatabase,
} from '../ingest/seed-database-cache';
import { DEFAULT_SEEDS_DIR } from '../ingest/seeds-dir';
import { createStore } from '../store/create-store';
import type { GraphStore } from '../store/graph-store';
import type { Logger } from 'pino';

export interface SeededStore {
  store: GraphStore;
  /** The source documents: titles and lines for the document registry. */
  documents: SourceDocument[];
}

/**
 * Opens the configured store with the seed graph in it (when KIZUNA_SEED_ON_START) and reads the
 * documents. The in-memory embedded store starts from the database cache when it matches the
 * seeds (src/ingest/seed-database-cache.ts); every other store is loaded by the loader, which
 * changes nothing when the graph in it is current. On failure nothing is left open.
 */
export async function openSeededStore(
  config: Config,
  logger: Logger,
  seedsDir: string = DEFAULT_SEEDS_DIR,
): Promise<SeededStore> {
  if (config.seedOnStart && !config.neo4j && config.dataDir === null && config.seedCacheDir) {
    const cached = await openFromDatabaseCache(config, config.seedCacheDir, seedsDir, logger);
    if (cached) return cached;
  }
  const store = await createStore(config, (message) => logger.warn(message));
  try {
    if (!config.seedOnStart) {
      // Loaded elsewhere (npm run seed, the compose file's seed service): still make sure the
      // schema exists and its indexes are online before /readyz can say ready.
      await store.bootstrapSchema();
      // Imported here only: the manifest's YAML parser is not needed when the seeds are loaded.
      const { readDocuments } = await import('../ingest/documents');
      return { store, documents: readDocuments(join(seedsDir, 'documents')).documents };
    }
    const { documents } = await loadSeeds(store, config, config.seedCacheDir, seedsDir, logger);
    return { store, documents };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The in-memory embedded store from the database cache: a private copy of the cached file when
 * it matches, otherwise a load into memory whose result becomes the cache. Null when the cached
 * copy cannot be used after all (the caller then loads as every other store does).
 */
async function openFromDatabaseCache(
  config: Config,
  cacheDir: string,
  seedsDir: string,
  logger: Logger,
): Promise<SeededStore | null> {
  const { EmbeddedStore, embeddedEngineVersion } = await import('../store/embedded/embedded.store');
  const fingerprint = seedDatabaseFingerprint(seedsDir, embeddedEngineVersion());
  const options = { timeoutMs: config.storeTimeoutMs };
  const cached = takeCachedDatabase(cacheDir, seedsDir, fingerprint);
  if (cached) {
    let store: GraphStore | null = null;
    try {
      store = EmbeddedStore.openOwnedFile(cached.path, options);
      // The checksum matched; this proves the engine reads it as the load that wrote it.
      // No bootstrapSchema: the file was saved after it ran, by the same store code (the
      // fingerprint covers src/store), and indexes persist with it; re-running it cost as much
      // as opening the file.
      if ((await loadedFingerprint(store)) === cached.loadFingerprint) {
        logger.info({ seedCache: 'database' }, 'seed graph opened from the database cache');
        return { store, documents: cached.documents };
      }
      logger.warn('the seed database cache does not hold the load it names; loading the seeds');
    } catch (error) {
      logger.warn({ err: error }, 'the seed database cache cannot be opened; loading the seeds');
    }
    await store?.close().catch(() => undefined);
  }
  const store = EmbeddedStore.open(options);
  try {
    const { documents, loadFingerprint } = await loadSeeds(
      store,
      config,
      cacheDir,
      seedsDir,
      logger,
    );
    await keepDatabase(cacheDir, seedsDir, fingerprint, loadFingerprint, documents, (path) =>
      store.saveTo(path),
    );
    return { store, documents };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Loads the seed graph into `store` (built and validated once per change of the seed files, then
 * read from the graph cache) and logs what the load did.
 */
async function loadSeeds(
  store: GraphStore,
  config: Config,
  cacheDir: string | null,
  seedsDir: string,
  logger: Logger,
): Promise<{ documents: SourceDocument[]; loadFingerprint: string }> {
  const { graph, hit } = await seedGraphFromCache(seedsDir, cacheDir);
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
  return { documents: graph.documents, loadFingerprint: result.fingerprint };
}
