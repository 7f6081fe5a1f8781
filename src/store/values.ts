import neo4j from 'neo4j-driver';
import type { JsonValue, Params } from './graph-store';

/**
 * Turns whatever an engine returns into plain JSON values, so that both adapters hand the
 * service identical rows: driver Integers become numbers, temporals ISO strings.
 */
export function toPlain(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') {
    // Past ±2^53 a number would silently lose digits; keep it exact as a string.
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (isTemporal(value)) return (value as { toString(): string }).toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const result: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>))
      result[key] = toPlain(item);
    return result;
  }
  return String(value);
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
