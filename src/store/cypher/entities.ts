import type { CypherQuery } from '../graph-store';

/** Reads of entities by id, always batched: one statement for any number of ids. */

export const ENTITY_FIELDS =
  '.id, .kind, .subtype, .nameJa, .nameEn, .aliases, .date, .dateEnd, .description, .propsJson';

export const ENTITIES_BY_IDS: CypherQuery = {
  name: 'entities.byIds',
  text: `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {${ENTITY_FIELDS}} AS entity`,
};

export const SOURCES_BY_ENTITY_IDS: CypherQuery = {
  name: 'entities.sourcesByIds',
  text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.sourcesJson AS sourcesJson',
};

export const MENTIONS_BY_ENTITY_IDS: CypherQuery = {
  name: 'entities.mentionsByIds',
  text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.mentions AS mentions',
};

/**
 * Entities a document mentions, with the `doc:line:name` mention strings for that document, a
 * page at a time in id order: `$after` (null for the first page) is the last id already read.
 */
export const MENTIONED_IN_DOCUMENT: CypherQuery = {
  name: 'entities.mentionedInDocument',
  text:
    'MATCH (n:Entity) WHERE ($after IS NULL OR n.id > $after) ' +
    'AND any(m IN n.mentions WHERE m STARTS WITH $prefix) ' +
    `RETURN n {${ENTITY_FIELDS}} AS entity, [m IN n.mentions WHERE m STARTS WITH $prefix] AS mentions ` +
    'ORDER BY n.id LIMIT $limit',
};
