/**
 * npm run draft:evaluate -- <document-id> [--sample n]
 * Drafts a document that is already curated, with its own records held out of the known
 * entities, and prints what share of its curated records the draft proposes and what share of
 * the proposals match a curated record; --sample prints n unmatched proposals to read and judge.
 */
import { draftDocument } from '../src/curation/draft/draft';
import { evaluateDraft, heldOutKnown } from '../src/curation/draft/evaluate';
import { buildSeedGraph } from '../src/ingest/seed-graph';

const documentId = process.argv[2];
const sampleAt = process.argv.indexOf('--sample');
const sample = sampleAt >= 0 ? Number(process.argv[sampleAt + 1]) : 0;
const graph = buildSeedGraph();
const document = graph.documents.find((d) => d.id === documentId);
if (!document) {
  console.error(
    `usage: npm run draft:evaluate -- <document-id>; known: ${graph.documents.map((d) => d.id).join(', ')}`,
  );
  process.exit(2);
}
const year = /(\d{4})年/.exec(document.lines.slice(0, 20).join('\n'))?.[1] ?? null;
const draft = draftDocument({
  documentId,
  lines: document.lines,
  known: heldOutKnown(graph, documentId),
  year,
});
const e = evaluateDraft(draft, graph);
const pct = (a: number, b: number): string =>
  `${a}/${b} = ${b ? ((100 * a) / b).toFixed(1) : '0'}%`;
console.log(
  `document ${documentId}: ${e.curatedEntities} curated entities, ${e.curatedRelations} curated relations`,
);
console.log(
  `known entities (supported by other documents) found by the mention index: ${pct(e.foundKnown, e.curatedKnown)}`,
);
console.log(`new entities (only this document) proposed: ${pct(e.proposedNew, e.curatedNew)}`);
console.log(
  `curated entities proposed or found: ${pct(e.foundKnown + e.proposedNew, e.curatedEntities)}`,
);
console.log(`curated relations proposed: ${pct(e.proposedRelationsMatched, e.curatedRelations)}`);
console.log(
  `proposals matching a curated record: ${pct(e.proposalsMatched, e.proposals)} (${draft.entities.length} entities, ${draft.relations.length} relations)`,
);
const byPattern = new Map<string, [number, number]>();
for (const p of [...draft.entities, ...draft.relations]) {
  const [all, hit] = byPattern.get(p.pattern) ?? [0, 0];
  const matched = 'kind' in p ? e.matches.has(p.id) : false;
  byPattern.set(p.pattern, [all + 1, hit + (matched ? 1 : 0)]);
}
console.log(`proposals by pattern: ${[...byPattern].map(([k, [a]]) => `${k} ${a}`).join(', ')}`);
if (sample > 0) {
  const unmatched = draft.entities.filter((p) => !e.matches.has(p.id));
  const step = Math.max(1, Math.floor(unmatched.length / sample));
  for (let i = 0; i < unmatched.length && i / step < sample; i += step) {
    const p = unmatched[i];
    console.log(
      `- [${p.pattern}] ${p.kind} 「${p.nameJa}」 line ${p.sources[0].lineStart}: ${document.lines[p.sources[0].lineStart - 1].trim().slice(0, 90)}`,
    );
  }
}
