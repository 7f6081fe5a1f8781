/**
 * npx tsx scripts/bench/compare-runs.ts BEFORE.json AFTER.json
 *
 * Two full runs of `npm run bench` (docs/benchmarks.json, kept under docs/bench-runs/) side by
 * side, class by class and graph by graph: what changed between two trees, as a markdown table.
 * Each run's figures are its own; compare the ratios to each run's baselines before the
 * milliseconds when the machine's load differed.
 */
import { readFileSync } from 'node:fs';
import type { BenchReport, ClassReport, GraphReport } from './report';

function cell(c: ClassReport | undefined): string {
  if (!c) return '–';
  const load = c.service
    ? `p99 ${c.service.p99} ms, ${c.service.rps} req/s (${(c.service.rps / c.graphqlJs.rps).toFixed(2)} × graphql-js)`
    : 'not load-tested';
  return `${load}; first ${c.singleMs} ms; ${c.storeCalls ?? '–'} calls`;
}

function graphTable(name: string, before: GraphReport, after: GraphReport): string[] {
  const rows = [
    `#### ${name}`,
    '',
    '| | before | after |',
    '|---|---|---|',
    `| cold start (to ready) | ${before.coldStartMs} ms | ${after.coldStartMs} ms |`,
    `| idle RSS | ${before.idleRssMb} MB | ${after.idleRssMb} MB |`,
    `| plain node:http | ${before.plain.rps} req/s | ${after.plain.rps} req/s |`,
  ];
  for (const c of after.classes) {
    rows.push(
      `| ${c.name} | ${cell(before.classes.find((b) => b.name === c.name))} | ${cell(c)} |`,
    );
  }
  return rows;
}

function main(): void {
  const [beforeFile, afterFile] = process.argv.slice(2);
  if (!beforeFile || !afterFile) {
    console.error('usage: compare-runs.ts BEFORE.json AFTER.json');
    process.exit(2);
  }
  const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as BenchReport;
  const after = JSON.parse(readFileSync(afterFile, 'utf8')) as BenchReport;
  const out = [`Before: run ${before.date}. After: run ${after.date}.`, ''];
  for (const g of after.graphs) {
    const label = g.label.split(' (')[0];
    const b = before.graphs.find((x) => x.label.split(' (')[0] === label);
    if (b) out.push(...graphTable(g.label, b, g), '');
  }
  console.log(out.join('\n'));
}

main();
