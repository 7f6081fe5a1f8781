import type { CypherQuery } from '../graph-store';
import type { RelationType } from '../../domain/vocabulary';
import { bothDirections, ENTITY_MAP, relationMapOfBoth, typedRelationMap } from '../projections';
import { STRATEGY_PAGE_OF_C } from './details';
import { RELATION_FILTER } from './relations';

/*
 * The explorer's views, each read in one statement: the country page (country, its regions and a
 * page of its strategy), the links of strategy items (priority sectors and actions), and what
 * several entities share (with the entities themselves). Per-entity work sits in `CALL (x) { … }`
 * subqueries ending in an aggregation, so an entity with nothing to add still yields its one row
 * on both engines. Lists are read in relation-id order with the limits the loaders use, so the
 * answers can stand in for the loaders' (the resolvers prime the loaders with them).
 */

/**
 * `(n)`'s links of one type and direction (`$linkLimit` at most, by relation id: the page the
 * `links` loader key reads), each with the entity at the other end, collected as `name`.
 */
function linksOf(n: string, type: RelationType, direction: 'OUT' | 'IN', name: string): string {
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
    STRATEGY_PAGE_OF_C +
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
    `CALL () { UNWIND $ids AS id MATCH (n:Entity {id: id}) ${bothDirections('n', RELATION_FILTER)} ` +
    'WITH id, n, r, m, out WHERE ($kinds IS NULL OR m.kind IN $kinds) AND NOT m.id IN $ids ' +
    `WITH m, collect(DISTINCT id) AS via, collect(${relationMapOfBoth('r', 'n', 'm')}) AS relations ` +
    'WHERE size(via) = size($ids) ' +
    'WITH m, relations ORDER BY m.kind, m.id LIMIT $limit ' +
    `RETURN collect({entity: ${ENTITY_MAP('m')}, relations: relations}) AS shared } ` +
    'RETURN inputs, shared',
};
