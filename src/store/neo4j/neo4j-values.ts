import neo4j from 'neo4j-driver';
import type { JsonValue, Params } from '../graph-store';
import { toPlain } from '../values';

/** A driver row as plain JSON: Integers become numbers (strings past ±2^53), temporals ISO strings. */
export function neo4jToPlain(value: unknown): JsonValue {
  return toPlain(value, neo4jScalar);
}

function neo4jScalar(value: object): JsonValue | undefined {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isTemporal(value)) return value.toString();
  return undefined;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * Parameters for neo4j-driver: integral numbers become Integers, because the driver would
 * otherwise send them as floats (and Neo4j rejects `LIMIT 5.0`). The embedded engine takes
 * JS numbers as they are.
 */
export function toNeo4jParams(params: Params): Params {
  return convert(params) as Params;
  function convert(value: unknown): unknown {
    if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value instanceof Date) throw new TypeError('pass dates as ISO strings, not Date objects');
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  }
}
