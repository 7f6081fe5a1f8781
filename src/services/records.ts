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

function parseJson(value: JsonValue, fallback: unknown): unknown {
  if (typeof value !== 'string') return fallback;
  try {
    return JSON.parse(value);
  } catch {
    return fallback;
  }
}
