import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeedGraph } from '../../src/ingest/loader';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { COUNT_BY_KIND } from '../../src/store/cypher/load';
import { seedGraph } from '../helpers/seeded-server';

const ROOT = join(__dirname, '../..');

test('loading twice gives the same counts, and the second load says nothing changed', async () => {
  const store = EmbeddedStore.open();
  try {
    const first = await loadSeedGraph(store, seedGraph());
    const second = await loadSeedGraph(store, seedGraph());
    expect(first.changed).toBe(true);
    expect(second.changed).toBe(false);
    expect(second.byKind).toEqual(first.byKind);
    expect(second.byRelationType).toEqual(first.byRelationType);
    expect(first.entities).toBe(seedGraph().entities.length);
    expect(first.relations).toBe(seedGraph().relations.length);
    const forced = await loadSeedGraph(store, seedGraph(), { force: true });
    expect(forced.byKind).toEqual(first.byKind);
  } finally {
    await store.close();
  }
});

test('a load removes what the seeds no longer hold: entities and relations', async () => {
  const store = EmbeddedStore.open();
  try {
    await loadSeedGraph(store, seedGraph());
    const kept = new Set(['country', 'document', 'framework']);
    const entities = seedGraph().entities.filter((e) => kept.has(e.kind));
    const ids = new Set(entities.map((e) => e.id));
    const relations = seedGraph().relations.filter((r) => ids.has(r.from) && ids.has(r.to));
    const smaller = await loadSeedGraph(store, { ...seedGraph(), entities, relations });
    expect(smaller.entities).toBe(entities.length);
    expect(smaller.relations).toBe(relations.length);
    expect(Object.keys(smaller.byKind).sort()).toEqual([...kept].sort());
  } finally {
    await store.close();
  }
});

test('a load that fails midway leaves the previous graph intact', async () => {
  const store = EmbeddedStore.open();
  try {
    const small = {
      ...seedGraph(),
      entities: seedGraph().entities.filter((e) => e.kind === 'country'),
      relations: [],
    };
    const before = await loadSeedGraph(store, small);
    await expect(
      loadSeedGraph(store, seedGraph(), {
        beforeCommit: () => Promise.reject(new Error('disk full (simulated)')),
      }),
    ).rejects.toThrow('disk full');
    const after = await store.read(COUNT_BY_KIND);
    expect(Object.fromEntries(after.map((r) => [r.key, r.count]))).toEqual(before.byKind);
  } finally {
    await store.close();
  }
});

test('an invalid seed graph is refused before anything is written, with what to fix', async () => {
  const store = EmbeddedStore.open();
  try {
    const broken = {
      ...seedGraph(),
      problems: [{ file: 'graph/x.yaml', record: 'entities[0] x', message: 'bad' }],
    };
    await expect(loadSeedGraph(store, broken)).rejects.toMatchObject({
      code: 'INVALID_SEEDS',
      message: expect.stringContaining('graph/x.yaml: entities[0] x: bad'),
    });
    expect(await store.read(COUNT_BY_KIND)).toEqual([]);
  } finally {
    await store.close();
  }
});

test('a load killed with SIGKILL inside its transaction leaves the previous graph on disk', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-kill-'));
  try {
    const run = (args: string[]) =>
      // `--import tsx` keeps it one process, so SIGKILL hits the process that holds the file.
      spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/load-child.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, KIZUNA_DATA_DIR: dataDir },
      });
    await new Promise<void>((resolve, reject) => {
      const child = run(['--only-countries']);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`first load exited ${code}`)),
      );
    });
    await new Promise<void>((resolve, reject) => {
      const child = run(['--hang-in-transaction']);
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('IN_TRANSACTION')) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? resolve() : reject(new Error('not killed')),
      );
    });
    const store = EmbeddedStore.open({ dataDir });
    try {
      const kinds = await store.read(COUNT_BY_KIND);
      expect(kinds.map((r) => r.key).sort()).toEqual(['country', 'document']);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 240000);
