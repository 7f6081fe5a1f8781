import { join } from 'node:path';
import { startService, waitForListening } from '../helpers/service-process';
import { FakeBoltServer } from './fake-bolt-server';

/**
 * A Neo4j deployment never loads the embedded engine (a native module it does not need): the
 * real service process is started against a Bolt peer with a preload that reports any load of
 * an @grafeo-db module. The same preload on the embedded default proves it reports.
 */
jest.setTimeout(180000);

const PRELOAD = join(__dirname, '..', 'fixtures', 'report-grafeo-load.mjs');

async function serviceStderr(env: Record<string, string>): Promise<string> {
  const child = startService({ PORT: '0', NODE_OPTIONS: `--import ${PRELOAD}`, ...env });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const base = await waitForListening(child, 120000);
    // Serve a request too: nothing on the request path may pull the engine in either.
    await fetch(`${base}/readyz`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
  }
  return stderr;
}

test('started on Neo4j (a Bolt server), the service loads no @grafeo-db module', async () => {
  const fake = await FakeBoltServer.start({});
  try {
    const stderr = await serviceStderr({ NEO4J_URI: fake.uri, KIZUNA_SEED_ON_START: 'false' });
    expect(fake.queries).toContain('schema.awaitIndexes'); // it really ran against the peer
    expect(stderr).not.toMatch(/EMBEDDED ENGINE LOADED/);
  } finally {
    await fake.close();
  }
});

test('control: on the embedded default the same preload reports the engine', async () => {
  const stderr = await serviceStderr({ KIZUNA_SEED_ON_START: 'false' });
  expect(stderr).toMatch(/EMBEDDED ENGINE LOADED: @grafeo-db\/js/);
});
