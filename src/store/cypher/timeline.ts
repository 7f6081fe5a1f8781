import type { CypherQuery } from '../graph-store';

/**
 * Dated entities (meetings by default) in date order. A partial date is the interval of days it
 * can mean: `dateDay` is its first day and `dateEndDay` its last (or the last day of `dateEnd`).
 * The service turns a window and a match mode (overlap or within) into bounds on both, so the
 * statement stays one range test per property; null means "no bound".
 *
 * Index use: the whole-graph timeline starts from each asked kind by equality, which both
 * engines serve from an index (Neo4j's (kind, dateDay) range index also serves the day bounds
 * and the order; Grafeo's indexes are hash indexes, equality only, so there the kind index
 * narrows the work to the dated kinds asked for, not the graph).
 */
const DATE_FILTER =
  'n.dateDay IS NOT NULL ' +
  'AND ($startMin IS NULL OR n.dateDay >= $startMin) ' +
  'AND ($startMax IS NULL OR n.dateDay <= $startMax) ' +
  'AND ($endMin IS NULL OR n.dateEndDay >= $endMin) ' +
  'AND ($endMax IS NULL OR n.dateEndDay <= $endMax) ' +
  'AND ($subtypes IS NULL OR n.subtype IN $subtypes)';

export const TIMELINE: CypherQuery = {
  name: 'timeline.events',
  text:
    `UNWIND $kinds AS kind MATCH (n:Entity {kind: kind}) WHERE ${DATE_FILTER} ` +
    'RETURN n.id AS id ORDER BY n.dateDay, n.id LIMIT $limit',
};

/** Filtered by a linked entity: start from that entity, so the cost follows its degree, not the graph's size. */
export const TIMELINE_OF_ENTITY: CypherQuery = {
  name: 'timeline.eventsOfEntity',
  text:
    `MATCH (x:Entity {id: $entityId})--(n:Entity) WHERE n.kind IN $kinds AND ${DATE_FILTER} ` +
    'WITH DISTINCT n RETURN n.id AS id ORDER BY n.dateDay, n.id LIMIT $limit',
};
