/**
 * Is a cheap request starved by the heaviest ones the limits accept? Starts the real service
 * (production mode, embedded store, seed graph), measures a cheap probe alone, then again while
 * HEAVY_CLIENTS clients send the heaviest accepted queries of worst-query.ts back to back.
 * Prints the probe's p50/p99 in both phases and what the heavy clients got. Figures go to
 * docs/reliability.md; nothing here fails on a slow machine.
 *
 *   npx tsx scripts/reliability/probe-under-load.ts [seconds]
 */
import 'reflect-metadata';
import { startService, waitForListening } from '../../test/helpers/service-process';
import { CASES } from './worst-query';

const HEAVY_CLIENTS = 8;
const PROBE = '{ entity(id: "framework-ipef") { id nameJa } }';
const seconds = Number(process.argv[2] ?? 20);

async function post(base: string, query: string, variables: unknown = {}): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return json.errors?.[0]?.extensions?.code ?? 'ok';
}

async function probeFor(base: string, ms: number): Promise<number[]> {
  const times: number[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const started = process.hrtime.bigint();
    const code = await post(base, PROBE);
    if (code !== 'ok') throw new Error(`probe answered ${code}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 10) / 10;
}

async function main(): Promise<void> {
  const child = startService({ PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'info' });
  try {
    const base = await waitForListening(child); // reads the 'listening' log line
    child.stdout!.resume();
    await probeFor(base, 2000); // warm-up
    const alone = await probeFor(base, (seconds * 1000) / 2);
    const heavy = Object.entries(CASES).filter(([name]) => !name.includes('refused'));
    const outcomes: Record<string, number> = {};
    let stop = false;
    const clients = Array.from({ length: HEAVY_CLIENTS }, async (_, i) => {
      for (let n = i; !stop; n++) {
        const [query, variables] = heavy[n % heavy.length][1];
        const code = await post(base, query, variables);
        outcomes[code] = (outcomes[code] ?? 0) + 1;
      }
    });
    const loaded = await probeFor(base, seconds * 1000);
    stop = true;
    await Promise.all(clients);
    console.log(
      JSON.stringify({
        probeAlone: { n: alone.length, p50: percentile(alone, 0.5), p99: percentile(alone, 0.99) },
        probeUnderLoad: {
          n: loaded.length,
          p50: percentile(loaded, 0.5),
          p99: percentile(loaded, 0.99),
        },
        heavyClients: HEAVY_CLIENTS,
        heavyOutcomes: outcomes,
      }),
    );
  } finally {
    child.kill('SIGTERM');
  }
}

void main();
