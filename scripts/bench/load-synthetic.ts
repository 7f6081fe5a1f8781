/**
 * npx tsx scripts/bench/load-synthetic.ts --relations 100000 [--data-dir DIR] [--bulk] [--validate]
 *
 * Generates the seeded synthetic graph and loads it into the embedded store (a file in DIR, or
 * memory), with the seed loader (`loadSeedGraph`, one transaction) or with `--bulk`. Prints one
 * JSON line: sizes, generate and load time, peak and final RSS, and the ids the benchmark asks.
 */
import 'reflect-metadata';
import { DomainError } from '../../src/domain/errors';
import { loadSeedGraph } from '../../src/ingest/loader';
import { validateGraph } from '../../src/ingest/validate';
import type { SeedProblem } from '../../src/ingest/seed-problem';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { bulkLoadSyntheticGraph } from './bulk-load';
import { generateSyntheticGraph } from './synthetic-graph';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const mb = (bytes: number): number => Math.round(bytes / 1048576);

async function main(): Promise<void> {
  const relationCount = Number(arg('relations') ?? 10000);
  const bulk = process.argv.includes('--bulk');
  let started = performance.now();
  const { graph, targets } = generateSyntheticGraph(relationCount, Number(arg('seed') ?? 42));
  const generateMs = Math.round(performance.now() - started);

  let problems: SeedProblem[] = [];
  if (process.argv.includes('--validate')) {
    // The seed validator: ids, kinds, domain and range, dates, quotes, connectedness.
    const origin = (id: string) => [{ file: 'synthetic', record: id }];
    validateGraph(
      graph.entities
        .filter((e) => e.kind !== 'document')
        .map((e) => ({ ...e, origins: origin(e.id) })),
      graph.relations.map((r) => ({ ...r, origins: origin(r.id) })),
      graph.documents,
      (problems = []),
    );
  }

  const store = EmbeddedStore.open({ dataDir: arg('data-dir') ?? null, timeoutMs: 600000 });
  started = performance.now();
  try {
    if (bulk) await bulkLoadSyntheticGraph(store, graph);
    else await loadSeedGraph(store, graph, { force: true });
  } finally {
    await store.close();
  }
  const loadMs = Math.round(performance.now() - started);
  console.log(
    JSON.stringify({
      mode: bulk ? 'bulk' : 'loadSeedGraph',
      entities: graph.entities.length,
      relations: graph.relations.length,
      generateMs,
      loadMs,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      rssAfterMb: mb(process.memoryUsage().rss),
      problems: problems.length,
      firstProblems: problems.slice(0, 5),
      targets,
    }),
  );
}

main().catch((error: unknown) => {
  const message = error instanceof DomainError ? `${error.code}: ${error.message}` : String(error);
  console.error(`synthetic load failed: ${message}`);
  process.exit(1);
});
