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

export function upsertEntities(kind: EntityKind): CypherQuery {
  const label = ENTITY_KIND_INFO[kind].label;
  return {
    name: `load.upsertEntities.${kind}`,
    text: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${label} SET n += row.props RETURN count(n) AS count`,
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

export const DELETE_STALE_ENTITIES: CypherQuery = {
  name: 'load.deleteStaleEntities',
  text: 'MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n RETURN count(*) AS count',
};

export const DELETE_STALE_RELATIONS: CypherQuery = {
  name: 'load.deleteStaleRelations',
  text: 'MATCH (:Entity)-[r]->(:Entity) WHERE NOT r.id IN $ids DELETE r RETURN count(*) AS count',
};

export const READ_SEED_META: CypherQuery = {
  name: 'load.readMeta',
  text: "MATCH (m:KizunaMeta {id: 'seed'}) RETURN m.fingerprint AS fingerprint, m.loadedAt AS loadedAt",
};

export const WRITE_SEED_META: CypherQuery = {
  name: 'load.writeMeta',
  text:
    "MERGE (m:KizunaMeta {id: 'seed'}) SET m.fingerprint = $fingerprint, m.loadedAt = $loadedAt, " +
    'm.entities = $entities, m.relations = $relations RETURN m.id AS id',
};

export const COUNT_BY_KIND: CypherQuery = {
  name: 'stats.countByKind',
  text: 'MATCH (n:Entity) RETURN n.kind AS key, count(n) AS count ORDER BY key',
};

export const COUNT_BY_RELATION_TYPE: CypherQuery = {
  name: 'stats.countByRelationType',
  text: 'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(r) AS count ORDER BY key',
};
