/**
 * npx tsx scripts/bench/start-up.ts [--runs N] [--before DIR]   (npm run build first, in each tree)
 *
 * Start-up as an operator and a new user see it, with the compiled build (`npm start`) on the
 * seed graph: the cold start (spawn to the first 200 from /readyz), the first request of each
 * shape a client sends (src/operations and the benchmark's classes, in one fresh process each
 * run), and the resident memory once idle (1 s after ready, and again after every shape ran).
 * `--before DIR` measures another checkout's build in the same runs, alternating. Prints the
 * figures of each run and the medians (JSON on the last line); it reports, it never fails.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import {
  CountryPageDocument,
  CountryStrategyDocument,
  DocumentLinesDocument,
  EntityDetailsDocument,
  NeighborhoodDocument,
  PathGraphDocument,
  SearchDocument,
  SharedDocument,
  StrategyRowsDocument,
} from '../../src/graphql/generated/operations';
import { queryClasses, SEED_TARGETS } from './bench-queries';
import { rssMb, startService } from './processes';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('runs') ?? 3);
const BEFORE = arg('before');

/** Every shape a client sends first: the typed operations, then the benchmark's classes. */
const SHAPES: Array<{ name: string; query: string; variables: Record<string, unknown> }> = [
  {
    name: 'EntityDetails',
    query: EntityDetailsDocument.toString(),
    variables: { id: 'framework-ipef', first: 20 },
  },
  {
    name: 'Neighborhood',
    query: NeighborhoodDocument.toString(),
    variables: { id: 'framework-ipef', depth: 1 },
  },
  {
    name: 'PathGraph',
    query: PathGraphDocument.toString(),
    variables: { from: 'country-in', to: 'country-us' },
  },
  { name: 'CountryStrategy', query: CountryStrategyDocument.toString(), variables: { code: 'IN' } },
  { name: 'CountryPage', query: CountryPageDocument.toString(), variables: { code: 'IN' } },
  { name: 'Search', query: SearchDocument.toString(), variables: { text: '半導体' } },
  {
    name: 'Shared',
    query: SharedDocument.toString(),
    variables: { ids: ['country-jp', 'country-us'] },
  },
  {
    name: 'StrategyRows',
    query: StrategyRowsDocument.toString(),
    variables: { ids: ['country-in'] },
  },
  {
    name: 'DocumentLines',
    query: DocumentLinesDocument.toString(),
    variables: { id: 'doc-grassroots-action-plan-3', from: 1, to: 20 },
  },
  ...queryClasses({ ...SEED_TARGETS, wideIds: ['country-jp', 'country-us'] }).map((c) => ({
    name: `bench: ${c.name}`,
    query: c.query,
    variables: c.variables,
  })),
];

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux; null elsewhere).
 * On a machine shared with other work, the CPU time to ready moves far less than the wall time.
 */
function cpuMs(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // In clock ticks of USER_HZ, 100 on Linux.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

interface Run {
  coldStartMs: number;
  /** CPU time of the service process from spawn to its first 200 from /readyz. */
  cpuToReadyMs: number | null;
  idleRssMb: number | null;
  rssAfterShapesMb: number | null;
  firstCallMs: Record<string, number>;
  slowestFirstCall: string;
}

async function once(root: string | undefined): Promise<Run> {
  const service = await startService({ root, compiled: true });
  const cpuToReadyMs = cpuMs(service.child.pid!);
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idleRssMb = rssMb(service.child.pid!);
    const firstCallMs: Record<string, number> = {};
    for (const shape of SHAPES) {
      const started = performance.now();
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: shape.query, variables: shape.variables }),
      });
      const body = (await response.json()) as { errors?: Array<{ message: string }> };
      firstCallMs[shape.name] = Math.round((performance.now() - started) * 10) / 10;
      if (body.errors) console.error(`  ${shape.name}: ${body.errors[0].message}`);
    }
    const slowest = Object.entries(firstCallMs).sort((a, b) => b[1] - a[1])[0];
    return {
      coldStartMs: service.coldStartMs,
      cpuToReadyMs,
      idleRssMb,
      rssAfterShapesMb: rssMb(service.child.pid!),
      firstCallMs,
      slowestFirstCall: `${slowest[0]} ${slowest[1]} ms`,
    };
  } finally {
    await service.stop();
  }
}

async function main(): Promise<void> {
  const trees: Array<[string, string | undefined]> = BEFORE
    ? [
        ['before', BEFORE],
        ['after', undefined],
      ]
    : [['after', undefined]];
  const runs: Record<string, Run[]> = Object.fromEntries(trees.map(([label]) => [label, []]));
  for (let i = 1; i <= RUNS; i++) {
    for (const [label, root] of trees) {
      const run = await once(root);
      runs[label].push(run);
      console.log(
        `run ${i} ${label}: cold start ${run.coldStartMs} ms (CPU ${run.cpuToReadyMs} ms), idle RSS ${run.idleRssMb} MB ` +
          `(${run.rssAfterShapesMb} MB after the shapes), slowest first call ${run.slowestFirstCall}; ` +
          `load ${loadavg()[0].toFixed(2)}`,
      );
    }
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([label, list]) => [
      label,
      {
        coldStartMsMedian: median(list.map((r) => r.coldStartMs)),
        cpuToReadyMsMedian: median(list.map((r) => r.cpuToReadyMs ?? 0)),
        idleRssMbMedian: median(list.map((r) => r.idleRssMb ?? 0)),
        slowestFirstCallMsMedian: median(
          list.map((r) => Math.max(...Object.values(r.firstCallMs))),
        ),
        firstCallMsMedian: Object.fromEntries(
          SHAPES.map((s) => [s.name, median(list.map((r) => r.firstCallMs[s.name]))]),
        ),
      },
    ]),
  );
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error('start-up benchmark failed:', error);
  process.exit(1);
});
