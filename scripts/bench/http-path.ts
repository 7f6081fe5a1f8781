/**
 * npx tsx scripts/bench/http-path.ts [--rounds N] [--seconds S] [--compiled] [--before DIR]
 *
 * The HTTP path alone, on the seed graph: the trivial query against plain node:http and the
 * entity-by-id query against graphql-js over the same answer in memory, each baseline and the
 * service measured in turn, `rounds` times, so that the ratios come from one run on the same
 * machine load. `--before DIR` also runs the service of another checkout (e.g. main before a
 * change) in each round, so that before and after share the load too. Prints each round and the
 * median ratios (JSON on the last line). It reports; it never fails on slow figures.
 * `--compiled` runs the services from dist/ (npm run build first, in each tree).
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocuments } from '../../src/ingest/documents';
import { loadSeedGraph } from '../../src/ingest/loader';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { DEFAULT_SEEDS_DIR } from '../../src/ingest/seeds-dir';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { queryClasses, SEED_TARGETS } from './bench-queries';
import { load, type HttpRun } from './http-load';
import { startBaseline, startService } from './processes';
import { captureClasses } from './store-harness';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 3);
const OPTIONS = { connections: 10, seconds: arg('seconds', 4), warmupRequests: 300 };
const COMPILED = process.argv.includes('--compiled');
const beforeArg = process.argv.indexOf('--before');
const BEFORE = beforeArg >= 0 ? process.argv[beforeArg + 1] : null;

/** CPU time a process has used (user + system, every thread), in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * A load run and the server's CPU per request (warm-up included): on a shared machine the
 * requests per second swing with everyone's load, the CPU a request costs far less.
 */
async function measured(
  server: { url: string; child: { pid?: number } },
  query: string,
  variables: Record<string, unknown>,
): Promise<HttpRun & { cpuUsPerRequest: number }> {
  const before = cpuMs(server.child.pid!);
  const run = await load(server.url, query, variables, OPTIONS);
  const used = cpuMs(server.child.pid!) - before;
  return {
    ...run,
    cpuUsPerRequest: Math.round((used * 1000) / (run.requests + OPTIONS.warmupRequests)),
  };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const graph = buildSeedGraph();
  const store = EmbeddedStore.open();
  await loadSeedGraph(store, graph);
  const classes = queryClasses(SEED_TARGETS).filter((c) =>
    ['trivial', 'entity by id'].includes(c.name),
  );
  const [trivial, entity] = classes;
  const { documents } = readDocuments(join(DEFAULT_SEEDS_DIR, 'documents'));
  const captures = await captureClasses(store, documents, classes);
  await store.close();
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-http-path-'));
  const fixtures = join(dir, 'f.json');
  writeFileSync(fixtures, JSON.stringify(captures.map((c) => c.fixture)));

  const rounds: Array<Record<string, HttpRun | number>> = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const plain = await startBaseline('plain');
      const plainRun = await measured(plain, trivial.query, {});
      await plain.stop();
      const graphqlJs = await startBaseline('graphql', fixtures);
      const graphqlEntity = await measured(graphqlJs, entity.query, entity.variables);
      await graphqlJs.stop();
      const figures: Record<string, HttpRun | number> = {
        plain: plainRun,
        graphqlJsEntity: graphqlEntity,
        load1: loadavg()[0],
      };
      for (const [label, root] of BEFORE
        ? [
            ['before', BEFORE],
            ['after', undefined],
          ]
        : [['after', undefined]]) {
        const service = await startService({ root, compiled: COMPILED });
        const trivialRun = await measured(service, trivial.query, {});
        const entityRun = await measured(service, entity.query, entity.variables);
        await service.stop();
        figures[`${label}Trivial`] = trivialRun;
        figures[`${label}Entity`] = entityRun;
        figures[`${label}TrivialRatio`] = trivialRun.rps / plainRun.rps;
        figures[`${label}EntityRatio`] = entityRun.rps / graphqlEntity.rps;
        // The inverse: how many times the baseline's CPU per request the service spends.
        figures[`${label}TrivialCpuRatio`] = plainRun.cpuUsPerRequest / trivialRun.cpuUsPerRequest;
        figures[`${label}EntityCpuRatio`] =
          graphqlEntity.cpuUsPerRequest / entityRun.cpuUsPerRequest;
        console.log(
          `round ${round} ${label}: plain ${plainRun.rps}/s, trivial ${trivialRun.rps}/s ` +
            `(${(trivialRun.rps / plainRun.rps).toFixed(3)} ×, p99 ${trivialRun.p99} ms); graphql-js ` +
            `${graphqlEntity.rps}/s, entity ${entityRun.rps}/s (${(entityRun.rps / graphqlEntity.rps).toFixed(3)} ×, ` +
            `p99 ${entityRun.p99} ms); failures ${trivialRun.failures + entityRun.failures}; ` +
            `CPU µs/request: plain ${plainRun.cpuUsPerRequest}, trivial ${trivialRun.cpuUsPerRequest}, ` +
            `graphql-js ${graphqlEntity.cpuUsPerRequest}, entity ${entityRun.cpuUsPerRequest}; ` +
            `load ${loadavg()[0].toFixed(2)}`,
        );
      }
      rounds.push(figures);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const summary: Record<string, number> = { rounds: ROUNDS };
  for (const key of Object.keys(rounds[0]).filter((k) => k.endsWith('Ratio')))
    summary[`${key}Median`] = median(rounds.map((r) => r[key] as number));
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error('http-path benchmark failed:', error);
  process.exit(1);
});
