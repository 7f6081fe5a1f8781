/**
 * npx tsx scripts/bench/profile-store.ts [--data-dir DIR] [--reps 200]
 *
 * Where a query class spends its store time: each store call it makes, run alone and one at a
 * time, with its median and p99. Seed graph in memory by default; DIR opens a synthetic graph
 * loaded by load-synthetic.ts (its targets are regenerated with --relations N).
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { loadSeedGraph } from '../../src/ingest/loader';
import { readDocuments } from '../../src/ingest/documents';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { DEFAULT_SEEDS_DIR } from '../../src/ingest/seeds-dir';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { queryClasses, SEED_TARGETS } from './bench-queries';
import { summarise } from './latency';
import { captureClasses } from './store-harness';
import { generateSyntheticGraph } from './synthetic-graph';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const reps = Number(arg('reps') ?? 200);
  const dataDir = arg('data-dir');
  const only = arg('class');
  let store: EmbeddedStore;
  let targets = { ...SEED_TARGETS };
  if (dataDir) {
    store = EmbeddedStore.open({ dataDir, timeoutMs: 60000 });
    targets = generateSyntheticGraph(Number(arg('relations') ?? 1000000)).targets;
  } else {
    const graph = buildSeedGraph();
    store = EmbeddedStore.open({ timeoutMs: 60000 });
    await loadSeedGraph(store, graph);
    targets.wideIds = graph.entities
      .filter((e) => e.kind === 'meeting')
      .map((e) => e.id)
      .slice(0, 50);
  }
  const { documents } = readDocuments(join(DEFAULT_SEEDS_DIR, 'documents'));
  const classes = queryClasses(targets).filter((c) => !only || c.name.includes(only));
  const captures = await captureClasses(store, documents, classes);
  for (const capture of captures) {
    console.log(`\n${capture.name}${capture.errors.length ? ` ERRORS ${capture.errors[0]}` : ''}`);
    for (const call of capture.calls) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < reps; i++) {
        const t = performance.now();
        if (call.kind === 'read') rows = (await store.read(call.query, call.params)).length;
        else rows = (await store.searchText(call.text, call.limit)).length;
        times.push(performance.now() - t);
      }
      const s = summarise(times, 1);
      const name = call.kind === 'read' ? call.query.name : 'searchText';
      console.log(
        `  ${name.padEnd(34)} rows ${String(rows).padStart(5)}  p50 ${s.p50} ms  p99 ${s.p99} ms`,
      );
    }
  }
  await store.close();
}

void main();
