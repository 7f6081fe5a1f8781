/**
 * npm run seed [-- --force]
 * Validates the seed graph and loads it into the configured store (NEO4J_URI, or the embedded
 * store in KIZUNA_DATA_DIR), atomically and idempotently. Prints counts by kind and type.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config/config';
import { DomainError } from '../src/domain/errors';
import { loadSeedGraph } from '../src/ingest/loader';
import { buildSeedGraph } from '../src/ingest/seed-graph';
import { createStore } from '../src/store/create-store';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j && !config.dataDir) {
    console.log(
      'No NEO4J_URI or KIZUNA_DATA_DIR set: loading into a throw-away in-memory store (a dry run).',
    );
  }
  const graph = buildSeedGraph();
  const store = await createStore(config, console.log);
  try {
    const result = await loadSeedGraph(store, graph, {
      force: process.argv.includes('--force'),
      batchSize: config.seedBatchSize,
    });
    console.log(
      result.changed
        ? `Loaded the seed graph (${result.fingerprint.slice(0, 12)}).`
        : `The store already holds this seed graph (${result.fingerprint.slice(0, 12)}): nothing changed.`,
    );
    console.log(`${result.entities} entities, ${result.relations} relations`);
    console.log('\nEntities by kind:');
    for (const [kind, count] of Object.entries(result.byKind))
      console.log(`  ${kind.padEnd(16)} ${count}`);
    console.log('\nRelations by type:');
    for (const [type, count] of Object.entries(result.byRelationType))
      console.log(`  ${type.padEnd(16)} ${count}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof DomainError ? `${error.code}: ${error.message}` : String(error);
  console.error(`seed load failed: ${message}`);
  process.exit(1);
});
