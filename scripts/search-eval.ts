/**
 * Prints the search evaluation: top-1 and MRR over test/search-eval/queries.ts against the seed
 * graph on the embedded store, by kind of query, and the queries whose expected entity did not
 * come first. `npm run search:eval`.
 */
import 'reflect-metadata';
import { loadSeedGraph } from '../src/ingest/loader';
import { buildSeedGraph } from '../src/ingest/seed-graph';
import { searchEntities } from '../src/services/search.service';
import { EmbeddedStore } from '../src/store/embedded/embedded.store';
import { evaluateSearch } from '../test/search-eval/evaluate';
import { SEARCH_EVAL_SET } from '../test/search-eval/queries';

async function main(): Promise<void> {
  const store = EmbeddedStore.open();
  try {
    await loadSeedGraph(store, buildSeedGraph());
    const report = await evaluateSearch(SEARCH_EVAL_SET, async (text, first) =>
      (await searchEntities(store, text, null, first)).map((hit) => hit.entity.id),
    );
    console.log(`queries ${report.queries}  top-1 ${report.top1}  MRR ${report.mrr}`);
    for (const [kind, r] of Object.entries(report.byKind)) {
      console.log(
        `  ${kind.padEnd(8)} ${String(r.queries).padStart(4)}  top-1 ${r.top1}  MRR ${r.mrr}`,
      );
    }
    for (const miss of report.misses) {
      console.log(
        `  miss: ${JSON.stringify(miss.query.query)} → expected ${miss.query.expected} at ${miss.rank ?? '-'}; first ${miss.top ?? '(nothing)'}`,
      );
    }
  } finally {
    await store.close();
  }
}

void main();
