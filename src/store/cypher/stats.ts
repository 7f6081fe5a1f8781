import type { CypherQuery } from '../graph-store';

export { COUNT_BY_KIND, COUNT_BY_RELATION_TYPE } from './load';

export const GRAPH_LOADED: CypherQuery = {
  name: 'stats.graphLoaded',
  text: "MATCH (m:KizunaMeta {id: 'seed'}) RETURN m.fingerprint AS fingerprint, m.entities AS entities",
};

/** The readiness probe's trivial query. */
export const PING: CypherQuery = { name: 'ping', text: 'RETURN 1 AS ok' };

/** The loaded seed graph's citable version; no row, or nulls, for a graph loaded without one. */
export const GRAPH_VERSION: CypherQuery = {
  name: 'stats.graphVersion',
  text:
    "MATCH (m:KizunaMeta {id: 'seed'}) " +
    'RETURN m.versionFingerprint AS fingerprint, m.lastChanged AS lastChanged',
};
