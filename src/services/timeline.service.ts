import { DomainError } from '../domain/errors';
import { earliestDay, latestDay, windowBounds, type DateMatch } from '../domain/partial-date';
import type { EntityKind } from '../domain/vocabulary';
import type { GraphStore } from '../store/graph-store';
import { TIMELINE, TIMELINE_OF_ENTITY } from '../store/cypher/timeline';

export interface TimelineQuery {
  entityId: string | null;
  kinds: EntityKind[];
  subtypes: string[] | null;
  /** Partial dates: '2021' is the whole year, '2021-06' the whole month. */
  from: string | null;
  to: string | null;
  /** overlap (default): any day of the item in the window; within: every day of it. */
  match?: DateMatch;
  limit: number;
}

/** Ids of dated entities (meetings by default) in date order, filtered. One store call. */
export async function timelineIds(store: GraphStore, query: TimelineQuery): Promise<string[]> {
  const { entityId, from, to, match = 'overlap', kinds, subtypes, limit } = query;
  if (from !== null && to !== null && earliestDay(from) > latestDay(to)) {
    throw new DomainError('BAD_USER_INPUT', `from (${from}) is after to (${to})`);
  }
  const params = { kinds, subtypes, limit, ...windowBounds(from, to, match) };
  const rows = entityId
    ? await store.read(TIMELINE_OF_ENTITY, { entityId, ...params })
    : await store.read(TIMELINE, params);
  return rows.map((row) => String(row.id));
}
