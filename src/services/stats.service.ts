import type { GraphStore } from '../store/graph-store';
import { COUNT_BY_KIND, COUNT_BY_RELATION_TYPE } from '../store/cypher/stats';

export interface GraphCounts {
  entities: number;
  relations: number;
  byKind: Array<{ kind: string; count: number }>;
  byRelationType: Array<{ type: string; count: number }>;
}

/** Entities by kind and relations by type, with the totals. Two store calls, run together. */
export async function graphCounts(store: GraphStore): Promise<GraphCounts> {
  const [kinds, types] = await Promise.all([
    store.read(COUNT_BY_KIND),
    store.read(COUNT_BY_RELATION_TYPE),
  ]);
  const byKind = kinds.map((row) => ({ kind: String(row.key), count: Number(row.count) }));
  const byRelationType = types.map((row) => ({ type: String(row.key), count: Number(row.count) }));
  return {
    entities: byKind.reduce((sum, k) => sum + k.count, 0),
    relations: byRelationType.reduce((sum, t) => sum + t.count, 0),
    byKind,
    byRelationType,
  };
}
