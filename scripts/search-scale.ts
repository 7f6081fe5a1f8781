/**
 * Search and timeline latency as the graph grows: the seed graph, then synthetic graphs of the
 * sizes given (default 100000 relations), each loaded in memory on the embedded store. Prints
 * median and p99 per query. `npx tsx scripts/search-scale.ts [relations…]`. Reports; never fails.
 */
import 'reflect-metadata';
import { loadSeedGraph } from '../src/ingest/loader';
import { buildSeedGraph } from '../src/ingest/seed-graph';
import { searchEntities } from '../src/services/search.service';
import { timelineIds } from '../src/services/timeline.service';
import { EmbeddedStore } from '../src/store/embedded/embedded.store';
import type { GraphStore } from '../src/store/graph-store';
import { bulkLoadSyntheticGraph } from './bench/bulk-load';
import { generateSyntheticGraph } from './bench/synthetic-graph';

const RUNS = 40;

interface Case {
  name: string;
  run: (store: GraphStore) => Promise<unknown>;
}

function cases(searchJa: string, searchEn: string): Case[] {
  const search = (text: string) => (store: GraphStore) => searchEntities(store, text, null, 10);
  const timeline = (from: string | null, to: string | null) => (store: GraphStore) =>
    timelineIds(store, { entityId: null, kinds: ['meeting'], subtypes: null, from, to, limit: 50 });
  return [
    { name: `search ${searchJa}`, run: search(searchJa) },
    { name: `search ${searchEn}`, run: search(searchEn) },
    { name: 'search Japan US summit', run: search('Japan US summit') },
    { name: 'search 岸田', run: search('岸田') },
    { name: 'timeline (all)', run: timeline(null, null) },
    { name: 'timeline 2021-06', run: timeline('2021-06', '2021-06') },
  ];
}

async function measure(label: string, store: GraphStore, list: Case[]): Promise<void> {
  console.log(label);
  for (const c of list) {
    for (let i = 0; i < 5; i++) await c.run(store);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await c.run(store);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    console.log(
      `  ${c.name.padEnd(28)} median ${at(0.5).toFixed(2).padStart(8)} ms   p99 ${at(0.99).toFixed(2).padStart(8)} ms`,
    );
  }
}

async function main(): Promise<void> {
  const seed = EmbeddedStore.open({ timeoutMs: 600000 });
  const seedGraph = buildSeedGraph();
  await loadSeedGraph(seed, seedGraph);
  await measure(
    `seed graph (${seedGraph.relations.length} relations)`,
    seed,
    cases('日米', 'semiconductor'),
  );
  await seed.close();
  const sizes = process.argv.slice(2).map(Number);
  for (const relations of sizes.length ? sizes : [100000]) {
    const { graph, targets } = generateSyntheticGraph(relations, 42);
    const store = EmbeddedStore.open({ timeoutMs: 600000 });
    const started = performance.now();
    await bulkLoadSyntheticGraph(store, graph);
    const loadS = ((performance.now() - started) / 1000).toFixed(1);
    await measure(
      `synthetic graph (${graph.entities.length} entities, ${graph.relations.length} relations, loaded in ${loadS} s)`,
      store,
      cases(targets.searchJa, targets.searchEn),
    );
    await store.close();
  }
}

void main();
