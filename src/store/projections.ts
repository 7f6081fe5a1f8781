import type { RelationType } from '../domain/vocabulary';
import { ENTITY_FIELDS } from './cypher/entities';

/*
 * Map projections that several statements of ./cypher share: text pieces, not statements (the
 * statement catalogue of test/cypher lints every statement of ./cypher, built with these).
 */

/** An entity as a map of its stored fields; `v` is the node variable (fixed text). */
export const ENTITY_MAP = (v: string): string => `${v} {${ENTITY_FIELDS}}`;

/**
 * A relation as a map when the pattern fixes its type and direction: the type and ends come from
 * the pattern's own variables. On the embedded engine `type(r)`, `startNode(r)` and `endNode(r)`
 * cost hundreds of microseconds each when an end is a hub (45 sector links of India's first 20
 * strategy items: 25 ms for those three against 4 ms for every stored property). `type` comes
 * from the vocabulary, never from input.
 */
export function typedRelationMap(v: string, type: RelationType, from: string, to: string): string {
  return relationMap(v, `'${type}'`, `${from}.id`, `${to}.id`);
}

/**
 * A relation as a map whose type and ends the engine looks up (`type`, `startNode`, `endNode`):
 * for pages of a few dozen rows; a walk over a hub's relations uses bothDirections instead.
 */
export function relationMapFromNodes(v: string): string {
  return relationMap(v, `type(${v})`, `startNode(${v}).id`, `endNode(${v}).id`);
}

/**
 * The relations of `n` in both directions as two directed matches, each of which knows which
 * end is which: binds `r`, `m` and `out` (true when `n` is the start). On the embedded engine
 * `startNode(r)` and `endNode(r)` on an undirected match cost about as much as the rest of the
 * row when the other end is a hub (the seed graph's depth-2 neighbourhood of the CoRe partnership:
 * 20.6 ms median and 81.8 ms p90 with them, 17.1 and 25.9 without, same rows). `limit` (a
 * parameter) bounds each direction, so that a hub still streams only its first rows; the caller
 * applies its own bound to the union. `where` filters `r` (and may read `m`).
 */
export function bothDirections(n: string, where: string, limit?: string): string {
  const bound = limit ? ` LIMIT ${limit}` : '';
  return (
    `CALL (${n}) { MATCH (${n})-[r]->(m) WHERE ${where} RETURN r, m, true AS out${bound} ` +
    `UNION ALL MATCH (${n})<-[r]-(m) WHERE ${where} RETURN r, m, false AS out${bound} }`
  );
}

/** A relation bound by `bothDirections` as a map: its ends from `out`, not from startNode/endNode. */
export function relationMapOfBoth(v: string, n: string, m: string): string {
  return relationMap(
    v,
    `type(${v})`,
    `CASE WHEN out THEN ${n}.id ELSE ${m}.id END`,
    `CASE WHEN out THEN ${m}.id ELSE ${n}.id END`,
  );
}

/** A relation's stored properties with its type and ends, each given as an expression. */
function relationMap(v: string, type: string, from: string, to: string): string {
  return (
    `${v} {.id, .capacity, .title, .validFrom, .validTo, .note, .propsJson, .sourcesJson, ` +
    `type: ${type}, from: ${from}, to: ${to}}`
  );
}
