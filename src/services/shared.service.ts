import type { GraphStore, JsonValue } from '../store/graph-store';
import { SHARED_VIEW } from '../store/cypher/explorer';
import {
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from './records';
import type { WalkFilter } from './graph-walk';

export interface Shared {
  entity: EntityRecord;
  relations: RelationRecord[];
}

/** What several entities share, with the entities themselves. */
export interface SharedView {
  /** The entities of `ids` that exist (in no particular order). */
  inputs: EntityRecord[];
  /** Entities linked to every one of `ids`, in kind then id order. */
  shared: Shared[];
}

/**
 * Entities directly linked to every one of `ids`, with the linking relations and the entities
 * of `ids` themselves (every endpoint of those relations is one or the other). One store call.
 */
export async function sharedView(
  store: GraphStore,
  ids: string[],
  kinds: string[] | null,
  filter: WalkFilter,
  limit: number,
): Promise<SharedView> {
  const [row] = await store.read(SHARED_VIEW, { ids, kinds, ...filter, limit });
  if (!row) return { inputs: [], shared: [] };
  return {
    inputs: (row.inputs as JsonValue[]).map(toEntityRecord),
    shared: (row.shared as Array<{ entity: JsonValue; relations: JsonValue[] }>).map((s) => ({
      entity: toEntityRecord(s.entity),
      relations: s.relations.map(toRelationRecord),
    })),
  };
}
