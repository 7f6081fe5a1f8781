import type { Source } from '../domain/entity';
import { DomainError } from '../domain/errors';
import type { GraphVersion } from '../ingest/graph-version';
import type { WalkFilter } from '../services/graph-walk';
import { readGraphVersion } from '../services/graph-version.service';
import { entitiesByIds, sourcesByIds } from '../services/entity.service';
import { neighborhood } from '../services/neighborhood.service';
import { findPaths } from '../services/paths.service';
import {
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from '../services/records';
import { graphCounts } from '../services/stats.service';
import { ENTITIES_PAGE_ALL, RELATIONS_PAGE_ALL } from '../store/cypher/export';
import type { GraphStore } from '../store/graph-store';

/** What to export: the whole graph, a neighbourhood (as `neighborhood`) or paths (as `paths`). */
export type ViewSpec =
  | { kind: 'graph'; filter: WalkFilter }
  | { kind: 'neighborhood'; centre: string; depth: number; limit: number; filter: WalkFilter }
  | { kind: 'paths'; from: string; to: string; maxHops: number; first: number; filter: WalkFilter };

export interface ExportEntity extends EntityRecord {
  sources: Source[];
}

/** A view read from the store, ready for any serialiser. Entities and relations sorted by id. */
export interface ExportView {
  spec: ViewSpec;
  /** One line a person can read: which view this is. */
  description: string;
  version: GraphVersion | null;
  entities: ExportEntity[];
  relations: RelationRecord[];
  /** True when a bound (neighbourhood limit, path count) cut the view short. */
  truncated: boolean;
}

/** Above this, the whole graph is exported from the command line, not over HTTP. */
export const MAX_HTTP_EXPORT_ENTITIES = 100000;
const PAGE = 1000;

/**
 * Reads a view. Neighbourhoods and paths come from their services, so an export holds exactly
 * what `neighborhood` and `paths` answer for the same arguments.
 */
export async function collectView(
  store: GraphStore,
  spec: ViewSpec,
  options: { maxEntities?: number } = {},
): Promise<ExportView> {
  const version = await readGraphVersion(store);
  let entityIds: string[] | null = null;
  let relations: RelationRecord[];
  let truncated = false;
  switch (spec.kind) {
    case 'graph': {
      await checkSize(store, options.maxEntities ?? Infinity);
      relations = await allRelations(store, spec.filter);
      break;
    }
    case 'neighborhood': {
      const found = await neighborhood(store, spec.centre, spec.depth, spec.limit, spec.filter);
      if (!found)
        throw new DomainError('NOT_FOUND', `no entity with id ${JSON.stringify(spec.centre)}`);
      entityIds = found.nodeIds;
      relations = found.edges;
      truncated = found.truncated;
      break;
    }
    case 'paths': {
      const found = await findPaths(store, { ...spec, ...spec.filter });
      // Null means an endpoint is missing: say which.
      if (!found) await requireEntities(store, [spec.from, spec.to]);
      const paths = found?.paths ?? [];
      const byId = new Map<string, RelationRecord>();
      const ids = new Set<string>([spec.from, spec.to]);
      for (const path of paths) {
        path.nodeIds.forEach((id) => ids.add(id));
        for (const relation of path.relations) byId.set(relation.id, relation);
      }
      entityIds = [...ids];
      relations = [...byId.values()];
      truncated = paths.length >= spec.first;
      break;
    }
  }
  const entities = entityIds ? await entitiesWithIds(store, entityIds) : await allEntities(store);
  return {
    spec,
    description: describe(spec),
    version,
    entities: entities.sort(byId),
    relations: relations.sort(byId),
    truncated,
  };
}

export function describe(spec: ViewSpec): string {
  const filter = [
    spec.filter.types ? `relation types ${spec.filter.types.join(', ')}` : '',
    spec.filter.asOf ? `as of ${spec.filter.asOf}` : '',
  ].filter(Boolean);
  const suffix = filter.length ? ` (${filter.join('; ')})` : '';
  switch (spec.kind) {
    case 'graph':
      return `the whole graph${suffix}`;
    case 'neighborhood':
      return `neighbourhood of ${spec.centre}, depth ${spec.depth}, at most ${spec.limit} entities${suffix}`;
    case 'paths':
      return `up to ${spec.first} shortest paths from ${spec.from} to ${spec.to}, at most ${spec.maxHops} hops${suffix}`;
  }
}

async function checkSize(store: GraphStore, max: number): Promise<void> {
  if (max === Infinity) return;
  const total = (await graphCounts(store)).entities;
  if (total > max) {
    throw new DomainError(
      'QUERY_TOO_COMPLEX',
      `the graph holds ${total} entities, more than the ${max} a whole-graph export over HTTP serves; export a view (centre=…) or use npm run export`,
    );
  }
}

async function requireEntities(store: GraphStore, ids: string[]): Promise<void> {
  const found = await entitiesByIds(store, ids);
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw new DomainError('NOT_FOUND', `no entity with id ${JSON.stringify(missing)}`);
}

async function allRelations(store: GraphStore, filter: WalkFilter): Promise<RelationRecord[]> {
  const relations: RelationRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = await store.read(RELATIONS_PAGE_ALL, {
      types: filter.types,
      asOf: filter.asOf,
      after,
      limit: PAGE,
    });
    relations.push(...rows.map((row) => toRelationRecord(row.relation)));
    if (rows.length < PAGE) return relations;
    after = relations[relations.length - 1].id;
  }
}

async function allEntities(store: GraphStore): Promise<ExportEntity[]> {
  const records: EntityRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = await store.read(ENTITIES_PAGE_ALL, { after, limit: PAGE });
    records.push(...rows.map((row) => toEntityRecord(row.entity)));
    if (rows.length < PAGE) return withSources(store, records);
    after = records[records.length - 1].id;
  }
}

async function entitiesWithIds(store: GraphStore, ids: string[]): Promise<ExportEntity[]> {
  const records: EntityRecord[] = [];
  for (let i = 0; i < ids.length; i += PAGE) {
    records.push(...(await entitiesByIds(store, ids.slice(i, i + PAGE))).values());
  }
  return withSources(store, records);
}

async function withSources(store: GraphStore, records: EntityRecord[]): Promise<ExportEntity[]> {
  const sources = new Map<string, Source[]>();
  for (let i = 0; i < records.length; i += PAGE) {
    const found = await sourcesByIds(
      store,
      records.slice(i, i + PAGE).map((r) => r.id),
    );
    for (const [id, list] of found) sources.set(id, list);
  }
  return records.map((record) => ({ ...record, sources: sources.get(record.id) ?? [] }));
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
