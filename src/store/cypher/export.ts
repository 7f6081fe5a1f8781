import type { CypherQuery } from '../graph-store';
import { ENTITY_FIELDS } from './entities';
import { RELATION_FIELDS, RELATION_FILTER } from './relations';

/**
 * The whole graph for exports, in keyset pages by relation id (`$after`, null for the first
 * page). Views around a centre or along paths come from
 * the neighbourhood and path services, never from here.
 */
export const RELATIONS_PAGE_ALL: CypherQuery = {
  name: 'export.relationsPage',
  text:
    `MATCH (:Entity)-[r]->(:Entity) WHERE ${RELATION_FILTER} ` +
    'AND ($after IS NULL OR r.id > $after) ' +
    `RETURN ${RELATION_FIELDS} AS relation ORDER BY r.id LIMIT $limit`,
};

/** Every entity, in keyset pages by id. */
export const ENTITIES_PAGE_ALL: CypherQuery = {
  name: 'export.entitiesPage',
  text:
    'MATCH (n:Entity) WHERE $after IS NULL OR n.id > $after ' +
    `RETURN n {${ENTITY_FIELDS}} AS entity ORDER BY n.id LIMIT $limit`,
};
