import type { Source } from '../domain/entity';
import type { GraphStore, JsonValue } from '../store/graph-store';
import { ENTITY_DETAILS, ENTITY_WITH_SOURCES } from '../store/cypher/details';
import {
  ENTITIES_BY_IDS,
  MENTIONED_IN_DOCUMENT,
  MENTIONS_BY_ENTITY_IDS,
  SOURCES_BY_ENTITY_IDS,
} from '../store/cypher/entities';
import { RELATIONS_COUNT, RELATIONS_PAGE, type DirectionName } from '../store/cypher/relations';
import {
  parseSources,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from './records';

/*
 * Entities and their relations by id, always batched: one store call for any number of ids.
 * The GraphQL loaders call these; nothing above the services sees Cypher.
 */

/** Which relations of an entity: the filters and the page (keyset after a relation id). */
export interface RelationFilter {
  direction: DirectionName;
  types: string[] | null;
  asOf: string | null;
}

export interface RelationPage extends RelationFilter {
  after: string | null;
  /** Rows to fetch (page size + 1, to learn whether there is a next page). */
  limit: number;
}

export async function entitiesByIds(
  store: GraphStore,
  ids: readonly string[],
): Promise<Map<string, EntityRecord>> {
  const rows = await store.read(ENTITIES_BY_IDS, { ids: [...ids] });
  const records = rows.map((row) => toEntityRecord(row.entity));
  return new Map(records.map((record) => [record.id, record]));
}

export async function sourcesByIds(
  store: GraphStore,
  ids: readonly string[],
): Promise<Map<string, Source[]>> {
  const rows = await store.read(SOURCES_BY_ENTITY_IDS, { ids: [...ids] });
  return new Map(rows.map((row) => [String(row.id), parseSources(row.sourcesJson)]));
}

/** Mention strings (`document:line:name`) of each entity. */
export async function mentionsByIds(
  store: GraphStore,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await store.read(MENTIONS_BY_ENTITY_IDS, { ids: [...ids] });
  return new Map(rows.map((row) => [String(row.id), (row.mentions as string[] | null) ?? []]));
}

/** One page of relations for each entity, all with the same filters and page. */
export async function relationPages(
  store: GraphStore,
  ids: readonly string[],
  page: RelationPage,
): Promise<Map<string, RelationRecord[]>> {
  const { direction, ...params } = page;
  const rows = await store.read(RELATIONS_PAGE[direction], { ids: [...ids], ...params });
  const byEntity = new Map<string, RelationRecord[]>();
  for (const row of rows) {
    const id = String(row.entityId);
    const list = byEntity.get(id) ?? [];
    list.push(toRelationRecord(row.relation));
    byEntity.set(id, list);
  }
  return byEntity;
}

export async function relationCounts(
  store: GraphStore,
  ids: readonly string[],
  filter: RelationFilter,
): Promise<Map<string, number>> {
  const { direction, types, asOf } = filter;
  const rows = await store.read(RELATIONS_COUNT[direction], { ids: [...ids], types, asOf });
  return new Map(rows.map((row) => [String(row.entityId), Number(row.total)]));
}

/** An entity with what a details view shows, read in one statement. */
export interface EntityDetails {
  entity: EntityRecord;
  sources: Source[];
  /** The page of relations asked for (null when none was). */
  relations: RelationRecord[] | null;
  /** The entity at the other end of each relation of the page. */
  others: EntityRecord[];
  /** Relations matching the page's filters in all (null when not asked for). */
  total: number | null;
}

/**
 * Entities with their sources and, optionally, a page of relations with the entity at the other
 * end and the filtered total: one store call for any number of entities.
 */
export async function entityDetails(
  store: GraphStore,
  ids: readonly string[],
  page: (RelationPage & { withTotal: boolean }) | null,
): Promise<Map<string, EntityDetails>> {
  const result = new Map<string, EntityDetails>();
  if (!page) {
    const rows = await store.read(ENTITY_WITH_SOURCES, { ids: [...ids] });
    for (const row of rows) {
      const entity = toEntityRecord(row.entity);
      const sources = parseSources((row.entity as { sourcesJson?: string }).sourcesJson);
      result.set(entity.id, { entity, sources, relations: null, others: [], total: null });
    }
    return result;
  }
  const { direction, withTotal, ...params } = page;
  const query = ENTITY_DETAILS[direction][withTotal ? 'counted' : 'plain'];
  const rows = await store.read(query, { ids: [...ids], ...params });
  for (const row of rows) {
    const entity = toEntityRecord(row.entity);
    const items = row.page as Array<{ relation: JsonValue; other: JsonValue }>;
    result.set(entity.id, {
      entity,
      sources: parseSources((row.entity as { sourcesJson?: string }).sourcesJson),
      relations: items.map((item) => toRelationRecord(item.relation)),
      others: items.map((item) => toEntityRecord(item.other)),
      total: withTotal ? Number(row.total) : null,
    });
  }
  return result;
}

export interface DocumentMentions {
  entity: EntityRecord;
  lines: number[];
}

/** Entities a document names, with the lines (kind, then id order). */
export async function mentionedInDocument(
  store: GraphStore,
  documentId: string,
  limit: number,
  after: string | null = null,
): Promise<DocumentMentions[]> {
  const prefix = `${documentId}:`;
  const rows = await store.read(MENTIONED_IN_DOCUMENT, { prefix, limit, after });
  return rows.map((row) => ({
    entity: toEntityRecord(row.entity),
    lines: [...new Set((row.mentions as string[]).map((m) => Number(m.split(':')[1])))],
  }));
}

export interface MentionGroup {
  documentId: string;
  lines: number[];
  /** The names or aliases found, as the document writes them. */
  matched: string[];
}

/** Mention strings (`document:line:name`) grouped by document. */
export function groupMentions(mentions: readonly string[]): MentionGroup[] {
  const byDocument = new Map<string, MentionGroup>();
  for (const mention of mentions) {
    const [documentId, line, ...name] = mention.split(':');
    const entry = byDocument.get(documentId) ?? { documentId, lines: [], matched: [] };
    if (!entry.lines.includes(Number(line))) entry.lines.push(Number(line));
    const matched = name.join(':');
    if (!entry.matched.includes(matched)) entry.matched.push(matched);
    byDocument.set(documentId, entry);
  }
  return [...byDocument.values()];
}
