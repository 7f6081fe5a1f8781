import DataLoader from 'dataloader';
import type { Source } from '../../domain/entity';
import type { GraphStore } from '../../store/graph-store';
import {
  ENTITIES_BY_IDS,
  MENTIONS_BY_ENTITY_IDS,
  SOURCES_BY_ENTITY_IDS,
} from '../../store/cypher/entities';
import { RELATIONS_COUNT, RELATIONS_PAGE, type DirectionName } from '../../store/cypher/relations';
import {
  parseSources,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from '../../services/records';

/** Which relations of an entity: the arguments of `Entity.relations` plus the entity. */
export interface RelationsKey {
  entityId: string;
  direction: DirectionName;
  types: string[] | null;
  asOf: string | null;
  after: string | null;
  /** Rows to fetch (page size + 1, to learn whether there is a next page). */
  limit: number;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  sources: DataLoader<string, Source[]>;
  mentions: DataLoader<string, string[]>;
  relations: DataLoader<RelationsKey, RelationRecord[], string>;
  relationCount: DataLoader<Omit<RelationsKey, 'after' | 'limit'>, number, string>;
}

/**
 * Every DataLoader, created per request (never shared between requests, so nothing is cached
 * beyond one response). Each batch function returns its values in key order.
 */
export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader(async (ids) => {
      const rows = await store.read(ENTITIES_BY_IDS, { ids: [...ids] });
      const byId = new Map(rows.map((row) => [String((row.entity as { id: string }).id), row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row ? toEntityRecord(row.entity) : null;
      });
    }),
    sources: new DataLoader(async (ids) => {
      const rows = await store.read(SOURCES_BY_ENTITY_IDS, { ids: [...ids] });
      const byId = new Map(rows.map((row) => [String(row.id), parseSources(row.sourcesJson)]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
    mentions: new DataLoader(async (ids) => {
      const rows = await store.read(MENTIONS_BY_ENTITY_IDS, { ids: [...ids] });
      const byId = new Map(
        rows.map((row) => [String(row.id), (row.mentions as string[] | null) ?? []]),
      );
      return ids.map((id) => byId.get(id) ?? []);
    }),
    relations: new DataLoader(relationPages(store), { cacheKeyFn: (key) => JSON.stringify(key) }),
    relationCount: new DataLoader(relationCounts(store), {
      cacheKeyFn: (key) => JSON.stringify(key),
    }),
  };
}

/** Keys that differ only in entity id share one statement; others get one statement each. */
function groupBy<K extends { entityId: string }>(keys: readonly K[]): Map<string, K[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const { entityId: _entityId, ...rest } = key;
    const signature = JSON.stringify(rest);
    groups.set(signature, [...(groups.get(signature) ?? []), key]);
  }
  return groups;
}

function relationPages(store: GraphStore) {
  return async (keys: readonly RelationsKey[]): Promise<RelationRecord[][]> => {
    const results = new Map<RelationsKey, RelationRecord[]>();
    for (const group of groupBy(keys).values()) {
      const { direction, types, asOf, after, limit } = group[0];
      const ids = [...new Set(group.map((key) => key.entityId))];
      const rows = await store.read(RELATIONS_PAGE[direction], { ids, types, asOf, after, limit });
      const byEntity = new Map<string, RelationRecord[]>();
      for (const row of rows) {
        const list = byEntity.get(String(row.entityId)) ?? [];
        list.push(toRelationRecord(row.relation));
        byEntity.set(String(row.entityId), list);
      }
      for (const key of group) results.set(key, byEntity.get(key.entityId) ?? []);
    }
    return keys.map((key) => results.get(key) ?? []);
  };
}

function relationCounts(store: GraphStore) {
  return async (keys: readonly Omit<RelationsKey, 'after' | 'limit'>[]): Promise<number[]> => {
    const results = new Map<(typeof keys)[number], number>();
    for (const group of groupBy(keys).values()) {
      const { direction, types, asOf } = group[0];
      const ids = [...new Set(group.map((key) => key.entityId))];
      const rows = await store.read(RELATIONS_COUNT[direction], { ids, types, asOf });
      const byEntity = new Map(rows.map((row) => [String(row.entityId), Number(row.total)]));
      for (const key of group) results.set(key, byEntity.get(key.entityId) ?? 0);
    }
    return keys.map((key) => results.get(key) ?? 0);
  };
}
