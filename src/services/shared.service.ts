import type { GraphStore, JsonValue } from '../store/graph-store';
import { SHARED_NEIGHBOURS } from '../store/cypher/relations';
import { toRelationRecord, type RelationRecord } from './records';
import type { WalkFilter } from './graph-walk';

export interface Shared {
  id: string;
  relations: RelationRecord[];
}

/** Entities directly linked to every one of `ids`, with the linking relations. One store call. */
export async function sharedNeighbours(
  store: GraphStore,
  ids: string[],
  kinds: string[] | null,
  filter: WalkFilter,
  limit: number,
): Promise<Shared[]> {
  const rows = await store.read(SHARED_NEIGHBOURS, { ids, kinds, ...filter, limit });
  return rows.map((row) => ({
    id: String(row.id),
    relations: (row.relations as JsonValue[]).map(toRelationRecord),
  }));
}
