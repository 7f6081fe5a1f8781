/**
 * npm run seeds:counts -- [<git-revision> ...] [--document <document-id>]
 * Relation counts by type for each git revision given and for the working tree, as a markdown
 * table (with one revision, a change column too). docs/seed-graph.md's "before and after"
 * table is this command's output: `npm run seeds:counts -- 1c22d8e`.
 * With --document, only relations citing that document (at least one source in it).
 */
import { formatRelationCountTable, relationCountsByType } from '../src/curation/relation-counts';
import { seedGraphAt } from '../src/curation/seed-diff';
import { RELATION_TYPE_NAMES } from '../src/domain/vocabulary';
import { buildSeedGraph } from '../src/ingest/seed-graph';

const usage = 'usage: npm run seeds:counts -- [<git-revision> ...] [--document <document-id>]';
const args = process.argv.slice(2);
const revisions: string[] = [];
let documentId: string | undefined;
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--document' && args[i + 1] && !args[i + 1].startsWith('-')) {
    documentId = args[(i += 1)];
  } else if (args[i].startsWith('-')) {
    console.error(usage);
    process.exit(2);
  } else {
    revisions.push(args[i]);
  }
}
try {
  const graphs = [
    ...revisions.map((revision) => ({ label: revision, graph: seedGraphAt(revision) })),
    { label: 'working tree', graph: buildSeedGraph() },
  ];
  if (documentId && !graphs.some(({ graph }) => graph.documents.some((d) => d.id === documentId))) {
    throw new Error(`no document ${JSON.stringify(documentId)} in seeds/documents/manifest.yaml`);
  }
  const columns = graphs.map(({ label, graph }) => ({
    label,
    counts: relationCountsByType(graph.relations, documentId),
  }));
  if (documentId) console.log(`relations citing ${documentId}\n`);
  // Every curated type gets a row, so a type new since a revision shows its 0 there.
  const curated = RELATION_TYPE_NAMES.filter((type) => type !== 'MENTIONED_IN');
  for (const line of formatRelationCountTable(columns, curated)) console.log(line);
} catch (error) {
  console.error(`seeds:counts: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
