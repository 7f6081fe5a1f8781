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
  return (
    `${v} {.id, .capacity, .title, .validFrom, .validTo, .note, .propsJson, .sourcesJson, ` +
    `type: '${type}', from: ${from}.id, to: ${to}.id}`
  );
}
