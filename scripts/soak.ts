/**
 * npm run soak [-- --seconds 600 --concurrency 8 --max-growth-mb 64]
 * Starts the real service (embedded store, seed graph) as its own process and keeps a fixed
 * number of clients busy on loopback with every query class the API serves. Prints figures
 * every 30 s and a JSON summary: requests, failures (any non-200 or GraphQL error), the
 * service's resident memory after warm-up and at the end. Exits 1 on any failure or on memory
 * growth beyond the bound. It reports figures; speed is not a pass condition.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** One operation of each class a client uses, with the seed graph's ids. */
export const QUERY_CLASSES: Record<string, { query: string; variables?: Record<string, unknown> }> =
  {
    search: {
      query:
        'query($t: String!) { search(text: $t, first: 10) { score matchedText entity { id name(lang: EN) } } }',
      variables: { t: 'ＩＰＥＦ' },
    },
    searchJa: {
      query: 'query($t: String!) { search(text: $t) { entity { id kind } } }',
      variables: { t: '日米' },
    },
    entity: {
      query:
        '{ entity(id: "framework-ipef") { id nameJa aliases sources { quote lineStart document { id } } relations(first: 20) { edges { cursor node { type from { id } to { id } } } pageInfo { hasNextPage } } } }',
    },
    neighborhood: {
      query:
        '{ neighborhood(id: "country-jp", depth: 2, limit: 150) { nodes { id label } edges { source target type } truncated } }',
    },
    paths: {
      query:
        '{ paths(from: "country-jp", to: "country-in", maxHops: 3) { length explanation(lang: EN) nodes { id } } }',
    },
    shared: {
      query:
        '{ shared(ids: ["country-jp", "country-us"], first: 20) { entity { id } relations { type } } }',
    },
    timeline: {
      query: '{ timeline(from: "2021-01-01", to: "2025-12-31", first: 30) { id date } }',
    },
    country: {
      query:
        '{ country(code: "IN") { id frameworks { entity { id } } strategy { items { item { entity { id } } } } } }',
    },
    stats: { query: '{ stats { entities relations byKind { kind count } } }' },
    documentLines: {
      query: '{ documents { id lineCount lines(from: 1, to: 40) { number text } } }',
    },
  };

export interface SoakOptions {
  seconds: number;
  concurrency: number;
  /** Seconds of load before the baseline memory reading (caches, JIT and pools fill up). */
  warmupSeconds: number;
  log?: (line: string) => void;
  /**
   * Cap on the service's V8 old space. Without one V8 grows its heap lazily toward a limit set by
   * the machine's memory (GBs here), so a short run's RSS rises whether or not anything is
   * retained; under a cap it must collect, so RSS growth is what the service keeps, and a leak
   * ends in failed requests or an out-of-memory exit.
   */
  maxOldSpaceMb?: number;
}

export interface SoakResult {
  seconds: number;
  concurrency: number;
  requests: number;
  failures: number;
  byClass: Record<string, number>;
  firstFailures: string[];
  rssMbAtStart: number;
  rssMbAfterWarmup: number;
  rssMbAtEnd: number;
  rssMbPeak: number;
  requestsPerSecond: number;
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? (() => undefined);
  const heapCap = options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [];
  const child = spawn(process.execPath, [...heapCap, '--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production' },
  });
  try {
    const base = await listening(child);
    const rss = () => rssMb(child.pid!);
    const rssMbAtStart = rss();
    const classes = Object.entries(QUERY_CLASSES);
    const byClass: Record<string, number> = Object.fromEntries(classes.map(([name]) => [name, 0]));
    const firstFailures: string[] = [];
    let requests = 0;
    let failures = 0;
    let rssMbPeak = rssMbAtStart;
    let rssMbAfterWarmup = rssMbAtStart;
    const started = Date.now();
    const deadline = started + options.seconds * 1000;
    let next = 0;

    const client = async (): Promise<void> => {
      while (Date.now() < deadline) {
        const [name, operation] = classes[next++ % classes.length];
        try {
          const response = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(operation),
          });
          const body = (await response.json()) as { errors?: unknown[] };
          if (response.status !== 200 || body.errors) {
            throw new Error(`${response.status} ${JSON.stringify(body).slice(0, 200)}`);
          }
          byClass[name]++;
        } catch (error) {
          failures++;
          if (firstFailures.length < 5) firstFailures.push(`${name}: ${String(error)}`);
        }
        requests++;
      }
    };
    const sampler = setInterval(() => {
      const now = rss();
      rssMbPeak = Math.max(rssMbPeak, now);
      const elapsed = Math.round((Date.now() - started) / 1000);
      if (elapsed <= options.warmupSeconds) rssMbAfterWarmup = now;
      if (elapsed % 30 === 0 && elapsed > 0)
        log(`${elapsed}s: ${requests} requests, ${failures} failures, rss ${now} MB`);
    }, 1000);
    await Promise.all(Array.from({ length: options.concurrency }, client));
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    return {
      seconds: Math.round(seconds),
      concurrency: options.concurrency,
      requests,
      failures,
      byClass,
      firstFailures,
      rssMbAtStart,
      rssMbAfterWarmup,
      rssMbAtEnd: rss(),
      rssMbPeak,
      requestsPerSecond: Math.round(requests / seconds),
    };
  } finally {
    child.kill('SIGTERM');
  }
}

/** Resident set size of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`service not listening: ${out}`)), 120000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-10000);
      const match = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.resume();
    child.on('exit', (code) => reject(new Error(`service exited ${code}: ${out}`)));
  });
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

if (require.main === module) {
  const maxGrowthMb = argument('max-growth-mb', 64);
  runSoak({
    seconds: argument('seconds', 600),
    concurrency: argument('concurrency', 8),
    warmupSeconds: argument('warmup', 30),
    log: (line) => console.log(line),
  })
    .then((result) => {
      const growth = result.rssMbAtEnd - result.rssMbAfterWarmup;
      console.log(JSON.stringify({ ...result, rssGrowthMb: growth, maxGrowthMb }, null, 2));
      if (result.failures > 0 || growth > maxGrowthMb) process.exit(1);
    })
    .catch((error: unknown) => {
      console.error('soak failed:', error);
      process.exit(1);
    });
}
