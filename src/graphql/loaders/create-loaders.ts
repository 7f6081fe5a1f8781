import DataLoader from 'dataloader';
import type { Source } from '../../domain/entity';
import type { GraphStore } from '../../store/graph-store';
import type { DocumentRegistry } from '../../services/document-registry';
import {
  countryStrategies,
  type CountryStrategy,
  type StrategyPage,
} from '../../services/country.service';
import {
  entitiesByIds,
  mentionsByIds,
  relationCounts,
  relationPages,
  sourcesByIds,
  type EntityDetails,
  type RelationFilter,
  type RelationPage,
} from '../../services/entity.service';
import type { EntityRecord, RelationRecord } from '../../services/records';
import { sharedView, type SharedView } from '../../services/shared.service';
import type { LinkRecord } from '../../services/country.service';
import type { DirectionName } from '../../store/cypher/relations';

/** Which relations of an entity: the arguments of `Entity.relations` plus the entity. */
export interface RelationsKey extends RelationPage {
  entityId: string;
}

export type RelationCountKey = RelationFilter & { entityId: string };

/** A page of a country's strategy view: the arguments of `Country.strategy` plus the country. */
export type StrategyKey = StrategyPage & { entityId: string };

/** The arguments of `Query.shared`, checked (distinct current ids). */
export interface SharedKey {
  ids: string[];
  kinds: string[] | null;
  types: string[] | null;
  asOf: string | null;
  first: number;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  sources: DataLoader<string, Source[]>;
  mentions: DataLoader<string, string[]>;
  relations: DataLoader<RelationsKey, RelationRecord[], string>;
  relationCount: DataLoader<RelationCountKey, number, string>;
  strategy: DataLoader<StrategyKey, CountryStrategy | null, string>;
  /** One read per distinct key: `Query.shared` and a sibling `entities` of the same ids share it. */
  shared: DataLoader<SharedKey, SharedView, string>;
}

/**
 * Every DataLoader of one request (never shared between requests, so nothing is cached beyond
 * one response). Each is built on first use: most requests need one or two of them. Batch
 * functions call the services and return values in key order.
 */
export function createLoaders(store: GraphStore, documents: DocumentRegistry): Loaders {
  const made: Partial<Loaders> = {};
  const lazy = <K extends keyof Loaders>(name: K, make: () => Loaders[K]) => ({
    get: (): Loaders[K] => (made[name] ??= make()),
    enumerable: true,
  });
  return Object.defineProperties({} as Loaders, {
    entity: lazy(
      'entity',
      () =>
        new DataLoader(async (ids) => {
          const found = await entitiesByIds(store, ids);
          return ids.map((id) => found.get(id) ?? null);
        }),
    ),
    sources: lazy(
      'sources',
      () =>
        new DataLoader(async (ids) => {
          const found = await sourcesByIds(store, ids);
          return ids.map((id) => found.get(id) ?? []);
        }),
    ),
    mentions: lazy(
      'mentions',
      () =>
        new DataLoader(async (ids) => {
          const found = await mentionsByIds(store, ids);
          return ids.map((id) => found.get(id) ?? []);
        }),
    ),
    relations: lazy(
      'relations',
      () =>
        new DataLoader(
          (keys: readonly RelationsKey[]) =>
            byGroup(keys, [], (ids, page) => relationPages(store, ids, page)),
          { cacheKeyFn: relationsCacheKey },
        ),
    ),
    relationCount: lazy(
      'relationCount',
      () =>
        new DataLoader(
          (keys: readonly RelationCountKey[]) =>
            byGroup(keys, 0, (ids, filter) => relationCounts(store, ids, filter)),
          { cacheKeyFn: relationCountCacheKey },
        ),
    ),
    strategy: lazy(
      'strategy',
      () =>
        new DataLoader(
          (keys: readonly StrategyKey[]) =>
            byGroup<StrategyKey, CountryStrategy | null>(keys, null, (ids, page) =>
              countryStrategies(store, documents, ids, page),
            ),
          { cacheKeyFn: ({ entityId, first, after }) => JSON.stringify([entityId, first, after]) },
        ),
    ),
    shared: lazy(
      'shared',
      () =>
        new DataLoader(
          (keys: readonly SharedKey[]) =>
            Promise.all(
              keys.map(({ ids, kinds, types, asOf, first }) =>
                sharedView(store, ids, kinds, { types, asOf }, first),
              ),
            ),
          {
            cacheKeyFn: ({ ids, kinds, types, asOf, first }) =>
              JSON.stringify([ids, kinds, types, asOf, first]),
          },
        ),
    ),
  });
}

export function relationsCacheKey(key: RelationsKey): string {
  const { entityId, direction, types, asOf, after, limit } = key;
  return JSON.stringify([entityId, direction, types, asOf, after, limit]);
}

function relationCountCacheKey(key: RelationCountKey): string {
  const { entityId, direction, types, asOf } = key;
  return JSON.stringify([entityId, direction, types, asOf]);
}

/** Keys that differ only in entity id share one statement; others get one statement each. */
async function byGroup<K extends { entityId: string }, V>(
  keys: readonly K[],
  missing: V,
  fetch: (ids: string[], rest: Omit<K, 'entityId'>) => Promise<Map<string, V>>,
): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const { entityId: _entityId, ...rest } = key;
    const signature = JSON.stringify(rest);
    groups.set(signature, [...(groups.get(signature) ?? []), key]);
  }
  const results = new Map<K, V>();
  for (const group of groups.values()) {
    const { entityId: _entityId, ...rest } = group[0];
    const found = await fetch([...new Set(group.map((key) => key.entityId))], rest);
    for (const key of group) results.set(key, found.get(key.entityId) ?? missing);
  }
  return keys.map((key) => results.get(key) ?? missing);
}

/**
 * Hands what one details statement read to the loaders, so the field resolvers that follow
 * (sources, relations, totalCount, from, to) find it there instead of going to the store.
 */
export function primeDetails(
  loaders: Loaders,
  details: Iterable<EntityDetails>,
  page: RelationPage | null,
): void {
  for (const d of details) {
    loaders.entity.prime(d.entity.id, d.entity);
    loaders.sources.prime(d.entity.id, d.sources);
    for (const other of d.others) loaders.entity.prime(other.id, other);
    if (page && d.relations)
      loaders.relations.prime({ entityId: d.entity.id, ...page }, d.relations);
    if (page && d.total !== null) {
      const { direction, types, asOf } = page;
      loaders.relationCount.prime({ entityId: d.entity.id, direction, types, asOf }, d.total);
    }
  }
}

/**
 * Hands links read with their entities (a typed field's `links(…)` of one type and direction) to
 * the loaders, under the key that field's resolver will ask: the relations in relation-id order,
 * `limit` at most, and the entity at the other end of each.
 */
export function primeLinks(
  loaders: Loaders,
  entityId: string,
  type: string,
  direction: DirectionName,
  limit: number,
  found: readonly LinkRecord[],
): void {
  const key = { entityId, direction, types: [type], asOf: null, after: null, limit };
  loaders.relations.prime(
    key,
    found.map((link) => link.relation),
  );
  for (const link of found) loaders.entity.prime(link.entity.id, link.entity);
}
