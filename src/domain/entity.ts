import type { EntityKind, RelationType } from './vocabulary';
import type { PartialDate } from './partial-date';

/** Where a statement comes from: a line span of a source document and the exact words. */
export interface Source {
  documentId: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
  /** True when the text implies the fact rather than stating it; `note` says how. */
  inferred: boolean;
  note?: string;
}

/** Values a property may hold in both stores (Neo4j rejects maps as property values). */
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];

export interface Entity {
  id: string;
  kind: EntityKind;
  subtype?: string;
  nameJa: string;
  nameEn?: string;
  aliases: string[];
  date?: PartialDate;
  dateEnd?: PartialDate;
  description?: string;
  props: Record<string, PropertyValue>;
  sources: Source[];
}

export interface Relation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** ATTENDED: the title held at the time. */
  capacity?: string;
  /** HOLDS_ROLE: the title. */
  title?: string;
  validFrom?: PartialDate;
  validTo?: PartialDate;
  note?: string;
  props: Record<string, PropertyValue>;
  sources: Source[];
}

/**
 * A relation's identity: type and ends, plus the seed's `key` when two different statements link
 * the same pair with the same type (two titles held, two dates).
 */
export function defaultRelationId(type: string, from: string, to: string, key?: string): string {
  return key ? `${from}--${type}--${to}--${key}` : `${from}--${type}--${to}`;
}
