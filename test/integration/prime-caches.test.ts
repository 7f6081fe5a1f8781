import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { openSeededStore } from '../../src/server/seeded-store';
import { ROOT } from '../helpers/service-process';

/**
 * `npm run build` ends by preparing the seed caches (src/server/prime-caches.ts), so that the
 * service's own start opens the loaded database instead of validating and loading the seeds.
 */
jest.setTimeout(240000);

let cacheDir: string;
beforeAll(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'kizuna-prime-'));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function prime(env: Record<string, string>): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'src/server/prime-caches.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    encoding: 'utf8',
  });
}

test('after the build prepared the caches, a start opens the database cache instead of loading', async () => {
  expect(prime({ SEED_CACHE_DIR: cacheDir })).toContain('seed caches ready for npm start');
  const messages: string[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => messages.push(JSON.parse(line).msg as string) },
  );
  const { store } = await openSeededStore(loadConfig({ SEED_CACHE_DIR: cacheDir }), logger);
  try {
    expect(messages).toContain('seed graph opened from the database cache');
    expect(messages).not.toContain('seed graph loaded');
  } finally {
    await store.close();
  }
});

test('the build never writes to a Neo4j database or a data directory found in its environment', () => {
  // A closed port: connecting would fail the build; preparing nothing succeeds.
  const out = prime({
    SEED_CACHE_DIR: cacheDir,
    NEO4J_URI: 'neo4j://127.0.0.1:9',
    NEO4J_PASSWORD: 'x',
  });
  expect(out).toContain('no seed cache to prepare');
  const withDataDir = prime({ SEED_CACHE_DIR: cacheDir, KIZUNA_DATA_DIR: join(cacheDir, 'data') });
  expect(withDataDir).toContain('no seed cache to prepare');
  expect(existsSync(join(cacheDir, 'data'))).toBe(false);
});
