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

/** Strategy items per country at most, and sectors or actions per item at most. */
export const MAX_STRATEGY_ITEMS = 100;
export const MAX_ITEM_LINKS = 100;

/** Row shapes of COUNTRY_STRATEGY (plain JSON, as every store row is). */
interface LinkRow {
  [key: string]: JsonValue;
  relation: JsonValue;
  entity: JsonValue;
}

interface ItemRow {
  [key: string]: JsonValue;
  relation: JsonValue;
  item: JsonValue;
  sectors: LinkRow[];
  actions: LinkRow[];
  regions: JsonValue[];
}

const toLink = (row: LinkRow): LinkRecord => ({
  entity: toEntityRecord(row.entity),
  relation: toRelationRecord(row.relation),
});

/**
 * The planner's view of countries: the strategy items aimed at each (TARGETS), with priority
 * sectors and actions, grouped by the region of the item's plan and by the source document.
 * One store call for any number of countries.
 */
export async function countryStrategies(
  store: GraphStore,
  documents: DocumentRegistry,
  ids: readonly string[],
): Promise<Map<string, CountryStrategy>> {
  const rows = await store.read(COUNTRY_STRATEGY, {
    ids: [...ids],
    limit: MAX_STRATEGY_ITEMS,
    perItem: MAX_ITEM_LINKS,
  });
  const result = new Map<string, CountryStrategy>();
  for (const row of rows) {
    const country = toEntityRecord(row.country);
    const items = (row.items as ItemRow[]).map((itemRow) => {
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
    result.set(country.id, { country, groups: [...groups.values()] });
  }
  return result;
}
