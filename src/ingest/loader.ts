import { DomainError } from '../domain/errors';
import type { Entity, Relation } from '../domain/entity';
import { earliestDay, latestDay } from '../domain/partial-date';
import { searchIndexText } from '../domain/text';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../domain/vocabulary';
import type { GraphStore, TransactionRunner } from '../store/graph-store';
import {
  COUNT_BY_KIND,
  COUNT_BY_RELATION_TYPE,
  DELETE_ENTITIES,
  DELETE_RELATIONS,
  ENTITY_IDS,
  RELATION_IDS,
  READ_SEED_META,
  WRITE_SEED_META,
  WRITE_SEED_VERSION,
  upsertEntities,
  upsertRelations,
} from '../store/cypher/load';
import { sha256 } from './sha256';
import type { Mention } from './mentions';
import { formatProblem } from './seed-problem';
import type { SeedGraph } from './seed-graph';

/** Rows per statement unless the caller says otherwise (SEED_BATCH_SIZE). */
export const DEFAULT_BATCH_SIZE = 500;

export interface LoadResult {
  changed: boolean;
  fingerprint: string;
  entities: number;
  relations: number;
  byKind: Record<string, number>;
  byRelationType: Record<string, number>;
}

/**
 * Loads the validated seed graph into a store in ONE transaction: a load that fails or is
 * killed leaves the previous graph as it was. Loading the same graph again changes nothing.
 */
export async function loadSeedGraph(
  store: GraphStore,
  graph: SeedGraph,
  options: { force?: boolean; batchSize?: number; beforeCommit?: () => Promise<void> } = {},
): Promise<LoadResult> {
  if (graph.problems.length > 0) {
    const shown = graph.problems.slice(0, 20).map(formatProblem).join('\n');
    throw new DomainError(
      'INVALID_SEEDS',
      `the seed graph has ${graph.problems.length} problem(s); nothing was loaded. Run npm run seeds:check.\n${shown}`,
    );
  }
  const mentionsByEntity = new Map<string, Mention[]>();
  for (const mention of graph.mentions) {
    const list = mentionsByEntity.get(mention.entityId) ?? [];
    list.push(mention);
    mentionsByEntity.set(mention.entityId, list);
  }
  const entityRows = graph.entities.map((e) => entityRow(e, mentionsByEntity.get(e.id)));
  const entitiesById = new Map(graph.entities.map((e) => [e.id, e]));
  const relationRows = graph.relations.map((r) => relationRow(r, entitiesById));
  const fingerprint = sha256(JSON.stringify({ entityRows, relationRows }));
  await store.bootstrapSchema();
  const [meta] = await store.read(READ_SEED_META);
  const versionFingerprint = graph.version?.fingerprint ?? null;
  const changed =
    options.force === true ||
    meta?.fingerprint !== fingerprint ||
    (meta?.versionFingerprint ?? null) !== versionFingerprint;
  const batch = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (changed) {
    await store.transaction(async (tx) => {
      await writeEntities(tx, entityRows, batch);
      await writeRelations(tx, relationRows, batch);
      await deleteStale(tx, entityRows, relationRows, batch);
      await tx.run(WRITE_SEED_META, {
        fingerprint,
        loadedAt: new Date().toISOString(),
        entities: entityRows.length,
        relations: relationRows.length,
      });
      await tx.run(WRITE_SEED_VERSION, {
        fingerprint: versionFingerprint,
        lastChanged: graph.version?.lastChanged ?? null,
      });
      // A seam for tests that prove a failure before commit leaves the old graph intact.
      await options.beforeCommit?.();
    });
  }
  return { changed, fingerprint, ...(await countLoaded(store)) };
}

/** What the store holds now: entities by kind, relations by type, and their totals. */
export async function countLoaded(
  store: GraphStore,
): Promise<Pick<LoadResult, 'entities' | 'relations' | 'byKind' | 'byRelationType'>> {
  const byKind = toCounts(await store.read(COUNT_BY_KIND));
  const byRelationType = toCounts(await store.read(COUNT_BY_RELATION_TYPE));
  return {
    entities: Object.values(byKind).reduce((a, b) => a + b, 0),
    relations: Object.values(byRelationType).reduce((a, b) => a + b, 0),
    byKind,
    byRelationType,
  };
}

/** The fingerprint of the rows the last completed load wrote, or null when none did. */
export async function loadedFingerprint(store: GraphStore): Promise<string | null> {
  const [meta] = await store.read(READ_SEED_META);
  return typeof meta?.fingerprint === 'string' ? meta.fingerprint : null;
}

async function writeEntities(
  tx: TransactionRunner,
  rows: EntityRow[],
  batch: number,
): Promise<void> {
  for (const kind of ENTITY_KINDS) {
    const ofKind = rows.filter((row) => row.kind === kind);
    for (let i = 0; i < ofKind.length; i += batch) {
      await tx.run(upsertEntities(kind), { rows: ofKind.slice(i, i + batch) });
    }
  }
}

async function writeRelations(
  tx: TransactionRunner,
  rows: RelationRow[],
  batch: number,
): Promise<void> {
  for (const type of RELATION_TYPE_NAMES) {
    const ofType = rows.filter((row) => row.type === type);
    for (let i = 0; i < ofType.length; i += batch) {
      await tx.run(upsertRelations(type), { rows: ofType.slice(i, i + batch) });
    }
  }
}

/** Removes what an earlier load wrote and these seeds no longer hold, inside the load's transaction. */
async function deleteStale(
  tx: TransactionRunner,
  entities: EntityRow[],
  relations: RelationRow[],
  batch: number,
): Promise<void> {
  const wantedRelations = new Set(relations.map((r) => r.id));
  const staleRelations = (await tx.run(RELATION_IDS)).filter(
    (row) => !wantedRelations.has(String(row.id)),
  );
  for (let i = 0; i < staleRelations.length; i += batch) {
    await tx.run(DELETE_RELATIONS, { rows: staleRelations.slice(i, i + batch) });
  }
  const wantedEntities = new Set(entities.map((e) => e.id));
  const staleEntities = (await tx.run(ENTITY_IDS))
    .map((row) => String(row.id))
    .filter((id) => !wantedEntities.has(id));
  for (let i = 0; i < staleEntities.length; i += batch) {
    await tx.run(DELETE_ENTITIES, { ids: staleEntities.slice(i, i + batch) });
  }
}

interface EntityRow {
  id: string;
  kind: string;
  props: Record<string, unknown>;
}

interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Node properties. Null removes a property left from an earlier load. */
export function entityRow(entity: Entity, mentions: Mention[] = []): EntityRow {
  // `mentions` are this entity's own.
  const names = [entity.nameJa, entity.nameEn ?? '', ...entity.aliases].filter(Boolean);
  return {
    id: entity.id,
    kind: entity.kind,
    props: {
      id: entity.id,
      kind: entity.kind,
      subtype: entity.subtype ?? null,
      nameJa: entity.nameJa,
      nameEn: entity.nameEn ?? null,
      aliases: entity.aliases,
      searchText: searchIndexText(names, entity.subtype ?? null, entity.description ?? null),
      date: entity.date ?? null,
      dateEnd: entity.dateEnd ?? null,
      // The first and last day the (partial) date can mean: timeline windows compare intervals.
      dateDay: entity.date ? earliestDay(entity.date) : null,
      dateEndDay: entity.date ? latestDay(entity.dateEnd ?? entity.date) : null,
      description: entity.description ?? null,
      propsJson: JSON.stringify(entity.props),
      sourcesJson: JSON.stringify(entity.sources),
      mentions: [...new Set(mentions.map((m) => `${m.documentId}:${m.line}:${m.matched}`))],
    },
  };
}

/**
 * Edge properties. validFromDay/validToDay are the earliest and latest day the validity can
 * mean, so that `asOf` compares ISO strings; a relation to a dated meeting counts from that date.
 */
export function relationRow(relation: Relation, byId: Map<string, Entity>): RelationRow {
  const meetingDate = [relation.from, relation.to]
    .map((id) => byId.get(id))
    .find((e) => e?.kind === 'meeting' && e.date)?.date;
  const validFrom = relation.validFrom ?? meetingDate;
  return {
    id: relation.id,
    type: relation.type,
    from: relation.from,
    to: relation.to,
    props: {
      id: relation.id,
      capacity: relation.capacity ?? null,
      title: relation.title ?? null,
      validFrom: relation.validFrom ?? null,
      validTo: relation.validTo ?? null,
      validFromDay: validFrom ? earliestDay(validFrom) : null,
      validToDay: relation.validTo ? latestDay(relation.validTo) : null,
      note: relation.note ?? null,
      propsJson: JSON.stringify(relation.props),
      sourcesJson: JSON.stringify(relation.sources),
    },
  };
}

function toCounts(rows: Array<Record<string, unknown>>): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [String(row.key), Number(row.count)]));
}
