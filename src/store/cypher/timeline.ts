import type { CypherQuery } from '../graph-store';

/**
 * Dated entities (meetings by default) in date order. `dateDay` is the earliest day a partial
 * date can mean, so a meeting dated only "2021-04" falls in an April range.
 */
const DATE_FILTER =
  'n.kind IN $kinds AND n.dateDay IS NOT NULL ' +
  'AND ($from IS NULL OR n.dateDay >= $from) AND ($to IS NULL OR n.dateDay <= $to) ' +
  'AND ($subtypes IS NULL OR n.subtype IN $subtypes)';

export const TIMELINE: CypherQuery = {
  name: 'timeline.events',
  text: `MATCH (n:Entity) WHERE ${DATE_FILTER} RETURN n.id AS id ORDER BY n.dateDay, n.id LIMIT $limit`,
};

/** Filtered by a linked entity: start from that entity, so the cost follows its degree, not the graph's size. */
export const TIMELINE_OF_ENTITY: CypherQuery = {
  name: 'timeline.eventsOfEntity',
  text:
    `MATCH (x:Entity {id: $entityId})--(n:Entity) WHERE ${DATE_FILTER} ` +
    'WITH DISTINCT n RETURN n.id AS id ORDER BY n.dateDay, n.id LIMIT $limit',
};
