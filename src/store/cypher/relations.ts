import type { CypherQuery } from '../graph-store';
import { relationMapFromNodes } from '../projections';

/**
 * Relations around entities. Direction cannot be a parameter in a pattern, so there is one
 * statement per direction. `$types`, `$asOf` (a day, month or year) and `$after` (a relation id: the
 * keyset cursor) are optional filters; null means "no filter".
 */

export type DirectionName = 'OUT' | 'IN' | 'BOTH';

const PATTERN: Record<DirectionName, string> = {
  OUT: '(n:Entity {id: id})-[r]->(m:Entity)',
  IN: '(n:Entity {id: id})<-[r]-(m:Entity)',
  BOTH: '(n:Entity {id: id})-[r]-(m:Entity)',
};

/**
 * `$asOf` keeps a relation when its validity overlaps the days `$asOf` stands for. Comparing the
 * ISO day cut to the length of `$asOf` does that without computing the window's last day:
 * validFrom ≤ the window's last day exactly when its first `size($asOf)` characters are ≤ $asOf.
 */
export const RELATION_FILTER =
  '($types IS NULL OR type(r) IN $types) ' +
  'AND ($asOf IS NULL OR ((r.validFromDay IS NULL OR substring(r.validFromDay, 0, size($asOf)) <= $asOf) ' +
  'AND (r.validToDay IS NULL OR substring(r.validToDay, 0, size($asOf)) >= $asOf)))';

export const RELATION_FIELDS = relationMapFromNodes('r');

function page(direction: DirectionName): CypherQuery {
  return {
    name: `relations.page.${direction}`,
    text:
      'UNWIND $ids AS id CALL (id) { ' +
      `MATCH ${PATTERN[direction]} WHERE ${RELATION_FILTER} AND ($after IS NULL OR r.id > $after) ` +
      'RETURN r ORDER BY r.id LIMIT $limit } ' +
      `RETURN id AS entityId, ${RELATION_FIELDS} AS relation`,
  };
}

function count(direction: DirectionName): CypherQuery {
  return {
    name: `relations.count.${direction}`,
    text:
      `UNWIND $ids AS id MATCH ${PATTERN[direction]} WHERE ${RELATION_FILTER} ` +
      'RETURN id AS entityId, count(r) AS total',
  };
}

export const RELATIONS_PAGE: Record<DirectionName, CypherQuery> = {
  OUT: page('OUT'),
  IN: page('IN'),
  BOTH: page('BOTH'),
};

export const RELATIONS_COUNT: Record<DirectionName, CypherQuery> = {
  OUT: count('OUT'),
  IN: count('IN'),
  BOTH: count('BOTH'),
};

/**
 * One hop out of a set of entities, for neighbourhoods and path search. Each entity contributes
 * at most `$perEntity` relations (in relation-id order), so a hub with tens of thousands of
 * relations costs a bounded amount of work and memory; `$limit` caps the whole answer.
 */
export const EXPAND: CypherQuery = {
  name: 'relations.expand',
  text:
    'UNWIND $ids AS id CALL (id) { ' +
    `MATCH ${PATTERN.BOTH} WHERE ${RELATION_FILTER} ` +
    'RETURN r, m ORDER BY r.id LIMIT $perEntity } ' +
    `RETURN id AS entityId, m.id AS otherId, ${RELATION_FIELDS} AS relation ` +
    'ORDER BY entityId, relation.id LIMIT $limit',
};

/** Entities linked to every one of `$ids` (e.g. the frameworks both Japan and India join). */
export const SHARED_NEIGHBOURS: CypherQuery = {
  name: 'relations.shared',
  text:
    `UNWIND $ids AS id MATCH ${PATTERN.BOTH} WHERE ${RELATION_FILTER} ` +
    'AND ($kinds IS NULL OR m.kind IN $kinds) AND NOT m.id IN $ids ' +
    `WITH m, collect(DISTINCT id) AS via, collect(${RELATION_FIELDS}) AS relations ` +
    'WHERE size(via) = size($ids) ' +
    'RETURN m.id AS id, relations ORDER BY m.kind, m.id LIMIT $limit',
};
