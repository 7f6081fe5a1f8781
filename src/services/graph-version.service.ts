import { versionLabel, type GraphVersion } from '../ingest/graph-version';
import { GRAPH_VERSION } from '../store/cypher/stats';
import type { GraphStore } from '../store/graph-store';

/**
 * The version of the graph the store holds, as its load recorded it: the same answer for
 * `stats`, every export and every replica. Null when the graph was loaded without one (a
 * synthetic benchmark graph, a store loaded by an older release).
 */
export async function readGraphVersion(store: GraphStore): Promise<GraphVersion | null> {
  const [row] = await store.read(GRAPH_VERSION);
  if (typeof row?.fingerprint !== 'string' || typeof row.lastChanged !== 'string') return null;
  return {
    fingerprint: row.fingerprint,
    lastChanged: row.lastChanged,
    version: versionLabel(row.fingerprint, row.lastChanged),
  };
}
