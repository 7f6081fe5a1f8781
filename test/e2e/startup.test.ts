import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runToExit, startService, waitForListening } from '../helpers/service-process';

/** Start-up as an operator sees it: a real process, real HTTP, one clear line when it fails. */
jest.setTimeout(240000);

test('on the embedded default the service answers GraphQL and /readyz is 200', async () => {
  // No time bound here: start-up time is a benchmark figure (npm run bench), and a test that
  // fails on a loaded CI machine says nothing about the service.
  const child = startService({ PORT: '0' });
  try {
    const base = await waitForListening(child);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', engine: 'embedded' });
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "framework-ipef") { nameJa } }' }),
    });
    expect(await response.json()).toEqual({
      data: { entity: { nameJa: 'インド太平洋経済枠組み' } },
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise<number | null>((resolve) =>
    child.on('exit', (exitCode) => resolve(exitCode)),
  );
  // SIGTERM drains and closes the store, then exits cleanly.
  expect(code).toBe(0);
});

test('a wrong environment value gives one line naming the variable, and a non-zero exit', async () => {
  const { code, stderr } = await runToExit({ PORT: 'eighty' });
  expect(code).not.toBe(0);
  expect(stderr).toEqual([
    'kizuna: invalid configuration: PORT: "eighty" is not a whole number from 0 to 65535',
  ]);
});

test('an unreachable Neo4j (connection refused) gives one line saying what to fix, and a non-zero exit', async () => {
  const port = await freePort();
  const { code, stderr } = await runToExit({
    NEO4J_URI: `bolt://127.0.0.1:${port}`,
    STORE_TIMEOUT_MS: '2000',
  });
  expect(code).not.toBe(0);
  expect(stderr).toHaveLength(1);
  expect(stderr[0]).toMatch(
    /^kizuna: STORE_UNAVAILABLE: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+ .*Check NEO4J_URI/,
  );
});

test('a locked embedded data directory gives one line saying what to fix, and a non-zero exit', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-lock-'));
  const holder = startService({ PORT: '0', KIZUNA_DATA_DIR: dataDir });
  try {
    await waitForListening(holder);
    const { code, stderr } = await runToExit({ PORT: '0', KIZUNA_DATA_DIR: dataDir });
    expect(code).not.toBe(0);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(
      /^kizuna: STORE_LOCKED: embedded database .*kizuna\.grafeo is in use by another process/,
    );
  } finally {
    holder.kill('SIGTERM');
    await new Promise((resolve) => holder.on('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a corrupt embedded database file gives one line, never a silent empty graph', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-corrupt-'));
  try {
    require('node:fs').writeFileSync(join(dataDir, 'kizuna.grafeo'), 'this is not a database');
    const { code, stderr } = await runToExit({ PORT: '0', KIZUNA_DATA_DIR: dataDir });
    expect(code).not.toBe(0);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^kizuna: STORE_CORRUPT: embedded database .* cannot be opened/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
