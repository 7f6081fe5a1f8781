import type { SeedGraph } from '../../src/ingest/seed-graph';
import { entityRow, relationRow } from '../../src/ingest/loader';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary';
import type { GraphStore } from '../../src/store/graph-store';
import { WRITE_SEED_META, upsertEntities, upsertRelations } from '../../src/store/cypher/load';

const BATCH_SIZE = 5000;
/** Rows per transaction: small enough that the engine's undo log stays bounded. */
const ROWS_PER_TRANSACTION = 100000;

/**
 * Loads a synthetic graph into an EMPTY store through the same Cypher statements as the seed
 * loader, but without its all-or-nothing guarantees: no fingerprint, no stale-row deletion
 * (its `NOT id IN $ids` over a million ids is the slow part), and one transaction per 100
 * thousand rows. For benchmarks only; the service's own loads go through loadSeedGraph.
 */
export async function bulkLoadSyntheticGraph(store: GraphStore, graph: SeedGraph): Promise<void> {
  await store.bootstrapSchema();
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const entityRows = graph.entities.map((e) => entityRow(e));
  for (const kind of ENTITY_KINDS) {
    await writeInChunks(
      store,
      upsertEntities(kind),
      entityRows.filter((r) => r.kind === kind),
    );
  }
  const relationRows = graph.relations.map((r) => relationRow(r, byId));
  for (const type of RELATION_TYPE_NAMES) {
    await writeInChunks(
      store,
      upsertRelations(type),
      relationRows.filter((r) => r.type === type),
    );
  }
  await store.write(WRITE_SEED_META, {
    fingerprint: `synthetic-${graph.relations.length}`,
    loadedAt: new Date().toISOString(),
    entities: entityRows.length,
    relations: relationRows.length,
  });
}

async function writeInChunks(
  store: GraphStore,
  query: Parameters<GraphStore['read']>[0],
  rows: unknown[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_TRANSACTION) {
    const chunk = rows.slice(start, start + ROWS_PER_TRANSACTION);
    await store.transaction(async (tx) => {
      for (let i = 0; i < chunk.length; i += BATCH_SIZE) {
        await tx.run(query, { rows: chunk.slice(i, i + BATCH_SIZE) });
      }
    });
  }
}
