import type { JsonValue } from './graph-store';

/** An engine's own value types as plain JSON, or undefined for a value that is not one of them. */
export type EngineScalar = (value: object) => JsonValue | undefined;

/**
 * Turns whatever an engine returns into plain JSON values, so that both adapters hand the
 * service identical rows. `scalar` maps the engine's own types (the Neo4j adapter's driver
 * Integers and temporals, src/store/neo4j/neo4j-values.ts); kept out of here so that the
 * embedded store never loads neo4j-driver (a sixth of a cold start's module loading).
 */
export function toPlain(value: unknown, scalar?: EngineScalar): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') {
    // Past ±2^53 a number would silently lose digits; keep it exact as a string.
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (scalar && typeof value === 'object') {
    const mapped = scalar(value);
    if (mapped !== undefined) return mapped;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => toPlain(item, scalar));
  if (typeof value === 'object') {
    const result: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>))
      result[key] = toPlain(item, scalar);
    return result;
  }
  return String(value);
}
