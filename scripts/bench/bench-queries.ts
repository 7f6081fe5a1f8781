import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchTargets } from './synthetic-graph';

/** One query class: an operation from ./queries and the variables it is run with. */
export interface QueryClass {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export function operation(file: string): string {
  return readFileSync(join(__dirname, 'queries', `${file}.graphql`), 'utf8');
}

/** The ids the seed-graph run asks for: typical entities of the curated graph. */
export const SEED_TARGETS: BenchTargets = {
  entityId: 'meeting-2022-07-economic-2plus2-first',
  neighbourhoodId: 'framework-core-partnership',
  pathFrom: 'meeting-2021-03-23-kajiyama-tai-video-conference',
  pathTo: 'country-in',
  // Filled by the harness when the seed graph has a pair more than 4 hops apart.
  noPathFrom: '',
  noPathTo: '',
  countryCode: 'IN',
  timelineEntityId: 'country-us',
  searchJa: '日米',
  searchEn: 'semiconductor',
  // Filled by the harness: the first 25 meetings and 25 strategy items by id.
  wideIds: [],
};

export function queryClasses(t: BenchTargets): QueryClass[] {
  return [
    { name: 'trivial', query: operation('trivial'), variables: {} },
    { name: 'entity by id', query: operation('entity-by-id'), variables: { id: t.entityId } },
    { name: 'search (ja)', query: operation('search'), variables: { text: t.searchJa } },
    { name: 'search (en)', query: operation('search'), variables: { text: t.searchEn } },
    {
      name: 'neighbourhood depth 1',
      query: operation('neighbourhood'),
      variables: { id: t.neighbourhoodId, depth: 1 },
    },
    {
      name: 'neighbourhood depth 2',
      query: operation('neighbourhood'),
      variables: { id: t.neighbourhoodId, depth: 2 },
    },
    {
      name: 'paths maxHops 4',
      query: operation('paths'),
      variables: { from: t.pathFrom, to: t.pathTo },
    },
    { name: 'country view', query: operation('country'), variables: { code: t.countryCode } },
    { name: 'timeline', query: operation('timeline'), variables: { entityId: t.timelineEntityId } },
    { name: 'wide (50 entities)', query: operation('wide'), variables: { ids: t.wideIds } },
  ];
}
