import type { EntityKind } from '../domain/vocabulary';
import type { GraphStore } from '../store/graph-store';
import { TIMELINE, TIMELINE_OF_ENTITY } from '../store/cypher/timeline';

export interface TimelineQuery {
  entityId: string | null;
  kinds: EntityKind[];
  subtypes: string[] | null;
  from: string | null;
  to: string | null;
  limit: number;
}

/** Ids of dated entities (meetings by default) in date order, filtered. One store call. */
export async function timelineIds(store: GraphStore, query: TimelineQuery): Promise<string[]> {
  const { entityId, ...filters } = query;
  const rows = entityId
    ? await store.read(TIMELINE_OF_ENTITY, { entityId, ...filters })
    : await store.read(TIMELINE, filters);
  return rows.map((row) => String(row.id));
}
