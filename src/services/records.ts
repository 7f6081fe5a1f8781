import type { PropertyValue, Source } from '../domain/entity';
import type { EntityKind, RelationType } from '../domain/vocabulary';
import type { JsonValue } from '../store/graph-store';

/** An entity as read from the store (its sources are loaded separately, on demand). */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  subtype: string | null;
  nameJa: string;
  nameEn: string | null;
  aliases: string[];
  date: string | null;
  dateEnd: string | null;
  description: string | null;
  props: Record<string, PropertyValue>;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  capacity: string | null;
  title: string | null;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  props: Record<string, PropertyValue>;
  sources: Source[];
}

type JsonObject = { [key: string]: JsonValue };

export function toEntityRecord(value: JsonValue): EntityRecord {
  const row = value as JsonObject;
  return {
    id: String(row.id),
    kind: String(row.kind) as EntityKind,
    subtype: nullableString(row.subtype),
    nameJa: String(row.nameJa),
    nameEn: nullableString(row.nameEn),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    date: nullableString(row.date),
    dateEnd: nullableString(row.dateEnd),
    description: nullableString(row.description),
    props: parseJson(row.propsJson, {}) as Record<string, PropertyValue>,
  };
}

export function toRelationRecord(value: JsonValue): RelationRecord {
  const row = value as JsonObject;
  return {
    id: String(row.id),
    type: String(row.type) as RelationType,
    from: String(row.from),
    to: String(row.to),
    capacity: nullableString(row.capacity),
    title: nullableString(row.title),
    validFrom: nullableString(row.validFrom),
    validTo: nullableString(row.validTo),
    note: nullableString(row.note),
    props: parseJson(row.propsJson, {}) as Record<string, PropertyValue>,
    sources: parseSources(row.sourcesJson),
  };
}

export function parseSources(value: JsonValue | undefined): Source[] {
  return parseJson(value ?? null, []) as Source[];
}

/** The other end of a relation, seen from `entityId`. */
export function otherEnd(relation: RelationRecord, entityId: string): string {
  return relation.from === entityId ? relation.to : relation.from;
}

function nullableString(value: JsonValue | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Parsed `propsJson`/`sourcesJson`, keyed by the JSON text itself. The graph is reference data,
 * so the same few thousand strings come back request after request; keying by content (not by
 * id) means a reloaded graph can never be served a stale parse. Values are frozen because every
 * request shares them. Bounded: past `limit` entries the oldest is dropped (insertion order).
 */
class ParsedJsonCache {
  private readonly entries = new Map<string, unknown>();
  hits = 0;
  misses = 0;

  constructor(public limit: number) {}

  parse(text: string, fallback: unknown): unknown {
    if (this.limit === 0) return parseOrFallback(text, fallback);
    const cached = this.entries.get(text);
    if (cached !== undefined) {
      this.hits++;
      return cached;
    }
    this.misses++;
    const parsed = deepFreeze(parseOrFallback(text, fallback));
    if (this.entries.size >= this.limit) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(text, parsed);
    return parsed;
  }

  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Default bound: twice the JSON strings of the seed graph (1.3k entities, 3.4k relations, 2 each). */
export const DEFAULT_RECORD_CACHE_ENTRIES = 20000;
export const parsedJsonCache = new ParsedJsonCache(DEFAULT_RECORD_CACHE_ENTRIES);

/** 0 turns the cache off (every record parses its JSON again), for benchmarks. */
export function setRecordCacheEntries(limit: number): void {
  parsedJsonCache.limit = limit;
  parsedJsonCache.clear();
}

function parseJson(value: JsonValue, fallback: unknown): unknown {
  if (typeof value !== 'string') return fallback;
  return parsedJsonCache.parse(value, fallback);
}

function parseOrFallback(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
