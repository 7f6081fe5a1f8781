import type { CypherQuery } from '../graph-store';
import { ENTITY_FIELDS } from './entities';
import { RELATION_FIELDS, RELATION_FILTER } from './relations';

/*
 * Path search reads ids only while it searches, and whole records only for the paths it
 * returns (services/paths.service.ts).
 */

/**
 * One hop out of each of `$ids` that exists: `[relationId, otherId]` pairs, at most
 * `$perEntity`. A missing id yields no row; an entity without relations yields an empty list, so
 * the first step also tells which endpoints exist.
 *
 * No ORDER BY: on the embedded engine any order over a hub's relations reads a property of every
 * one of them before the LIMIT (a hub of 27 000 relations: 25 ms to read every `r.id`, 8 ms to
 * sort by `m.id`, 0.5 ms to stream the first few hundred), which made path search cost the size
 * of the hubs it met rather than a page. An entity with more than `$perEntity` relations is thus
 * followed through the first ones the store lists (the same for a given store; the service
 * reports it as a capped entity). Below the cap every relation is read, in any order, and the
 * service sorts them.
 */
export const EXPAND_IDS: CypherQuery = {
  name: 'paths.expandIds',
  text:
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) ' +
    `CALL (n) { MATCH (n)-[r]-(m:Entity) WHERE ${RELATION_FILTER} ` +
    'WITH r, m LIMIT $perEntity RETURN collect([r.id, m.id]) AS hops } ' +
    'RETURN id AS entityId, hops',
};

/**
 * The records of the paths found: relations by id, matched from their endpoints (indexed), and
 * the entities along them. `x.from` is the end to expand from: the service passes the end with
 * fewer relations, since the engine walks the first node's relationships to find the second.
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
