import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { draftDocument } from '../../src/curation/draft/draft';
import { evaluateDraft, heldOutKnown } from '../../src/curation/draft/evaluate';
import { sha256 } from '../../src/ingest/sha256';
import { buildSeedGraph } from '../../src/ingest/seed-graph';

/**
 * `npm run draft` on a held-out document: Trade Strategy 2026 is removed from a copy of the
 * seeds (its file, manifest entry and records), then drafted from its text as a new document.
 */

jest.setTimeout(300_000);
const ROOT = join(__dirname, '..', '..');
const ID = 'trade-strategy-2026';
const SOURCE = join(ROOT, 'seeds', 'documents', `${ID}.txt`);

let dir: string;
let seeds: string;
let output: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kizuna-draft-'));
  seeds = join(dir, 'seeds');
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  rmSync(join(seeds, 'graph', ID), { recursive: true });
  rmSync(join(seeds, 'documents', `${ID}.txt`));
  const manifestPath = join(seeds, 'documents', 'manifest.yaml');
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as {
    documents: Array<{ id: string }>;
  };
  manifest.documents = manifest.documents.filter((d) => d.id !== ID);
  writeFileSync(manifestPath, stringify(manifest));
  output = execFileSync('npx', ['tsx', 'scripts/draft.ts', SOURCE, '--id', ID, '--seeds', seeds], {
    cwd: ROOT,
    encoding: 'utf8',
  });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('vendors the document byte for byte with its SHA-256 in the manifest', () => {
  expect(output).toContain(`vendored ${ID}`);
  const vendored = readFileSync(join(seeds, 'documents', `${ID}.txt`));
  expect(vendored.equals(readFileSync(SOURCE))).toBe(true);
  const manifest = parse(readFileSync(join(seeds, 'documents', 'manifest.yaml'), 'utf8')) as {
    documents: Array<{ id: string; sha256: string; file: string }>;
  };
  const entry = manifest.documents.find((d) => d.id === ID);
  expect(entry).toMatchObject({ file: `${ID}.txt`, sha256: sha256(vendored) });
});

test('every proposal is a draft citing one line with an exact quote of it, and seeds:check refuses each', () => {
  const file = join(seeds, 'graph', ID, '90-draft.yaml');
  const text = readFileSync(file, 'utf8');
  const draft = parse(text) as {
    entities: Array<Record<string, any>>;
    relations: Array<Record<string, any>>;
  };
  const records = [...draft.entities, ...draft.relations];
  expect(draft.entities.length).toBeGreaterThan(0);
  expect(draft.relations.length).toBeGreaterThan(0);
  const lines = readFileSync(SOURCE, 'utf8').split('\n');
  const badQuotes = records.flatMap((r) =>
    (r.sources as Array<{ lines: number; quote: string }>)
      .filter((s) => !lines[s.lines - 1]?.includes(s.quote))
      .map((s) => `${r.id ?? r.type}: line ${s.lines}`),
  );
  expect(badQuotes).toEqual([]);
  expect(records.every((r) => r.draft === true)).toBe(true);
  expect(text).toMatch(/# Known entities found in the document \(mention index\): \d+ entities/);

  const graph = buildSeedGraph(seeds);
  const drafts = graph.problems.filter((p) => p.message.startsWith('draft record'));
  expect(drafts).toHaveLength(records.length);

  // A curator accepts every record: the drafts are gone and the records validate like any other.
  writeFileSync(file, text.replace(/^(\s*)draft: true\n/gm, ''));
  const accepted = buildSeedGraph(seeds);
  expect(accepted.problems.filter((p) => p.file.includes('90-draft'))).toEqual([]);
});

test('held out, the draft finds the known entities and proposes part of the curated records', () => {
  const graph = buildSeedGraph();
  const document = graph.documents.find((d) => d.id === ID)!;
  const draft = draftDocument({
    documentId: ID,
    lines: document.lines,
    known: heldOutKnown(graph, ID),
    year: '2026',
  });
  // No record that only this document supports is known to the draft.
  const onlyHere = graph.entities.filter(
    (e) => e.kind !== 'document' && e.sources.every((s) => s.documentId === ID),
  );
  const knownIds = new Set(heldOutKnown(graph, ID).map((e) => e.id));
  expect(onlyHere.some((e) => knownIds.has(e.id))).toBe(false);

  const result = evaluateDraft(draft, graph);
  expect(result.curatedEntities).toBe(result.curatedKnown + result.curatedNew);
  // The mention index finds nearly every known entity the curators linked.
  expect(result.foundKnown / result.curatedKnown).toBeGreaterThan(0.8);
  expect(result.proposedNew).toBeGreaterThan(0);
  expect(result.proposedRelationsMatched).toBeGreaterThan(0);
  expect(result.proposalsMatched).toBeLessThanOrEqual(result.proposals);
  // Dates: the meetings of the document are dated from their lines.
  expect(draft.dates.length).toBeGreaterThan(0);
  const meetings = draft.entities.filter((e) => e.kind === 'meeting');
  expect(meetings.length).toBeGreaterThan(0);
  expect(meetings.filter((m) => !/^\d{4}-\d{2}/.test(m.date ?? ''))).toEqual([]);
});
