import type { GraphStore } from '../store/graph-store';
import { COUNTRY_PAGE, ITEM_LINKS } from '../store/cypher/explorer';
import type { DocumentRegistry } from './document-registry';
import {
  MAX_ITEM_LINKS,
  strategyOfRow,
  toLink,
  type CountryStrategy,
  type ItemRow,
  type LinkRecord,
  type LinkRow,
  type StrategyPage,
} from './country.service';
import { toEntityRecord, type EntityRecord } from './records';

/*
 * The explorer's pages, each read in one store call. The resolvers hand what these read to the
 * per-request loaders, so the field resolvers below them find it there.
 */

/** A country with its regions (MEMBER_OF links) and one page of its strategy view. */
export interface CountryPage {
  strategy: CountryStrategy;
  regions: LinkRecord[];
}

/** Countries' pages; `linkLimit` regions at most each (in relation-id order). */
export async function countryPages(
  store: GraphStore,
  documents: DocumentRegistry,
  ids: readonly string[],
  page: StrategyPage,
  linkLimit: number,
): Promise<Map<string, CountryPage>> {
  const rows = await store.read(COUNTRY_PAGE, {
    ids: [...ids],
    after: page.after,
    limit: page.first,
    perItem: MAX_ITEM_LINKS,
    linkLimit,
  });
  const result = new Map<string, CountryPage>();
  for (const row of rows) {
    const strategy = strategyOfRow(row.country, row.items as ItemRow[], documents);
    result.set(strategy.country.id, {
      strategy,
      regions: (row.regionLinks as LinkRow[]).map(toLink),
    });
  }
  return result;
}

/** An entity with its priority sectors (PRIORITISES out) and actions (BELONGS_TO in). */
export interface ItemLinks {
  entity: EntityRecord;
  sectors: LinkRecord[];
  actions: LinkRecord[];
}

/** Entities by id with their sector and action links, `linkLimit` of each (relation-id order). */
export async function itemLinks(
  store: GraphStore,
  ids: readonly string[],
  linkLimit: number,
): Promise<Map<string, ItemLinks>> {
  const rows = await store.read(ITEM_LINKS, { ids: [...ids], linkLimit });
  const result = new Map<string, ItemLinks>();
  for (const row of rows) {
    const entity = toEntityRecord(row.entity);
    result.set(entity.id, {
      entity,
      sectors: (row.sectors as LinkRow[]).map(toLink),
      actions: (row.actions as LinkRow[]).map(toLink),
    });
  }
  return result;
}
