import { searchEntities } from '../../src/services/search.service';
import { seededServer, seedGraph, type SeededServer } from '../helpers/seeded-server';
import { evaluateSearch } from '../search-eval/evaluate';
import { SEARCH_EVAL_SET } from '../search-eval/queries';

/**
 * The search evaluation set (test/search-eval/queries.ts) against the seed graph. The floors
 * are the level search reached when the set was written (docs/seed-graph.md, "Search
 * evaluation"); `npm run search:eval` prints the figures and every miss.
 */
const TOP1_FLOOR = 0.99;
const MRR_FLOOR = 0.99;

let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

test('the set has at least 150 queries in Japanese and English, each naming an entity that exists', () => {
  expect(SEARCH_EVAL_SET.length).toBeGreaterThanOrEqual(150);
  const ids = new Set(seedGraph().entities.map((e) => e.id));
  expect(SEARCH_EVAL_SET.filter((q) => !ids.has(q.expected))).toEqual([]);
  const japanese = SEARCH_EVAL_SET.filter((q) =>
    /[\p{Script=Han}\p{Script=Katakana}]/u.test(q.query),
  );
  expect(japanese.length).toBeGreaterThanOrEqual(50);
  expect(SEARCH_EVAL_SET.length - japanese.length).toBeGreaterThanOrEqual(50);
  for (const kind of ['name', 'acronym', 'variant', 'phrase']) {
    expect(SEARCH_EVAL_SET.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(20);
  }
});

test(`top-1 stays at or above ${TOP1_FLOOR} and MRR at or above ${MRR_FLOOR}`, async () => {
  const report = await evaluateSearch(SEARCH_EVAL_SET, async (text, first) =>
    (await searchEntities(server.store, text, null, first)).map((hit) => hit.entity.id),
  );
  const misses = report.misses.map((m) => `${m.query.query} → ${m.top} (expected at ${m.rank})`);
  expect({ top1: report.top1 >= TOP1_FLOOR, mrr: report.mrr >= MRR_FLOOR, misses }).toEqual({
    top1: true,
    mrr: true,
    misses: expect.any(Array),
  });
});
