import type { CypherQuery } from '../graph-store';
import { ENTITY_FIELDS } from './entities';
import { RELATION_FIELDS, RELATION_FILTER } from './relations';

/*
 * The explorer's views, each read in one statement: the country page (country, its regions and a
 * page of its strategy), the links of strategy items (priority sectors and actions), and what
 * several entities share (with the entities themselves). Per-entity work sits in `CALL (x) { … }`
 * subqueries ending in an aggregation, so an entity with nothing to add still yields its one row
 * on both engines. Lists are read in relation-id order with the limits the loaders use, so the
 * answers can stand in for the loaders' (the resolvers prime the loaders with them).
 */

const ENTITY_MAP = (v: string): string => `${v} {${ENTITY_FIELDS}}`;

/**
 * A relation as a map when the pattern fixes its type and direction: type and ends come from the
 * pattern's variables (`type(r)`, `startNode(r)`, `endNode(r)` cost hundreds of microseconds each
 * on the embedded engine when an end is a hub). `type` comes from the vocabulary, never from input.
 */
function typedRelationMap(v: string, type: string, from: string, to: string): string {
  return (
    `${v} {.id, .capacity, .title, .validFrom, .validTo, .note, .propsJson, .sourcesJson, ` +
    `type: '${type}', from: ${from}.id, to: ${to}.id}`
  );
}

/**
 * `(n)`'s links of one type and direction (`$linkLimit` at most, by relation id: the page the
 * `links` loader key reads), each with the entity at the other end, collected as `name`.
 */
function linksOf(n: string, type: string, direction: 'OUT' | 'IN', name: string): string {
  const [pattern, from, to] =
    direction === 'OUT'
      ? [`(${n})-[r:${type}]->(m:Entity)`, n, 'm']
      : [`(${n})<-[r:${type}]-(m:Entity)`, 'm', n];
  return (
    `CALL (${n}) { MATCH ${pattern} WITH ${n}, r, m ORDER BY r.id LIMIT $linkLimit ` +
    `RETURN collect({relation: ${typedRelationMap('r', type, from, to)}, ` +
    `entity: ${ENTITY_MAP('m')}}) AS ${name} } `
  );
}

/**
 * The country page: each country of `$ids` with its regions (MEMBER_OF links) and one page of
 * its strategy view, read as details.COUNTRY_STRATEGY reads it (`$limit` TARGETS after `$after`,
 * `$perItem` sectors and actions each, the first region of the item's plan).
 */
export const COUNTRY_PAGE: CypherQuery = {
  name: 'explorer.countryPage',
  text:
    'UNWIND $ids AS id MATCH (c:Entity {id: id}) ' +
    linksOf('c', 'MEMBER_OF', 'OUT', 'regionLinks') +
    'CALL (c) { MATCH (c)<-[t:TARGETS]-(i:Entity) WHERE $after IS NULL OR t.id > $after ' +
    'WITH t, i ORDER BY t.id LIMIT $limit ' +
    'CALL (i) { MATCH (i)-[r:PRIORITISES]->(m:Entity) WITH i, r, m ORDER BY r.id LIMIT $perItem ' +
    `RETURN collect({relation: ${typedRelationMap('r', 'PRIORITISES', 'i', 'm')}, ` +
    `entity: ${ENTITY_MAP('m')}}) AS sectors } ` +
    'CALL (i) { MATCH (i)<-[r:BELONGS_TO]-(m:Entity) WITH i, r, m ORDER BY r.id LIMIT $perItem ' +
    `RETURN collect({relation: ${typedRelationMap('r', 'BELONGS_TO', 'm', 'i')}, ` +
    `entity: ${ENTITY_MAP('m')}}) AS actions } ` +
    'CALL (i) { MATCH (i)-[b:BELONGS_TO]->(:Entity)-[g:TARGETS]->(m:Entity) ' +
    "WHERE m.kind = 'region' WITH b, g, m ORDER BY b.id, g.id LIMIT 1 " +
    `RETURN collect(${ENTITY_MAP('m')}) AS regions } ` +
    `RETURN collect({relation: ${typedRelationMap('t', 'TARGETS', 'i', 'c')}, ` +
    `item: i {${ENTITY_FIELDS}, .sourcesJson}, ` +
    'sectors: sectors, actions: actions, regions: regions}) AS items } ' +
    `RETURN ${ENTITY_MAP('c')} AS country, regionLinks, items`,
};

/**
 * Entities of `$ids` with their priority sectors (PRIORITISES out) and actions (BELONGS_TO in),
 * `$linkLimit` of each, with the entity at the other end: what StrategyItem.prioritySectors and
 * StrategyItem.items (ActionPlan.items too) read through the loaders.
 */
export const ITEM_LINKS: CypherQuery = {
  name: 'explorer.itemLinks',
  text:
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) ' +
    linksOf('n', 'PRIORITISES', 'OUT', 'sectors') +
    linksOf('n', 'BELONGS_TO', 'IN', 'actions') +
    `RETURN ${ENTITY_MAP('n')} AS entity, sectors, actions`,
};

/**
 * The entities of `$ids` and the entities linked to every one of them (of `$kinds` when given,
 * `$limit` at most in kind then id order), each with the relations (filtered by `$types` and
 * `$asOf`) linking it to them: the shared view in one row.
 */
export const SHARED_VIEW: CypherQuery = {
  name: 'explorer.shared',
  text:
    `CALL () { UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN collect(${ENTITY_MAP('n')}) AS inputs } ` +
    'CALL () { UNWIND $ids AS id MATCH (n:Entity {id: id})-[r]-(m:Entity) ' +
    `WHERE ${RELATION_FILTER} AND ($kinds IS NULL OR m.kind IN $kinds) AND NOT m.id IN $ids ` +
    `WITH m, collect(DISTINCT id) AS via, collect(${RELATION_FIELDS}) AS relations ` +
    'WHERE size(via) = size($ids) ' +
    'WITH m, relations ORDER BY m.kind, m.id LIMIT $limit ' +
    `RETURN collect({entity: ${ENTITY_MAP('m')}, relations: relations}) AS shared } ` +
    'RETURN inputs, shared',
};
