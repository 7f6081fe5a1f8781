import { DomainError } from '../domain/errors';
import { searchKey } from '../domain/text';
import type { GraphStore } from '../store/graph-store';
import { ENTITIES_FOR_SEARCH_HITS, SEARCH_BY_KEYS } from '../store/cypher/entities';
import { toEntityRecord, type EntityRecord } from './records';

export interface SearchResult {
  entity: EntityRecord;
  score: number;
  matchedText: string;
}

/** Scores by how the query matched: names and aliases outrank the text index. */
const SCORE = { exact: 1, prefix: 0.8, substring: 0.6, textIndex: 0.5 } as const;
export const MAX_SEARCH_TEXT_LENGTH = 200;

/**
 * Search the way Japanese users type: the query and every name are folded alike (NFKC, case,
 * katakana variants, long-vowel marks, dots, brackets), exact alias matches come first (ＩＰＥＦ,
 * ipef, 経済版「２＋２」), then prefixes and substrings, then the engine's CJK text index.
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
  const key = searchKey(text);
  if (key === '') return [];
  const rows = await store.read(SEARCH_BY_KEYS, { key, kinds, limit: first });
  const results: SearchResult[] = rows.map((row) => {
    const rank = Number(row.rank);
    const entity = toEntityRecord(row.entity);
    const score = rank === 3 ? SCORE.exact : rank === 2 ? SCORE.prefix : SCORE.substring;
    return { entity, score, matchedText: matchedName(entity, key) };
  });
  if (results.length >= first) return results;

  const hits = (await store.searchText(key, first * 2)).filter(
    (hit) => !results.some((r) => r.entity.id === hit.id),
  );
  if (hits.length === 0) return results;
  const best = Math.max(...hits.map((hit) => hit.score));
  const entityRows = await store.read(ENTITIES_FOR_SEARCH_HITS, {
    ids: hits.map((h) => h.id),
    kinds,
  });
  const byId = new Map(
    entityRows.map((row) => [String((row.entity as { id: string }).id), row.entity]),
  );
  for (const hit of hits) {
    const row = byId.get(hit.id);
    if (!row || results.length >= first) continue;
    const entity = toEntityRecord(row);
    results.push({
      entity,
      score: Number(((SCORE.textIndex * hit.score) / best).toFixed(4)),
      matchedText: matchedName(entity, key),
    });
  }
  return results;
}

/** The name or alias that best explains the match, as the seed spells it. */
function matchedName(entity: EntityRecord, key: string): string {
  const names = [entity.nameJa, entity.nameEn ?? '', ...entity.aliases].filter(Boolean);
  const folded = names.map((name) => ({ name, key: searchKey(name) }));
  return (
    folded.find((n) => n.key === key)?.name ??
    folded.find((n) => n.key.startsWith(key))?.name ??
    folded.find((n) => n.key.includes(key))?.name ??
    bestBigramOverlap(folded, key) ??
    entity.nameJa
  );
}

function bestBigramOverlap(
  names: Array<{ name: string; key: string }>,
  key: string,
): string | undefined {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) grams.add(key.slice(i, i + 2));
  let best: { name: string; overlap: number } | undefined;
  for (const { name, key: nameKey } of names) {
    let overlap = 0;
    for (const gram of grams) if (nameKey.includes(gram)) overlap++;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { name, overlap };
  }
  return best?.name;
}
