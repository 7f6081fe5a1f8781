import type { CypherQuery } from '../graph-store';
import { ENTITY_FIELDS } from './entities';
import { RELATION_FIELDS, RELATION_FILTER } from './relations';

/*
 * Path search reads ids only while it searches, and whole records only for the paths it
 * returns (services/paths.service.ts).
 */

/**
 * One hop out of each of `$ids` that exists: `[relationId, otherId]` pairs, the first
 * `$perEntity` by relation id. A missing id yields no row; an entity without relations yields
 * an empty list, so the first step also tells which endpoints exist.
 */
export const EXPAND_IDS: CypherQuery = {
  name: 'paths.expandIds',
  text:
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) ' +
    `CALL (n) { MATCH (n)-[r]-(m:Entity) WHERE ${RELATION_FILTER} ` +
    'WITH r, m ORDER BY r.id LIMIT $perEntity RETURN collect([r.id, m.id]) AS hops } ' +
    'RETURN id AS entityId, hops',
};

/**
 * The records of the paths found: relations by id (matched from their endpoints, which are
 * indexed) and the entities along them.
 */
export const PATH_RECORDS: CypherQuery = {
  name: 'paths.records',
  text:
    'CALL () { UNWIND $relations AS x MATCH (a:Entity {id: x.from})-[r]-(:Entity {id: x.to}) ' +
    `WHERE r.id = x.id RETURN collect(DISTINCT ${RELATION_FIELDS}) AS relations } ` +
    'CALL () { UNWIND $nodes AS id MATCH (n:Entity {id: id}) ' +
    `RETURN collect(n {${ENTITY_FIELDS}}) AS nodes } ` +
    'RETURN relations, nodes',
};
