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
 * One hop out of many entities in one store call. Returns, per entity, its relations in
 * relation-id order; `limit` caps the rows so that a hub cannot flood a request.
 */
export async function expand(
  store: GraphStore,
  ids: string[],
  filter: WalkFilter,
  limit: number,
): Promise<{ adjacency: Map<string, Adjacent[]>; truncated: boolean }> {
  const adjacency = new Map<string, Adjacent[]>();
  if (ids.length === 0) return { adjacency, truncated: false };
  const rows = await store.read(EXPAND, {
    ids,
    types: filter.types,
    asOf: filter.asOf,
    limit: limit + 1,
  });
  const truncated = rows.length > limit;
  for (const row of rows.slice(0, limit)) {
    const list = adjacency.get(String(row.entityId)) ?? [];
    list.push({ relation: toRelationRecord(row.relation), otherId: String(row.otherId) });
    adjacency.set(String(row.entityId), list);
  }
  return { adjacency, truncated };
}
