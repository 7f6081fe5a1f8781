/**
 * npm run draft -- <file.txt> --id <document-id> [--seeds <seeds-dir>] [--hold-out]
 * Vendors the document (byte for byte, manifest entry with SHA-256), finds the entities Kizuna
 * knows in it, its dates, and proposes new entities and relations, written to
 * seeds/graph/<document-id>/90-draft.yaml with every record marked `draft: true`.
 * --hold-out leaves out the records only this document supports (to measure the draft on a
 * document already curated, as docs/curation.md does).
 */
import { readFileSync } from 'node:fs';
import { draftDocument } from '../src/curation/draft/draft';
import { vendorDocument, writeDraft } from '../src/curation/draft/draft-file';
import { heldOutKnown } from '../src/curation/draft/evaluate';
import { buildSeedGraph } from '../src/ingest/seed-graph';
import { DEFAULT_SEEDS_DIR } from '../src/ingest/seeds-dir';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const [file] = process.argv.slice(2);
const documentId = flag('id');
const seedsDir = flag('seeds') ?? DEFAULT_SEEDS_DIR;
if (!file || file.startsWith('--') || !documentId || !/^[a-z0-9][a-z0-9-]*$/.test(documentId)) {
  console.error(
    'usage: npm run draft -- <file.txt> --id <document-id> [--seeds <dir>] [--hold-out]',
  );
  process.exit(2);
}
const graph = buildSeedGraph(seedsDir);
const known = process.argv.includes('--hold-out')
  ? heldOutKnown(graph, documentId)
  : graph.entities.filter((e) => e.kind !== 'document');
const lines = readFileSync(file, 'utf8').split('\n');
const year = /(\d{4})年/.exec(lines.slice(0, 20).join('\n'))?.[1] ?? null;
const vendored = vendorDocument(seedsDir, file, documentId);
const draft = draftDocument({ documentId, lines, known, year });
const path = writeDraft(seedsDir, draft, file);
console.log(
  `${vendored.added ? 'vendored' : 'already vendored'} ${documentId} (SHA-256 ${vendored.sha256.slice(0, 12)}…)`,
);
console.log(
  `known entities found: ${new Set(draft.known.map((m) => m.entityId)).size}; dates: ${draft.dates.length}; ` +
    `proposed: ${draft.entities.length} entities, ${draft.relations.length} relations`,
);
console.log(`wrote ${path} (every record draft: true until a curator accepts it)`);
