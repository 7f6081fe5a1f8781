import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { freePort, startService } from '../helpers/service-process';
import { FakeBoltServer } from './fake-bolt-server';
import { request } from './listening-server';

/**
 * Neo4j faults as an operator sees them, with the real service process and its real driver
 * talking to real TCP endpoints: a port that refuses, one that accepts and hangs up at once,
 * and a minimal Bolt server (fake-bolt-server.ts) that serves, goes away and comes back.
 */
jest.setTimeout(240000);

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  const child = startService({ PORT: '0', LOG_LEVEL: 'info', STORE_TIMEOUT_MS: '1000', ...env });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

/** The retry lines the service logs while it waits, with their delays. */
const retryDelays = (stdout: string): number[] =>
  [...stdout.matchAll(/Neo4j not reachable yet \(attempt \d+\); retrying in (\d+) ms/g)].map((m) =>
    Number(m[1]),
  );

async function until(condition: () => boolean, timeoutMs = 120000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const stderrLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

test('STORE_STARTUP_WAIT_MS against a refusing port: retries with growing delays in the log, then one clear line and exit 1', async () => {
  const port = await freePort();
  const started = Date.now();
  const service = run({ NEO4J_URI: `bolt://127.0.0.1:${port}`, STORE_STARTUP_WAIT_MS: '2500' });
  const code = await service.exit;
  const elapsed = Date.now() - started;
  expect(code).toBe(1);
  const delays = retryDelays(service.stdout());
  // 250, 500, 1000, … as time allows (a loaded machine may fit one retry fewer into 2.5 s).
  expect(delays.length).toBeGreaterThanOrEqual(2);
  expect(delays).toEqual(delays.map((_, i) => 250 * 2 ** i));
  // It really waited (the delays add up) before giving up.
  expect(elapsed).toBeGreaterThanOrEqual(delays.reduce((sum, d) => sum + d, 0));
  expect(stderrLines(service.stderr())).toEqual([
    expect.stringMatching(
      /^kizuna: STORE_UNAVAILABLE: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+ .*Check NEO4J_URI/,
    ),
  ]);
});

test('an endpoint that accepts and drops every connection: one clear line and exit 1, no stack', async () => {
  const dropper = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', resolve));
  const { port } = dropper.address() as net.AddressInfo;
  try {
    const service = run({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(await service.exit).toBe(1);
    const lines = stderrLines(service.stderr());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^kizuna: STORE_UNAVAILABLE: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1/,
    );
  } finally {
    await new Promise((resolve) => dropper.close(resolve));
  }
});

describe('against a Bolt server that comes late, goes away mid-request and comes back', () => {
  let fake: FakeBoltServer;
  let service: Run;
  let base: string;
  const stats = '{ stats { entities relations } }';
  const post = (query: string) =>
    request(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    fake = await FakeBoltServer.start({
      'stats.graphLoaded': [{ fingerprint: 'f', entities: 5 }],
      'stats.countByKind': [
        { key: 'country', count: 3 },
        { key: 'framework', count: 2 },
      ],
      'stats.countByRelationType': [{ key: 'PARTICIPATES_IN', count: 4 }],
    });
    // Down at start-up; back once the service has logged that it is waiting (not on a timer:
    // on a loaded machine the process may take longer than any fixed delay to get there).
    await fake.drop();
    service = run({
      NEO4J_URI: fake.uri,
      STORE_STARTUP_WAIT_MS: '20000',
      KIZUNA_SEED_ON_START: 'false',
    });
    await until(() => retryDelays(service.stdout()).length >= 1);
    await fake.restore();
    await until(() => /"url":"http:\/\/[^"]+\/graphql"/.test(service.stdout()));
    base = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(service.stdout())![1];
  });
  afterAll(async () => {
    service.child.kill('SIGTERM');
    await service.exit;
    await fake.close();
  });

  test('start-up waited with backoff (visible in the log), then served', async () => {
    expect(retryDelays(service.stdout()).length).toBeGreaterThanOrEqual(1);
    expect(service.stdout()).toMatch(/"engine":"neo4j"/);
    const ready = await request(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json).toMatchObject({ status: 'ready', engine: 'neo4j', entities: 5 });
    expect((await post(stats)).json).toEqual({ data: { stats: { entities: 5, relations: 4 } } });
  });

  test('connection lost mid-request: STORE_UNAVAILABLE, /readyz 503; recovery when it returns', async () => {
    fake.hang.add('stats.countByKind');
    const inFlight = post(stats);
    // Wait until the request is on the wire, then cut every connection.
    await until(() => fake.queries.slice(-3).includes('stats.countByKind'));
    await fake.drop();
    fake.hang.clear();
    const lost = await inFlight;
    expect(lost.status).toBe(200);
    expect(
      lost.json.errors.map((e: { extensions: { code: string } }) => e.extensions.code),
    ).toContain('STORE_UNAVAILABLE');
    expect(lost.text).not.toMatch(/MATCH|\.ts:|\n\s+at /);

    const notReady = await request(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(notReady.json.reason).toMatch(/^STORE_UNAVAILABLE/);
    // Liveness is unaffected: the process is fine, only its database is not.
    expect((await request(`${base}/healthz`)).status).toBe(200);

    await fake.restore();
    const ready = await request(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect((await post(stats)).json).toEqual({ data: { stats: { entities: 5, relations: 4 } } });
  });
});
