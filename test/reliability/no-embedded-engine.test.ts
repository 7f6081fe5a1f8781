import { join } from 'node:path';
import { startService, waitForListening } from '../helpers/service-process';
import { FakeBoltServer } from './fake-bolt-server';

/**
 * A Neo4j deployment never loads the embedded engine (a native module it does not need), and
 * the embedded default never loads the Neo4j driver (a sixth of its start's module loading): the
 * real service process is started with a preload that reports any load of either. Each case's
 * other engine is the control that proves the preload reports.
 */
jest.setTimeout(180000);

const PRELOAD = join(__dirname, '..', 'fixtures', 'report-engine-loads.mjs');

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
    expect(stderr).toMatch(/NEO4J DRIVER LOADED: neo4j-driver/);
  } finally {
    await fake.close();
  }
});

test('on the embedded default, seeded or not, the service loads no neo4j-driver module', async () => {
  for (const seedOnStart of ['false', 'true']) {
    const stderr = await serviceStderr({ KIZUNA_SEED_ON_START: seedOnStart });
    expect(stderr).toMatch(/EMBEDDED ENGINE LOADED: @grafeo-db\/js/);
    expect(stderr).not.toMatch(/NEO4J DRIVER LOADED/);
  }
});
