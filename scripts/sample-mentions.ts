/**
 * npx tsx scripts/sample-mentions.ts [count] [seed]
 * Prints a reproducible random sample of the mention index, each with the text around it, for
 * a person to judge whether the name there means the entity (issue 12: mention precision).
 */
import { buildSeedGraph } from '../src/ingest/seed-graph';
import { squashForQuote } from '../src/domain/text';

const count = Number(process.argv[2] ?? 200);
let state = Number(process.argv[3] ?? 12);
/** mulberry32: a small seeded generator, so the same sample can be judged again. */
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const graph = buildSeedGraph();
const documents = new Map(graph.documents.map((d) => [d.id, d]));
const names = new Map(graph.entities.map((e) => [e.id, e.nameEn ?? e.nameJa]));
const pool = [...graph.mentions];
for (let i = 0; i < count && pool.length > 0; i += 1) {
  const [mention] = pool.splice(Math.floor(random() * pool.length), 1);
  const lines = documents.get(mention.documentId)!.lines;
  const text = squashForQuote(lines.slice(mention.line - 2, mention.line + 2).join(''));
  const needle = squashForQuote(mention.matched);
  const at = text.indexOf(needle);
  const context =
    at === -1 ? text.slice(0, 60) : text.slice(Math.max(0, at - 18), at + needle.length + 18);
  console.log(
    `${String(i + 1).padStart(3)} ${mention.entityId} (${names.get(mention.entityId)}) «${mention.matched}» ${mention.documentId}:${mention.line}\n     ${context}`,
  );
}
