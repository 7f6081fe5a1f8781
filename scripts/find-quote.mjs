#!/usr/bin/env node
// Curator's helper: where does a quote occur in a document?
//   node scripts/find-quote.mjs <document-id> '<quote>'
// Prints every line span [start, end] whose text contains the quote, compared the way
// the seed validator compares (NFKC, whitespace removed).
import { readFileSync } from 'node:fs';

const [docId, quote] = process.argv.slice(2);
if (!docId || !quote) {
  console.error("usage: node scripts/find-quote.mjs <document-id> '<quote>'");
  process.exit(2);
}
const squash = (s) => s.normalize('NFKC').replace(/\s+/gu, '');
const lines = readFileSync(
  new URL(`../seeds/documents/${docId}.txt`, import.meta.url),
  'utf8',
).split('\n');
const needle = squash(quote);
let found = 0;
for (let start = 0; start < lines.length; start++) {
  let text = '';
  for (let end = start; end < Math.min(lines.length, start + 40); end++) {
    text += squash(lines[end]);
    if (text.includes(needle)) {
      // Report only minimal spans: skip if the span without its first line also matches.
      const rest = lines
        .slice(start + 1, end + 1)
        .map(squash)
        .join('');
      if (!rest.includes(needle)) {
        console.log(`[${start + 1}, ${end + 1}]`);
        found++;
      }
      break;
    }
  }
}
if (!found) {
  console.log('not found');
  process.exit(1);
}
