import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createLogger } from './logger';
import { openSeededStore } from './seeded-store';

/**
 * Run by `npm run build`, from the compiled output: builds, validates and loads the seed graph
 * once, as the compiled service will, so that its caches (the validated graph, and the loaded
 * embedded database) hold what the next `npm start` asks for, and the service's own start reads
 * them instead of validating and loading again. Only for the in-memory embedded store: a build
 * must never write to a Neo4j database or a data directory it happens to find in the environment.
 */
async function primeCaches(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  if (config.neo4j || config.dataDir !== null || !config.seedOnStart || !config.seedCacheDir) {
    logger.info('no seed cache to prepare (Neo4j, a data directory, or seeding or caches off)');
    return;
  }
  const started = performance.now();
  const { store } = await openSeededStore(config, logger);
  await store.close();
  logger.info({ ms: Math.round(performance.now() - started) }, 'seed caches ready for npm start');
}

primeCaches().catch((error: unknown) => {
  console.error('kizuna: the seed graph could not be prepared:', error);
  process.exit(1);
});
