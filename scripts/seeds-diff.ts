/**
 * npm run seeds:diff -- <git-revision> [<git-revision>] [--json]
 * The seed graph's change from the first revision to the second (default: the working tree),
 * as entities and relations added, removed and changed, with their sources.
 */
import { diffSeedGraphs, formatSeedDiff, seedGraphAt } from '../src/curation/seed-diff';
import { buildSeedGraph } from '../src/ingest/seed-graph';

const args = process.argv.slice(2);
const json = args.includes('--json');
const revisions = args.filter((a) => a !== '--json');
if (revisions.length < 1 || revisions.length > 2 || revisions.some((r) => r.startsWith('-'))) {
  console.error('usage: npm run seeds:diff -- <git-revision> [<git-revision>] [--json]');
  process.exit(2);
}
try {
  const before = seedGraphAt(revisions[0]);
  const after = revisions[1] ? seedGraphAt(revisions[1]) : buildSeedGraph();
  const diff = diffSeedGraphs(before, after);
  if (json) {
    console.log(
      JSON.stringify({ from: revisions[0], to: revisions[1] ?? 'working tree', ...diff }, null, 2),
    );
  } else {
    console.log(`seed graph: ${revisions[0]} → ${revisions[1] ?? 'working tree'}`);
    console.log(
      `version: ${before.version?.fingerprint.slice(0, 12) ?? '?'} → ${after.version?.fingerprint.slice(0, 12) ?? '?'}`,
    );
    for (const line of formatSeedDiff(diff)) console.log(line);
  }
} catch (error) {
  console.error(`seeds:diff: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
