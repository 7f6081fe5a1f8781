/**
 * npx tsx scripts/bench/cpu-per-request.ts [--runs N] [--no-record-cache] [--only NAME]
 *
 * The CPU a request costs, in process: each query class run N times one after the other through
 * Apollo's executeOperation against the embedded store with the seed graph, and the process's
 * CPU time (every thread, the engine's included) divided by N. On a shared, loaded machine wall
 * times swing by several times between runs; CPU per request moves far less, so it is the
 * figure to compare a change with (run it on both trees). Prints JSON.
 */
import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { createContext } from '../../src/graphql/context';
import { loadSeedGraph } from '../../src/ingest/loader';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { createServer } from '../../src/server/create-server';
import { DocumentRegistry } from '../../src/services/document-registry';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { queryClasses, SEED_TARGETS } from './bench-queries';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 200;
/** `--only "entity by id"`: one class, e.g. to profile it alone with `node --cpu-prof`. */
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg >= 0 ? process.argv[onlyArg + 1] : null;

async function main(): Promise<void> {
  const graph = buildSeedGraph();
  const store = EmbeddedStore.open();
  await loadSeedGraph(store, graph);
  const env: Record<string, string> = { NODE_ENV: 'production', LOG_LEVEL: 'silent' };
  if (process.argv.includes('--no-record-cache')) env.RECORD_CACHE_ENTRIES = '0';
  const config = loadConfig(env);
  const documents = new DocumentRegistry(graph.documents);
  const server = await createServer({
    config,
    store,
    documents,
    logger: pino({ level: 'silent' }),
  });
  const pick = (kind: string): string[] =>
    graph.entities
      .filter((e) => e.kind === kind)
      .map((e) => e.id)
      .sort()
      .slice(0, 25);
  const classes = queryClasses({
    ...SEED_TARGETS,
    wideIds: [...pick('meeting'), ...pick('strategy_item')],
  });
  const result: Record<
    string,
    { cpuMsPerRequest: number; wallMsMedian: number; storeCalls: number }
  > = {};
  for (const c of classes) {
    if (ONLY !== null && c.name !== ONLY) continue;
    const once = async (): Promise<number> => {
      const contextValue = createContext(store, documents, config);
      const response = await server.apollo.executeOperation(
        { query: c.query, variables: c.variables },
        { contextValue },
      );
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`${c.name} failed`);
      }
      return contextValue.store.calls;
    };
    for (let i = 0; i < 20; i++) await once();
    const walls: number[] = [];
    let storeCalls = 0;
    const cpu = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      storeCalls = await once();
      walls.push(performance.now() - t);
    }
    const used = process.cpuUsage(cpu);
    walls.sort((a, b) => a - b);
    result[c.name] = {
      cpuMsPerRequest: Number(((used.user + used.system) / 1000 / RUNS).toFixed(2)),
      wallMsMedian: Number(walls[Math.floor(RUNS / 2)].toFixed(2)),
      storeCalls,
    };
  }
  await server.apollo.stop();
  await store.close();
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
