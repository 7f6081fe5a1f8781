import { DomainError } from '../domain/errors';
import type { GraphStore } from '../store/graph-store';
import { toEntityRecord } from './records';
import {
  compareHits,
  indexQuery,
  prepareQuery,
  rankEntity,
  type RankedHit,
} from './search-ranking';

export type SearchResult = RankedHit;

export const MAX_SEARCH_TEXT_LENGTH = 200;
/**
 * Candidates the text index proposes for ranking, per hit asked for; more when kinds filter
 * them afterwards (the index knows no kinds). The evaluation set scores the same from 50 up.
 */
const CANDIDATES_PER_HIT = 5;
const MIN_CANDIDATES = 50;
const MIN_CANDIDATES_WITH_KINDS = 200;

/**
 * Search the way Japanese and English users type. The engine's text index (Neo4j full-text,
 * Grafeo BM25, both CJK-bigram) proposes candidates with their entities in one store call, so
 * the cost follows the index, not the size of the graph; search-ranking.ts then decides what
 * matches and in which order: exact names and aliases first, then names starting with or
 * holding the query at word starts, then every query word in names or description, then loose
 * matches that contain most of the query.
 */
export async function searchEntities(
  store: GraphStore,
  text: string,
  kinds: string[] | null,
  first: number,
): Promise<SearchResult[]> {
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `search text is longer than ${MAX_SEARCH_TEXT_LENGTH} characters`,
    );
  }
  const query = prepareQuery(text);
  if (query.key === '') return [];
  const hits = await store.searchText(
    indexQuery(query),
    Math.max(first * CANDIDATES_PER_HIT, kinds ? MIN_CANDIDATES_WITH_KINDS : MIN_CANDIDATES),
  );
  const ranked: RankedHit[] = [];
  for (const hit of hits) {
    const entity = toEntityRecord(hit.entity);
    if (kinds && !kinds.includes(entity.kind)) continue;
    const result = rankEntity(entity, query);
    if (result) ranked.push(result);
  }
  return ranked.sort(compareHits).slice(0, first);
}
