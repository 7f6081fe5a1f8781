import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { limitConnections } from '../../src/server/connection-limit';

/**
 * The connection limit's idle timer, on a plain node:http server: it must close connections that
 * sit idle, and nothing else. A keep-alive client sending request after request, and a request
 * that takes longer than the idle time to answer, are ordinary use.
 */
async function serve(
  handler: http.RequestListener,
  idleMs: number,
): Promise<{ base: string; sockets: Socket[]; close(): Promise<void> }> {
  const server = http.createServer(handler);
  const sockets: Socket[] = [];
  server.on('connection', (socket: Socket) => sockets.push(socket));
  limitConnections(server, 50, idleMs);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    sockets,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function get(url: string, agent: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

test('a keep-alive connection serving 50 requests holds one idle-timeout listener, not one per request', async () => {
  const app = await serve((_req, res) => res.end('ok'), 10000);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let i = 0; i < 50; i++) expect((await get(`${app.base}/`, agent)).body).toBe('ok');
    expect(app.sockets).toHaveLength(1);
    // Node's own listener plus ours; before the fix each request added one (51 here).
    expect(app.sockets[0].listenerCount('timeout')).toBeLessThanOrEqual(2);
  } finally {
    agent.destroy();
    await app.close();
  }
});

test('a request that takes longer than the idle time to answer is answered, not cut off', async () => {
  // The answer comes after three idle periods of silence on the socket.
  const app = await serve((_req, res) => {
    setTimeout(() => res.end('late but whole'), 600);
  }, 200);
  const agent = new http.Agent({ keepAlive: true });
  try {
    expect(await get(`${app.base}/`, agent)).toEqual({ status: 200, body: 'late but whole' });
  } finally {
    agent.destroy();
    await app.close();
  }
});

test('an idle keep-alive connection is still closed after the idle time', async () => {
  const app = await serve((_req, res) => res.end('ok'), 200);
  const agent = new http.Agent({ keepAlive: true });
  try {
    await get(`${app.base}/`, agent);
    const socket = app.sockets[0];
    await new Promise<void>((resolve) =>
      socket.destroyed ? resolve() : socket.once('close', () => resolve()),
    );
    expect(socket.destroyed).toBe(true);
  } finally {
    agent.destroy();
    await app.close();
  }
});
