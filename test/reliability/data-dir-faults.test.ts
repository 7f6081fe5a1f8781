import { chmodSync, copyFileSync, mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeedGraph } from '../../src/ingest/loader';
import { EmbeddedStore, EMBEDDED_DB_FILE } from '../../src/store/embedded/embedded.store';
import { runToExit, startService, waitForListening } from '../helpers/service-process';
import { seedGraph } from '../helpers/seeded-server';
import { request } from './listening-server';

/**
 * Damaged embedded data directories beyond the locked and garbage cases of test/e2e: a file
 * cut short (a full disk, a copy interrupted), and an unreadable file. Never a silent empty graph.
 */
jest.setTimeout(240000);

let good: string;
beforeAll(async () => {
  good = mkdtempSync(join(tmpdir(), 'kizuna-good-'));
  const store = EmbeddedStore.open({ dataDir: good });
  await loadSeedGraph(store, seedGraph());
  await store.close();
});
afterAll(() => rmSync(good, { recursive: true, force: true }));

function copyOfGood(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-damaged-'));
  copyFileSync(join(good, EMBEDDED_DB_FILE), join(dir, EMBEDDED_DB_FILE));
  return dir;
}

test('a truncated database file: one STORE_CORRUPT line saying what to do, exit 1 (fixed: was "in use by another process")', async () => {
  const dir = copyOfGood();
  try {
    const file = join(dir, EMBEDDED_DB_FILE);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const { code, stderr } = await runToExit({ PORT: '0', KIZUNA_DATA_DIR: dir });
    expect(code).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(
      /^kizuna: STORE_CORRUPT: embedded database .* cannot be opened .*damaged/,
    );
    expect(stderr[0]).toMatch(/move the file aside and run npm run seed/);
    expect(stderr[0]).not.toMatch(/another process/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unreadable database file: refused with a permission message, or (as root, where modes do not bind) served in full — never empty', async () => {
  const dir = copyOfGood();
  chmodSync(join(dir, EMBEDDED_DB_FILE), 0o000);
  try {
    if (process.getuid?.() !== 0) {
      const { code, stderr } = await runToExit({ PORT: '0', KIZUNA_DATA_DIR: dir });
      expect(code).toBe(1);
      expect(stderr[0]).toMatch(/^kizuna: STORE_UNAVAILABLE: .*permission denied/);
      return;
    }
    // Root reads a mode-000 file: the honest outcome is the whole graph, not an empty one.
    const child = startService({ PORT: '0', KIZUNA_DATA_DIR: dir, KIZUNA_SEED_ON_START: 'false' });
    try {
      const base = await waitForListening(child);
      const ready = await request(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.json.entities).toBe(seedGraph().entities.length);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data directory with no database and seeding off: /readyz says the graph is not loaded (503), not an empty 200', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-empty-'));
  const child = startService({ PORT: '0', KIZUNA_DATA_DIR: dir, KIZUNA_SEED_ON_START: 'false' });
  try {
    const base = await waitForListening(child);
    const ready = await request(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.json.reason).toMatch(/graph not loaded: run npm run seed/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
});
