import type { GraphStore, JsonValue } from '../store/graph-store';
import { COUNTRY_STRATEGY } from '../store/cypher/details';
import type { DocumentRegistry, DocumentValue } from './document-registry';
import {
  parseSources,
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from './records';

export interface LinkRecord {
  entity: EntityRecord;
  relation: RelationRecord;
}

export interface StrategyItemView {
  item: LinkRecord;
  prioritySectors: LinkRecord[];
  actions: LinkRecord[];
}

export interface StrategyGroup {
  region: EntityRecord | null;
  document: DocumentValue;
  items: StrategyItemView[];
}

export interface CountryStrategy {
  country: EntityRecord;
  groups: StrategyGroup[];
}

/** One page of a country's strategy items: `first` of them after the TARGETS relation `after`. */
export interface StrategyPage {
  first: number;
  after: string | null;
}

/** Items per page by default and at most (the relations page's bounds). */
export const DEFAULT_STRATEGY_ITEMS = 20;
export const MAX_STRATEGY_ITEMS = 100;
/**
 * Sectors and actions shown per item in the country view (the curated items have at most 10
 * and 11); the item's own `prioritySectors` and `items` fields list up to 100.
 */
export const MAX_ITEM_LINKS = 20;

/** Row shapes of COUNTRY_STRATEGY (plain JSON, as every store row is). */
export interface LinkRow {
  [key: string]: JsonValue;
  relation: JsonValue;
  entity: JsonValue;
}

export interface ItemRow {
  [key: string]: JsonValue;
  relation: JsonValue;
  item: JsonValue;
  sectors: LinkRow[];
  actions: LinkRow[];
  regions: JsonValue[];
}

export const toLink = (row: LinkRow): LinkRecord => ({
  entity: toEntityRecord(row.entity),
  relation: toRelationRecord(row.relation),
});

/**
 * The planner's view of countries, one page of items each: the strategy items aimed at each
 * (TARGETS, in relation-id order), with priority sectors and actions, grouped by the region of
 * the item's plan and by the source document. One store call for any number of countries.
 */
export async function countryStrategies(
  store: GraphStore,
  documents: DocumentRegistry,
  ids: readonly string[],
  page: StrategyPage,
): Promise<Map<string, CountryStrategy>> {
  const rows = await store.read(COUNTRY_STRATEGY, {
    ids: [...ids],
    after: page.after,
    limit: page.first,
    perItem: MAX_ITEM_LINKS,
  });
  const result = new Map<string, CountryStrategy>();
  for (const row of rows) {
    const view = strategyOfRow(row.country, row.items as ItemRow[], documents);
    result.set(view.country.id, view);
  }
  return result;
}

/**
 * A country's strategy view from the `country` and `items` columns of COUNTRY_STRATEGY (or of a
 * statement that reads the items the same way): items grouped by region and source document.
 */
export function strategyOfRow(
  countryRow: JsonValue,
  itemRows: ItemRow[],
  documents: DocumentRegistry,
): CountryStrategy {
  const country = toEntityRecord(countryRow);
  const items = itemRows.map((itemRow) => {
    const item = {
      entity: toEntityRecord(itemRow.item),
      relation: toRelationRecord(itemRow.relation),
    };
    const itemSources = parseSources((itemRow.item as { sourcesJson?: JsonValue }).sourcesJson);
    return {
      view: {
        item,
        prioritySectors: itemRow.sectors.map(toLink),
        actions: itemRow.actions.map(toLink),
      },
      region: itemRow.regions.length > 0 ? toEntityRecord(itemRow.regions[0]) : null,
      documentId: item.relation.sources[0]?.documentId ?? itemSources[0]?.documentId ?? '',
    };
  });
  const groups = new Map<string, StrategyGroup>();
  for (const { view, region, documentId } of items) {
    const document = documents.get(documentId);
    if (!document) continue;
    const key = `${region?.id ?? ''}|${documentId}`;
    const group = groups.get(key) ?? {
      region,
      document: documents.asEntity(document),
      items: [],
    };
    group.items.push(view);
    groups.set(key, group);
  }
  return { country, groups: [...groups.values()] };
}
