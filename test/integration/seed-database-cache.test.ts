import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { countLoaded, loadedFingerprint, loadSeedGraph } from '../../src/ingest/loader';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { DEFAULT_SEEDS_DIR } from '../../src/ingest/seeds-dir';
import {
  keepDatabase,
  seedDatabaseFingerprint,
  takeCachedDatabase,
} from '../../src/ingest/seed-database-cache';
import { openSeededStore } from '../../src/server/seeded-store';
import { ENTITIES_BY_IDS } from '../../src/store/cypher/entities';
import { EmbeddedStore, embeddedEngineVersion } from '../../src/store/embedded/embedded.store';
import type { GraphStore } from '../../src/store/graph-store';

/**
 * The start-up cache of the loaded embedded database: a private copy of the same graph as a load
 * while seeds, code and engine are unchanged; a load again when any of them changes or the
 * cached file is damaged; never the cached file itself, which other starts share.
 */
jest.setTimeout(240000);

let work: string;
let seeds: string;
let cache: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kizuna-seed-db-cache-'));
  seeds = join(work, 'seeds');
  cpSync(DEFAULT_SEEDS_DIR, seeds, { recursive: true });
});
beforeEach(() => {
  cache = mkdtempSync(join(work, 'cache-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const graph = (): ReturnType<typeof buildSeedGraph> => buildSeedGraph(seeds);

/** Loads the seeds into memory and keeps the result as the cache; returns the load's fingerprint. */
async function loadAndKeep(fingerprint: string): Promise<string> {
  const store = EmbeddedStore.open();
  try {
    const seedGraph = graph();
    const result = await loadSeedGraph(store, seedGraph);
    await keepDatabase(cache, seeds, fingerprint, result.fingerprint, seedGraph.documents, (path) =>
      store.saveTo(path),
    );
    return result.fingerprint;
  } finally {
    await store.close();
  }
}

async function entityName(store: GraphStore, id: string): Promise<unknown> {
  const [row] = await store.read(ENTITIES_BY_IDS, { ids: [id] });
  return (row?.entity as { nameJa?: unknown } | undefined)?.nameJa;
}

test('a miss finds nothing; a kept load comes back as a private copy holding the same graph, deleted on close', async () => {
  const fingerprint = seedDatabaseFingerprint(seeds, embeddedEngineVersion());
  expect(takeCachedDatabase(cache, seeds, fingerprint)).toBeNull();

  const memory = EmbeddedStore.open();
  const loaded = await loadSeedGraph(memory, graph());
  const expectedCounts = await countLoaded(memory);
  const expectedName = await entityName(memory, 'framework-ipef');
  await memory.close();

  const loadFingerprint = await loadAndKeep(fingerprint);
  expect(loadFingerprint).toBe(loaded.fingerprint);
  const copy = takeCachedDatabase(cache, seeds, fingerprint);
  expect(copy).not.toBeNull();
  expect(copy!.path.startsWith(tmpdir())).toBe(true);
  expect(copy!.loadFingerprint).toBe(loaded.fingerprint);
  // The documents come back with it, as the seeds' manifest and files give them.
  expect(copy!.documents).toEqual(graph().documents);

  const store = EmbeddedStore.openOwnedFile(copy!.path);
  expect(await loadedFingerprint(store)).toBe(loaded.fingerprint);
  expect(await countLoaded(store)).toEqual(expectedCounts);
  expect(await entityName(store, 'framework-ipef')).toBe(expectedName);
  expect(expectedName).toBe('インド太平洋経済枠組み');
  // The schema comes back with the file (a hit does not run bootstrapSchema): the text index
  // that search goes through, the id index every query starts from, and the unique id.
  expect((await store.searchText('半導体', 5)).length).toBeGreaterThan(0);
  const [plan] = await store.read({
    name: 'test.explainIdLookup',
    text: "EXPLAIN MATCH (n:Entity {id: 'country-jp'}) RETURN n",
  });
  expect(String(plan.plan)).toContain('[index: id]');
  await expect(
    store.write({ name: 'test.duplicateId', text: "CREATE (:Entity {id: 'country-jp'})" }),
  ).rejects.toMatchObject({ code: 'CONSTRAINT_VIOLATION' });
  await store.close();
  expect(existsSync(copy!.path)).toBe(false);
  expect(existsSync(`${copy!.path}.wal`)).toBe(false);
});

test('a changed seed file, engine version or cached byte is a miss, never the old graph', async () => {
  const fingerprint = seedDatabaseFingerprint(seeds, embeddedEngineVersion());
  await loadAndKeep(fingerprint);

  expect(seedDatabaseFingerprint(seeds, '0.0.0-other')).not.toBe(fingerprint);
  expect(takeCachedDatabase(cache, seeds, seedDatabaseFingerprint(seeds, '0.0.0-other'))).toBe(
    null,
  );

  const manifest = join(seeds, 'documents', 'manifest.yaml');
  const original = readFileSync(manifest, 'utf8');
  try {
    writeFileSync(manifest, `${original}\n# edited\n`);
    const edited = seedDatabaseFingerprint(seeds, embeddedEngineVersion());
    expect(edited).not.toBe(fingerprint);
    expect(takeCachedDatabase(cache, seeds, edited)).toBeNull();
  } finally {
    writeFileSync(manifest, original);
  }

  // One byte of the cached database changed: its checksum no longer matches, so it is not opened.
  const file = readdirSync(cache).find((name) => name.endsWith('.grafeo'))!;
  const bytes = readFileSync(join(cache, file));
  bytes[Math.floor(bytes.length / 2)] ^= 0xff;
  writeFileSync(join(cache, file), bytes);
  expect(takeCachedDatabase(cache, seeds, fingerprint)).toBeNull();

  // Cut short, and a sidecar that is not JSON: the same.
  writeFileSync(join(cache, file), bytes.subarray(0, 1000));
  expect(takeCachedDatabase(cache, seeds, fingerprint)).toBeNull();
  const sidecar = readdirSync(cache).find((name) => name.endsWith('.json'))!;
  writeFileSync(join(cache, sidecar), '{"format":');
  expect(takeCachedDatabase(cache, seeds, fingerprint)).toBeNull();
});

test('the service start: the first builds the cache, the next opens it; a cached file the engine cannot read is loaded again', async () => {
  const config = loadConfig({ NODE_ENV: 'test', SEED_CACHE_DIR: cache });
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  );
  const sources = (): unknown[] => lines.map((line) => line.seedCache).filter(Boolean);

  const first = await openSeededStore(config, logger, seeds);
  const expected = await entityName(first.store, 'framework-ipef');
  const expectedCounts = await countLoaded(first.store);
  await first.store.close();
  expect(sources()).toEqual([expect.stringMatching(/^(hit|built)$/)]);

  const second = await openSeededStore(config, logger, seeds);
  expect(sources()[1]).toBe('database');
  expect(await entityName(second.store, 'framework-ipef')).toBe(expected);
  expect(await countLoaded(second.store)).toEqual(expectedCounts);
  expect(second.documents.map((d) => d.id)).toEqual(graph().documents.map((d) => d.id));
  await second.store.close();

  // A file whose checksum is right (the sidecar rewritten to match) but that is no database.
  const file = readdirSync(cache).find((name) => name.endsWith('.grafeo'))!;
  const sidecar = join(
    cache,
    readdirSync(cache).find((name) => name.startsWith('seed-db-') && name.endsWith('.json'))!,
  );
  const garbage = Buffer.from('this is not a Grafeo database file');
  writeFileSync(join(cache, file), garbage);
  const meta = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
  const { createHash } = await import('node:crypto');
  meta.sha256 = createHash('sha256').update(garbage).digest('hex');
  writeFileSync(sidecar, JSON.stringify(meta));

  const third = await openSeededStore(config, logger, seeds);
  expect(sources()[2]).toBe('hit');
  expect(await entityName(third.store, 'framework-ipef')).toBe(expected);
  await third.store.close();
  // ...and the load that replaced it is what the next start opens.
  const fourth = await openSeededStore(config, logger, seeds);
  expect(sources()[3]).toBe('database');
  await fourth.store.close();
});

test('a persistent data directory is loaded in place, never replaced by the cache', async () => {
  const dataDir = mkdtempSync(join(work, 'data-'));
  const config = loadConfig({ NODE_ENV: 'test', SEED_CACHE_DIR: cache, KIZUNA_DATA_DIR: dataDir });
  for (let i = 0; i < 2; i++) {
    const { store } = await openSeededStore(config, pino({ level: 'silent' }), seeds);
    expect((store as EmbeddedStore).path).toBe(join(dataDir, 'kizuna.grafeo'));
    await store.close();
  }
  expect(readdirSync(cache).filter((name) => name.startsWith('seed-db-'))).toEqual([]);
});
