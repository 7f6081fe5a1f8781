import {
  bothDirections,
  ENTITY_MAP,
  relationMapFromNodes,
  relationMapOfBoth,
  typedRelationMap,
} from '../projections';
import type { CypherQuery } from '../graph-store';
import { ENTITY_FIELDS } from './entities';
import { RELATION_FILTER, type DirectionName } from './relations';

/*
 * Whole answers in one statement: what a common request needs (an entity with its sources and a
 * page of relations with both ends, a neighbourhood, a country's strategy view) read in a single
 * round trip instead of one per DataLoader. Per-entity work sits in `CALL (n) { … }` subqueries
 * that end in an aggregation, so an entity with nothing to add still yields its one row (on both
 * engines: a subquery ending in an aggregation returns one row even over no match).
 */

const ARROW: Record<DirectionName, [string, string]> = {
  OUT: ['-', '->'],
  IN: ['<-', '-'],
  BOTH: ['-', '-'],
};

/**
 * The far end carries no label test: every relationship joins two :Entity nodes (the load
 * matches both ends as :Entity), and on the embedded engine the test is a read per relation,
 * which at a hub is thousands of them (India's 7 600 TARGETS: 3.6 ms without, 4.6 ms with).
 */
function hopPattern(n: string, direction: DirectionName): string {
  const [left, right] = ARROW[direction];
  return `(${n})${left}[r]${right}(m)`;
}

/** Entities by id with their sources, nothing else. */
export const ENTITY_WITH_SOURCES: CypherQuery = {
  name: 'details.entities',
  text:
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) ' +
    `RETURN n {${ENTITY_FIELDS}, .sourcesJson} AS entity`,
};

function entityDetails(direction: DirectionName, withCount: boolean): CypherQuery {
  const count = withCount
    ? `CALL (n) { MATCH ${hopPattern('n', direction)} WHERE ${RELATION_FILTER} RETURN count(r) AS total } `
    : '';
  return {
    name: `details.entityPage.${direction}${withCount ? '.counted' : ''}`,
    text:
      'UNWIND $ids AS id MATCH (n:Entity {id: id}) ' +
      `CALL (n) { MATCH ${hopPattern('n', direction)} WHERE ${RELATION_FILTER} ` +
      'WITH r, m, r.id AS rid WHERE $after IS NULL OR rid > $after ' +
      'WITH r, m, rid ORDER BY rid LIMIT $limit ' +
      `RETURN collect({relation: ${relationMapFromNodes('r')}, other: ${ENTITY_MAP('m')}}) AS page } ` +
      count +
      `RETURN n {${ENTITY_FIELDS}, .sourcesJson} AS entity, page${withCount ? ', total' : ''}`,
  };
}

/**
 * Entities with sources, a page of relations (`$limit` rows after `$after`, filtered by `$types`
 * and `$asOf`) and the entity at the other end of each; `.counted` adds the filtered total.
 */
export const ENTITY_DETAILS: Record<DirectionName, { plain: CypherQuery; counted: CypherQuery }> = {
  OUT: { plain: entityDetails('OUT', false), counted: entityDetails('OUT', true) },
  IN: { plain: entityDetails('IN', false), counted: entityDetails('IN', true) },
  BOTH: { plain: entityDetails('BOTH', false), counted: entityDetails('BOTH', true) },
};

/**
 * One hop from `n`: at most `$perEntity` of its relations, in relation-id order, chosen among the
 * first `$window` relations the store lists for it (the service passes a window of at least
 * NEIGHBOURHOOD_WINDOW and at least `$perEntity`). `rid` carries the id already read.
 *
 * Why not ORDER BY r.id over all of them: on the embedded engine an order over a hub's relations
 * reads every one of them before its LIMIT (a country of 18 000–27 000 relations at a million:
 * 2.6–12.5 ms per hub, and depth 2 meets dozens of hubs), while a LIMIT without ORDER BY streams
 * and stops early (0.5–0.8 ms). What is given up: at an entity with more than `$window`
 * relations the neighbourhood draws the lowest ids among the relations the store lists first
 * (its outgoing ones, then its incoming ones: see bothDirections), not the lowest ids of all;
 * stable for a given store, not the same on Neo4j and Grafeo. At an
 * entity with at most `$window` relations (every entity of the curated graph: its largest,
 * country-jp, has 173) the window holds them all and the answer is the exact first page by id.
 */
const HOP =
  `${bothDirections('n', RELATION_FILTER, '$window')} ` +
  'WITH n, r, m, out LIMIT $window ' +
  'WITH n, r, m, out, r.id AS rid ORDER BY rid LIMIT $perEntity';
const HOP_ROW =
  '{entityId: n.id, other: m {.id, .kind, .nameJa, .nameEn}, relation: ' +
  relationMapOfBoth('r', 'n', 'm') +
  '}';

/**
 * A neighbourhood to depth 1 or 2 in one statement: the centre, its hop-1 rows and, for depth 2,
 * the hop-2 rows of every hop-1 entity (at most `$rowLimit`, by entity then relation id). The
 * service walks these rows breadth first exactly as it would walk separate expansions. When hop 1
 * already reaches `$nodeLimit` entities (the centre and `$nodeLimit - 1` others) the service
 * draws nothing from hop 2, so it is not read: around a hub that is most of depth 2's work.
 */
export const NEIGHBOURHOOD: Record<1 | 2, CypherQuery> = {
  1: {
    name: 'details.neighbourhood.1',
    text:
      'MATCH (n:Entity {id: $id}) ' +
      `CALL (n) { ${HOP} RETURN collect(${HOP_ROW}) AS hop1 } ` +
      `RETURN ${ENTITY_MAP('n')} AS centre, hop1, [] AS hop2`,
  },
  2: {
    name: 'details.neighbourhood.2',
    text:
      'MATCH (c:Entity {id: $id}) ' +
      `CALL (c) { WITH c AS n ${HOP} ` +
      `RETURN collect(${HOP_ROW}) AS hop1, collect(DISTINCT m.id) AS frontier } ` +
      'WITH c, hop1, CASE WHEN size([x IN frontier WHERE x <> c.id]) >= $nodeLimit - 1 ' +
      'THEN [] ELSE frontier END AS frontier ' +
      'CALL (frontier) { UNWIND frontier AS fid MATCH (n:Entity {id: fid}) ' +
      `CALL (n) { ${HOP} RETURN r, m, rid, out } ` +
      'WITH fid, n, r, m, rid, out ORDER BY fid, rid LIMIT $rowLimit ' +
      `RETURN collect(${HOP_ROW}) AS hop2 } ` +
      `RETURN ${ENTITY_MAP('c')} AS centre, hop1, hop2`,
  },
};

/**
 * The subquery behind the strategy view, for a bound country `c`: its page of strategy items as
 * `items` (shared by COUNTRY_STRATEGY and the explorer's country page, so that both read it alike).
 */
export const STRATEGY_PAGE_OF_C =
  'CALL (c) { MATCH (c)<-[t:TARGETS]-(i) WITH t, i, t.id AS tid ' +
  'WHERE $after IS NULL OR tid > $after WITH t, i, tid ORDER BY tid LIMIT $limit ' +
  'CALL (i) { MATCH (i)-[r:PRIORITISES]->(m) WITH i, r, m, r.id AS rid ORDER BY rid LIMIT $perItem ' +
  `RETURN collect({relation: ${typedRelationMap('r', 'PRIORITISES', 'i', 'm')}, ` +
  `entity: ${ENTITY_MAP('m')}}) AS sectors } ` +
  'CALL (i) { MATCH (i)<-[r:BELONGS_TO]-(m) WITH i, r, m, r.id AS rid ORDER BY rid LIMIT $perItem ' +
  `RETURN collect({relation: ${typedRelationMap('r', 'BELONGS_TO', 'm', 'i')}, ` +
  `entity: ${ENTITY_MAP('m')}}) AS actions } ` +
  'CALL (i) { MATCH (i)-[b:BELONGS_TO]->()-[g:TARGETS]->(m) ' +
  "WHERE m.kind = 'region' WITH b, g, m ORDER BY b.id, g.id LIMIT 1 " +
  `RETURN collect(${ENTITY_MAP('m')}) AS regions } ` +
  `RETURN collect({relation: ${typedRelationMap('t', 'TARGETS', 'i', 'c')}, ` +
  `item: i {${ENTITY_FIELDS}, .sourcesJson}, ` +
  'sectors: sectors, actions: actions, regions: regions}) AS items } ';

/**
 * The strategy view of countries, a page at a time: the strategy items that target each
 * (`$limit` at most by TARGETS relation id, after the relation id `$after` when given), each
 * with its priority sectors and actions (`$perItem` at most) and the first region its parent
 * plan targets. The TARGETS relations are typed in the pattern, so a country is read through
 * those alone (India at a million relations: 7 600 of its 18 700).
 */
export const COUNTRY_STRATEGY: CypherQuery = {
  name: 'details.countryStrategy',
  text:
    'UNWIND $ids AS id MATCH (c:Entity {id: id}) ' +
    STRATEGY_PAGE_OF_C +
    `RETURN ${ENTITY_MAP('c')} AS country, items`,
};
