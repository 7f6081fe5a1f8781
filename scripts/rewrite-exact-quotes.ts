/**
 * One-off (issue 12, item 4): rewrites every source quote in the seed files as the document's
 * own characters. Quotes used to be compared after NFKC with whitespace dropped, and many were
 * stored that way (ASCII brackets for full-width ones, spaces dropped); each is located in its
 * line span and replaced by the span's characters there. Only the quote scalars change: the
 * rest of each file is kept byte for byte. Run: npx tsx scripts/rewrite-exact-quotes.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { readDocuments } from '../src/ingest/documents';
import { locateQuote, spanText } from '../src/ingest/quote-span';
import { listSeedFiles } from '../src/ingest/seed-files';

const seedsDir = join(__dirname, '..', 'seeds');
const { documents } = readDocuments(join(seedsDir, 'documents'));
const linesOf = new Map(documents.map((d) => [d.id, d.lines]));

let changed = 0;
let unchanged = 0;
const failures: string[] = [];

for (const path of listSeedFiles(join(seedsDir, 'graph'))) {
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text);
  const defaultDocument = doc.get('document');
  const edits: Array<{ start: number; end: number; value: string }> = [];
  for (const section of ['entities', 'relations']) {
    const records = doc.get(section);
    if (!isSeq(records)) continue;
    for (const record of records.items) {
      if (!isMap(record)) continue;
      const sources = record.get('sources');
      if (!isSeq(sources)) continue;
      for (const source of sources.items) {
        if (isMap(source)) rewrite(source, defaultDocument, path, edits);
      }
    }
  }
  if (edits.length === 0) continue;
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.value + result.slice(edit.end);
  }
  writeFileSync(path, result);
}

function rewrite(
  source: YAMLMap,
  defaultDocument: unknown,
  path: string,
  edits: Array<{ start: number; end: number; value: string }>,
): void {
  const node = source.get('quote', true);
  if (!isScalar(node) || !node.range) return;
  const documentId = String(source.get('doc') ?? defaultDocument);
  const raw = source.toJSON() as { lines: number | number[] };
  const [start, end] = Array.isArray(raw.lines) ? raw.lines : [raw.lines, raw.lines];
  const lines = linesOf.get(documentId);
  const quote = String(node.value);
  const where = `${relative(process.cwd(), path)}: ${documentId}:${start}-${end}`;
  if (!lines) return void failures.push(`${where}: no document`);
  const span = spanText(lines, start, end);
  if (span.includes(quote)) return void (unchanged += 1);
  const exact = locateQuote(span, quote);
  if (exact === null) return void failures.push(`${where}: "${quote}" not found`);
  changed += 1;
  edits.push({ start: node.range[0], end: node.range[1], value: singleQuoted(exact) });
}

/** A YAML single-quoted scalar: valid in block and flow context, no escapes but ''. */
function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

console.log(`${changed} quotes rewritten, ${unchanged} already exact`);
for (const failure of failures) console.log(failure);
if (failures.length > 0) process.exit(1);
