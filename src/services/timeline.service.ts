import type { EntityKind } from '../domain/vocabulary';
import type { GraphStore } from '../store/graph-store';
import { TIMELINE } from '../store/cypher/timeline';

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
  const rows = await store.read(TIMELINE, { ...query });
  return rows.map((row) => String(row.id));
}
