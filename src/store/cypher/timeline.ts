import type { CypherQuery } from '../graph-store';

/**
 * Dated entities (meetings by default) in date order. `dateDay` is the earliest day a partial
 * date can mean, so a meeting dated only "2021-04" falls in an April range.
 */
export const TIMELINE: CypherQuery = {
  name: 'timeline.events',
  text:
    'MATCH (n:Entity) WHERE n.kind IN $kinds AND n.dateDay IS NOT NULL ' +
    'AND ($from IS NULL OR n.dateDay >= $from) AND ($to IS NULL OR n.dateDay <= $to) ' +
    'AND ($subtypes IS NULL OR n.subtype IN $subtypes) ' +
    'AND ($entityId IS NULL OR EXISTS { MATCH (n)--(x:Entity) WHERE x.id = $entityId }) ' +
    'RETURN n.id AS id ORDER BY n.dateDay, n.id LIMIT $limit',
};
