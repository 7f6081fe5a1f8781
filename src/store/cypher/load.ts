import type { CypherQuery } from '../graph-store';
import {
  ENTITY_KIND_INFO,
  type EntityKind,
  type RelationType,
  isRelationType,
} from '../../domain/vocabulary';

/**
 * Batched, idempotent writes of the seed graph: `UNWIND $rows … MERGE … SET +=`. Labels and
 * relationship types cannot be parameters in Cypher, so each statement is made per kind or
 * type, and only from the vocabulary's allow-list.
 */

/**
 * An entity whose kind changed between loads must lose its old kind label, or it would answer to
 * both: every other kind's label is removed before this kind's is set.
 */
export function upsertEntities(kind: EntityKind): CypherQuery {
  const label = ENTITY_KIND_INFO[kind].label;
  const others = [...new Set(Object.values(ENTITY_KIND_INFO).map((info) => info.label))]
    .filter((other) => other !== label && other !== 'Entity')
    .map((other) => `:${other}`)
    .join('');
  return {
    name: `load.upsertEntities.${kind}`,
    text:
      'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) ' +
      `${others ? `REMOVE n${others} ` : ''}SET n:${label} SET n += row.props RETURN count(n) AS count`,
  };
}

export function upsertRelations(type: RelationType): CypherQuery {
  if (!isRelationType(type)) throw new Error(`not a relation type: ${String(type)}`);
  return {
    name: `load.upsertRelations.${type}`,
    text:
      'UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) ' +
      `MERGE (a)-[r:${type} {id: row.id}]->(b) SET r += row.props RETURN count(r) AS count`,
  };
}

/*
 * Stale rows (in the store, no longer in the seeds) are found by reading the ids and comparing
 * in memory, then deleted by id. `WHERE NOT r.id IN $ids` looked simpler but costs rows × ids:
 * at 100 thousand relations it ran past the engine's time limit.
 */
export const ENTITY_IDS: CypherQuery = {
  name: 'load.entityIds',
  text: 'MATCH (n:Entity) RETURN n.id AS id',
};

export const RELATION_IDS: CypherQuery = {
  name: 'load.relationIds',
  text: 'MATCH (a:Entity)-[r]->(:Entity) RETURN r.id AS id, a.id AS from',
};

export const DELETE_ENTITIES: CypherQuery = {
  name: 'load.deleteEntities',
  text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n RETURN count(*) AS count',
};

export const DELETE_RELATIONS: CypherQuery = {
  name: 'load.deleteRelations',
  text:
    'UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r]->(:Entity) WHERE r.id = row.id ' +
    'DELETE r RETURN count(*) AS count',
};

export const READ_SEED_META: CypherQuery = {
  name: 'load.readMeta',
  text:
    "MATCH (m:KizunaMeta {id: 'seed'}) RETURN m.fingerprint AS fingerprint, m.loadedAt AS loadedAt, " +
    'm.versionFingerprint AS versionFingerprint',
};

export const WRITE_SEED_META: CypherQuery = {
  name: 'load.writeMeta',
  text:
    "MERGE (m:KizunaMeta {id: 'seed'}) SET m.fingerprint = $fingerprint, m.loadedAt = $loadedAt, " +
    'm.entities = $entities, m.relations = $relations RETURN m.id AS id',
};

/** The seed graph's citable version (see ingest/graph-version.ts), written by the same load. */
export const WRITE_SEED_VERSION: CypherQuery = {
  name: 'load.writeVersion',
  text:
    "MATCH (m:KizunaMeta {id: 'seed'}) SET m.versionFingerprint = $fingerprint, " +
    'm.lastChanged = $lastChanged RETURN m.id AS id',
};

export const COUNT_BY_KIND: CypherQuery = {
  name: 'stats.countByKind',
  text: 'MATCH (n:Entity) RETURN n.kind AS key, count(n) AS count ORDER BY key',
};

export const COUNT_BY_RELATION_TYPE: CypherQuery = {
  name: 'stats.countByRelationType',
  text: 'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(r) AS count ORDER BY key',
};
