import net from 'node:net';
import express from 'express';
import pino from 'pino';
import type { AddressInfo } from 'node:net';
import { mountAdmin, ADMIN_REFUSALS_PER_MINUTE } from '../../src/server/admin';
import { clientAddressResolver } from '../../src/server/client-address';
import { RateLimiter, limiterKey } from '../../src/server/rate-limiter';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { listeningServer, request } from './listening-server';

/** Slow clients, forged client addresses and key floods: bounded, whatever the attacker sends. */

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};

test('slowloris: 3,000 connections trickling headers never hold more than MAX_CONNECTIONS, and real clients still get answers', async () => {
  const app = await listeningServer({ MAX_CONNECTIONS: '200', HEADERS_TIMEOUT_MS: '3000' });
  const { port } = app.server.httpServer.address() as AddressInfo;
  const sockets: net.Socket[] = [];
  let closedByServer = 0;
  let peak = 0;
  const sample = setInterval(() => {
    app.server.httpServer.getConnections((_e, count) => (peak = Math.max(peak, count)));
  }, 10);
  try {
    for (let i = 0; i < 3000; i++) {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.on('close', () => closedByServer++);
      socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ');
      sockets.push(socket);
      if (i % 500 === 499) {
        // In the middle of the flood, a real client is served.
        const health = await request(`${app.base}/healthz`);
        expect(health.status).toBe(200);
      }
    }
    const health = await request(`${app.base}/healthz`);
    expect(health.status).toBe(200);
    const open = await new Promise<number>((resolve) =>
      app.server.httpServer.getConnections((_e, count) => resolve(count)),
    );
    expect(open).toBeLessThanOrEqual(200);
    expect(peak).toBeLessThanOrEqual(200 + 1);
    // Those admitted are closed by the header timeout: every slow socket ends closed.
    await until(() => closedByServer === 3000);
  } finally {
    clearInterval(sample);
    for (const socket of sockets) socket.destroy();
    await app.close();
  }
});

test('X-Forwarded-For is ignored without TRUST_PROXY, so rotating it does not get past the rate limit', async () => {
  const app = await listeningServer({ RATE_LIMIT_PER_MINUTE: '5' });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const answer = await app.post(
        { query: '{ health { status } }' },
        { 'x-forwarded-for': `203.0.113.${i}` },
      );
      statuses.push(answer.status);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
  } finally {
    await app.close();
  }
});

test('client address: X-Forwarded-For only from a configured proxy, and only well-formed addresses', () => {
  const from = (peer: string, xff?: string) =>
    ({
      socket: { remoteAddress: peer },
      headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
    }) as never;
  const untrusting = clientAddressResolver([]);
  expect(untrusting(from('127.0.0.1', '198.51.100.7'))).toBe('127.0.0.1');
  const proxied = clientAddressResolver(['10.0.0.0/8', 'loopback']);
  expect(proxied(from('10.1.2.3', '198.51.100.7'))).toBe('198.51.100.7');
  expect(proxied(from('::ffff:127.0.0.1', '198.51.100.7'))).toBe('198.51.100.7');
  // Hops are read from the right while they are trusted proxies; a client cannot prepend.
  expect(proxied(from('10.1.2.3', '1.1.1.1, 198.51.100.7, 10.9.9.9'))).toBe('198.51.100.7');
  // From a peer that is not a proxy, the header is the client's own words.
  expect(proxied(from('192.0.2.1', '198.51.100.7'))).toBe('192.0.2.1');
  // Malformed or oversized: the last address known to be real.
  expect(proxied(from('10.1.2.3', 'not-an-ip'))).toBe('10.1.2.3');
  expect(proxied(from('10.1.2.3', `198.51.100.7${'x'.repeat(15000)}`))).toBe('10.1.2.3');
  expect(proxied(from('10.1.2.3', `${'1'.repeat(2000)}, 198.51.100.8`))).toBe('10.1.2.3');
});

test('rate limiter memory stays bounded whatever the keys (20,000 distinct 15 KB keys)', () => {
  const limiter = new RateLimiter(10, 60000, 1000);
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 20000; i++) limiter.take(`${i}-${'k'.repeat(15000)}`);
  expect(limiter.size).toBeLessThanOrEqual(1000);
  // Keys are the addresses themselves; a /64 is one key, so an IPv6 host cannot rotate.
  expect(limiterKey('2001:db8:1:2:aaaa::1')).toBe(limiterKey('2001:db8:1:2:bbbb::9'));
  expect(limiterKey('2001:db8:1:3::1')).not.toBe(limiterKey('2001:db8:1:2::1'));
  // 1,000 keys of 15 KB at most (V8 may share the rest): far from the 1.5 GB of all of them.
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
});

test('refused admin attempts: 429 after the limit even with the right token, and one log line per address and window', async () => {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
  const store = EmbeddedStore.open();
  const app = express();
  mountAdmin(app, { token: 'right-token', store, logger });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const attempt = (token: string) =>
      fetch(`http://127.0.0.1:${port}/admin/reload-seeds`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      }).then((r) => r.status);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push(await attempt(`guess-${i}`));
    expect(statuses.slice(0, ADMIN_REFUSALS_PER_MINUTE).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(ADMIN_REFUSALS_PER_MINUTE).every((s) => s === 429)).toBe(true);
    // Over the limit, even the right token is not checked: guessing stays slow.
    expect(await attempt('right-token')).toBe(429);
    const refusals = lines.filter((l) => String(l.msg).startsWith('admin request refused'));
    expect(refusals).toHaveLength(1);
  } finally {
    server.close();
    await store.close();
  }
});
