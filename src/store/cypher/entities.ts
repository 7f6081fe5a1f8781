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

/** Entities a document mentions, with the `doc:line:name` mention strings for that document. */
export const MENTIONED_IN_DOCUMENT: CypherQuery = {
  name: 'entities.mentionedInDocument',
  text:
    'MATCH (n:Entity) WHERE any(m IN n.mentions WHERE m STARTS WITH $prefix) ' +
    `RETURN n {${ENTITY_FIELDS}} AS entity, [m IN n.mentions WHERE m STARTS WITH $prefix] AS mentions ` +
    'ORDER BY n.kind, n.id LIMIT $limit',
};

/**
 * Search by name: an alias or name equal to the folded query first, then prefixes, then
 * substrings. `searchKeys` holds each name folded the way `searchKey()` folds the query.
 */
export const SEARCH_BY_KEYS: CypherQuery = {
  name: 'search.byKeys',
  text:
    'MATCH (n:Entity) WHERE ($kinds IS NULL OR n.kind IN $kinds) ' +
    'AND any(k IN n.searchKeys WHERE k CONTAINS $key) ' +
    'WITH n, CASE WHEN $key IN n.searchKeys THEN 3 ' +
    'WHEN any(k IN n.searchKeys WHERE k STARTS WITH $key) THEN 2 ELSE 1 END AS rank ' +
    `RETURN n {${ENTITY_FIELDS}, .searchKeys} AS entity, rank ` +
    'ORDER BY rank DESC, size(n.nameJa), n.id LIMIT $limit',
};

export const ENTITIES_FOR_SEARCH_HITS: CypherQuery = {
  name: 'search.entitiesForHits',
  text:
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE ($kinds IS NULL OR n.kind IN $kinds) ' +
    `RETURN n {${ENTITY_FIELDS}, .searchKeys} AS entity`,
};
