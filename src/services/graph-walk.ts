import type { GraphStore } from '../store/graph-store';
import { EXPAND } from '../store/cypher/relations';
import { toRelationRecord, type RelationRecord } from './records';

export interface WalkFilter {
  types: string[] | null;
  /** ISO day: keep only relations valid then. */
  asOf: string | null;
}

export interface Adjacent {
  relation: RelationRecord;
  otherId: string;
}

/**
 * One hop out of many entities in one store call. Returns, per entity, its first `perEntity`
 * relations in relation-id order; `limit` caps all rows. Both bounds keep a hub from flooding a
 * request; `truncated` says whether either cut anything.
 */
export async function expand(
  store: GraphStore,
  ids: string[],
  filter: WalkFilter,
  limit: number,
  perEntity: number,
): Promise<{ adjacency: Map<string, Adjacent[]>; truncated: boolean }> {
  const adjacency = new Map<string, Adjacent[]>();
  if (ids.length === 0) return { adjacency, truncated: false };
  const rows = await store.read(EXPAND, {
    ids,
    types: filter.types,
    asOf: filter.asOf,
    perEntity: perEntity + 1,
    limit: limit + 1,
  });
  let truncated = rows.length > limit;
  const perId = new Map<string, number>();
  for (const row of rows.slice(0, limit)) {
    const seen = (perId.get(String(row.entityId)) ?? 0) + 1;
    perId.set(String(row.entityId), seen);
    if (seen > perEntity) {
      truncated = true;
      continue;
    }
    const list = adjacency.get(String(row.entityId)) ?? [];
    list.push({ relation: toRelationRecord(row.relation), otherId: String(row.otherId) });
    adjacency.set(String(row.entityId), list);
  }
  return { adjacency, truncated };
}
