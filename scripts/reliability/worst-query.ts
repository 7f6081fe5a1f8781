/**
 * The heaviest queries the default limits accept, each run in its own process against the seed
 * graph (embedded store, in memory): time, resolved values, answer size, and peak memory above
 * the process's resident set once the graph is loaded. Figures go to docs/reliability.md.
 *
 *   npx tsx scripts/reliability/worst-query.ts
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { seededServer } from '../../test/helpers/seeded-server';

/** An operation of src/operations with the shared fragment it spreads. */
const op = (name: string): string =>
  ['source-fields', name]
    .map((f) => readFileSync(`src/operations/${f}.graphql`, 'utf8'))
    .join('\n');
const hubs = [
  'country-jp',
  'country-us',
  'country-in',
  'country-au',
  'sector-energy-security-gx',
  'sector-supply-chain',
];

/** Candidates: each pushes one dimension of the cost model to just under the default limit. */
export const CASES: Record<string, [string, Record<string, unknown>]> = {
  'neighbourhood depth 3, limit 500, widget selection': [
    op('neighborhood'),
    { id: 'country-jp', depth: 3, limit: 500 },
  ],
  'neighbourhood depth 1, limit 1000, widget selection': [
    op('neighborhood'),
    { id: 'country-jp', depth: 1, limit: 1000 },
  ],
  'paths, 5 hops, 20 paths, hub to hub': [
    op('path-graph'),
    { from: 'country-jp', to: 'country-in', maxHops: 5, first: 20 },
  ],
  'paths, 6 hops (refused by default)': [
    op('path-graph'),
    { from: 'country-jp', to: 'country-in', maxHops: 6, first: 20 },
  ],
  'country strategy of Japan': [op('country-strategy'), { code: 'JP' }],
  'hub relations two levels deep (100 × 30)': [
    `query($ids: [ID!]!) { entities(ids: $ids) { relations(first: 100) { edges { node { type from { id relations(first: 30) { edges { node { id type } } } } } } } } }`,
    { ids: hubs },
  ],
  'typed links two levels deep from hubs': [
    `query($ids: [ID!]!) { entities(ids: $ids) { ... on Country { frameworks { relation { id } entity { ... on Framework { participants { relation { id } entity { id nameJa } } } } } } } }`,
    { ids: hubs.slice(0, 4) },
  ],
  'search 100 with relations and sources': [
    `{ search(text: "日本", first: 100) { entity { id relations(first: 20) { edges { node { id sources { quote lineStart document { id } } } } } } } }`,
    {},
  ],
  'five documents, 500 lines each': [
    `{ documents { id lines(from: 1, to: 500) { number text } } }`,
    {},
  ],
};

async function runCase(name: string): Promise<void> {
  const server = await seededServer({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const [query, variables] = CASES[name];
  // Warm the schema and loaders once on a small query, then take the baseline.
  await server.run('{ stats { entities } }');
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const result = await server.run(query, variables);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      name,
      accepted: !result.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX'),
      errors: result.errors?.map((e) => e.extensions?.code) ?? [],
      ms: Math.round(ms),
      values: result.resolvedValues,
      storeCalls: result.storeCalls,
      bytes: Buffer.byteLength(JSON.stringify(result.data ?? null)),
      peakAboveBaselineMb: Math.max(0, Math.round((peak - baseline) / 1e5) / 10),
      rssMb: Math.round(peak / 1e5) / 10,
    }),
  );
  await server.close();
}

// Run only as a script: probe-under-load.ts imports CASES.
if (require.main !== module) {
  // imported
} else if (process.argv[2]) {
  void runCase(process.argv[2]);
} else {
  for (const name of Object.keys(CASES)) {
    process.stdout.write(
      execFileSync('npx', ['tsx', '--expose-gc', __filename, name], { encoding: 'utf8' }),
    );
  }
}
