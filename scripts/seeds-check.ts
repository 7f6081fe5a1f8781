/**
 * npm run seeds:check [-- --only <path-prefix>] [-- --report]
 * Validates the seed graph and prints every problem with its file and record. Exits 1 when any.
 */
import { buildSeedGraph } from '../src/ingest/seed-graph';
import { formatProblem } from '../src/ingest/seed-problem';

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only =
  onlyIndex >= 0
    ? args[onlyIndex + 1]?.replace(/^\.\//, '').replace(/^\/work\/main\//, '')
    : undefined;

const graph = buildSeedGraph();
const problems = only ? graph.problems.filter((p) => p.file.startsWith(only)) : graph.problems;
for (const problem of problems) console.log(formatProblem(problem));

if (args.includes('--report')) {
  for (const dup of graph.mergeReport.possibleDuplicates) {
    console.log(`possible duplicate: ${dup.ids.join(', ')} (${dup.key})`);
  }
  for (const dup of graph.probableDuplicateMeetings) {
    console.log(`probable duplicate meetings: ${dup.ids.join(', ')} (${dup.reasons.join('; ')})`);
  }
  for (const { id, date, source, written } of graph.otherlyDatedSources) {
    console.log(
      `dated otherly: ${id} (${date}) cites ${source.documentId}:${source.lineStart}-${source.lineEnd}, where the quote is dated ${written}`,
    );
  }
  for (const renamed of graph.mergeReport.renamed) {
    console.log(`name kept as alias: ${renamed.id}: "${renamed.alias}" from ${renamed.file}`);
  }
}
const summary =
  `${graph.fileCount} seed files, ${graph.entities.length} entities, ${graph.relations.length} relations, ` +
  `${graph.mentions.length} mentions, ${graph.mergeReport.merged.length} ids merged across files, ` +
  `${graph.mergeReport.possibleDuplicates.length} possible duplicates, ` +
  `${graph.mergeReport.collapsingPairs.length} collapsing relation pairs, ` +
  `${graph.probableDuplicateMeetings.length} probable duplicate meetings, ` +
  `${graph.entities.filter((e) => e.date && e.kind !== 'document').length} dated entities audited ` +
  `(${graph.problems.filter((p) => p.message.includes('is written in none of its sources')).length} with a date no source writes)`;
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s)${only ? ` under ${only}` : ''}. ${summary}`);
  process.exit(1);
}
console.log(`seeds OK${only ? ` under ${only}` : ''}: ${summary}`);
