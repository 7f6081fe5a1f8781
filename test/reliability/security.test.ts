import express from 'express';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildKizunaSchema } from '../../src/graphql/schema';
import { mountAdmin } from '../../src/server/admin';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { COUNT_BY_KIND } from '../../src/store/cypher/load';
import { loadSeedGraph } from '../../src/ingest/loader';
import { seedGraph } from '../helpers/seeded-server';
import { listeningServer, request, type ListeningServer } from './listening-server';

/** The public API as an attacker and an embedding site see it. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

test('the schema has no mutation or subscription type: the public API is read-only', () => {
  const schema = buildKizunaSchema();
  expect(schema.getMutationType()).toBeUndefined();
  expect(schema.getSubscriptionType()).toBeUndefined();
});

describe('development defaults (no token, no CORS origins, no rate limit)', () => {
  let s: ListeningServer;
  beforeAll(async () => {
    s = await listeningServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('security headers on every response: data, errors, 404s, health, preflights', async () => {
    const answers = [
      await s.post({ query: '{ health { status } }' }),
      await s.post('{not json'),
      await s.post({ query: '{ nope }' }),
      await request(`${s.base}/no-such-page`),
      await request(`${s.base}/healthz`),
      await request(`${s.base}/readyz`),
      await request(`${s.base}/admin/reload-seeds`, { method: 'POST' }),
      await request(`${s.base}/graphql`, { method: 'OPTIONS' }),
    ];
    for (const answer of answers) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect([answer.status, name, answer.headers.get(name)]).toEqual([
          answer.status,
          name,
          value,
        ]);
      }
      expect(answer.headers.get('x-powered-by')).toBeNull();
      expect(answer.headers.get('content-security-policy')).toMatch(/default-src/);
    }
  });

  test('without KIZUNA_ADMIN_TOKEN the admin route does not exist (404), with or without a token', async () => {
    for (const headers of [{}, { authorization: 'Bearer anything' }] as Array<
      Record<string, string>
    >) {
      const answer = await request(`${s.base}/admin/reload-seeds`, { method: 'POST', headers });
      expect(answer.status).toBe(404);
    }
  });

  test('no CSRF preflight needed: a plain GET is answered, a text/plain POST still is not GraphQL', async () => {
    // The public API is read-only and reads no cookies (docs/reliability.md, "CSRF").
    const query = encodeURIComponent('{ health { status } }');
    const get = await request(`${s.base}/graphql?query=${query}`);
    expect(get.status).toBe(200);
    expect(get.json).toEqual({ data: { health: { status: 'ok' } } });
    const simple = await s.post('{"query":"{ health { status } }"}', {
      'content-type': 'text/plain',
    });
    expect(simple.status).toBe(400);
    expect(simple.json.data).toBeUndefined();
  });

  test('no CORS origins configured: no browser origin is allowed', async () => {
    const answer = await s.post(
      { query: '{ health { status } }' },
      { origin: 'https://example.org' },
    );
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('introspection and the self-hosted GraphiQL are on in development, under a self-only CSP', async () => {
    const introspection = await s.post({ query: '{ __schema { queryType { name } } }' });
    expect(introspection.json.data.__schema.queryType.name).toBe('Query');
    const landing = await request(`${s.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(200);
    expect(landing.text).toMatch(/<script src="\/widget\/graphiql\.js" nonce="[A-Za-z0-9+/=]{24}"/);
    const csp = landing.headers.get('content-security-policy')!;
    const nonce = /nonce="([^"]+)"/.exec(landing.text)![1];
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toMatch(/default-src 'none'; script-src 'self';/);
    expect(csp).not.toMatch(/https?:|unsafe/);
    // A fresh nonce per response.
    const again = await request(`${s.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(/nonce="([^"]+)"/.exec(again.text)![1]).not.toBe(nonce);
    // No page the service sends names a CDN any more.
    for (const path of ['/', '/graphql', '/no-such-page']) {
      const page = await request(`${s.base}${path}`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-security-policy')).not.toMatch(/apollographql|https:/);
    }
  });
});

describe('production with an allow-list, a rate limit and an admin token', () => {
  const TOKEN = 'a-long-random-admin-secret-0123456789';
  let s: ListeningServer;
  beforeAll(async () => {
    s = await listeningServer({
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://embed.example.org, https://partner.example.jp',
      RATE_LIMIT_PER_MINUTE: '40',
      KIZUNA_ADMIN_TOKEN: TOKEN,
    });
  });
  afterAll(async () => {
    await s.close();
  });

  test('introspection is refused and a browser gets a note instead of GraphiQL', async () => {
    const introspection = await s.post({ query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.json.errors[0].message).toMatch(/introspection is not allowed/);
    const landing = await request(`${s.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.text).not.toMatch(/graphiql\.js/);
    expect(landing.text).toMatch(/KIZUNA_GRAPHIQL=true/);
    expect(landing.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });

  test('CORS: listed origins get their own origin back, others get nothing', async () => {
    const preflight = (origin: string) =>
      request(`${s.base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight('https://partner.example.jp');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.jp');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    for (const origin of [
      'https://evil.example',
      'https://embed.example.org.evil.example',
      'null',
    ]) {
      const refused = await preflight(origin);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  test('errors are masked in production: no stack, file path or Cypher', async () => {
    const answer = await s.post({
      query: '{ entity(id: "country-jp") { relations(after: "eA") { edges { cursor } } } }',
    });
    expect(answer.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.text).not.toMatch(/stacktrace|\.ts:|\/work\/|MATCH|node_modules/);
  });

  test('admin: 401 without or with a wrong token, 200 and a no-op reload with it', async () => {
    const url = `${s.base}/admin/reload-seeds`;
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const answer = await request(url, {
        method: 'POST',
        headers: authorization ? { authorization } : {},
      });
      expect([authorization, answer.status]).toEqual([authorization, 401]);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    }
    const ok = await request(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ changed: false, entities: seedGraph().entities.length });
    // Only POST: a GET, even with the token, finds nothing.
    const get = await request(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(get.status).toBe(404);
  });

  test('the rate limit answers 429 RATE_LIMITED with Retry-After once a client exceeds it', async () => {
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof s.post>> | undefined;
    for (let i = 0; i < 45; i++) {
      const answer = await s.post({ query: '{ health { status } }' });
      statuses.push(answer.status);
      if (answer.status === 429) limited ??= answer;
    }
    expect(statuses.filter((code) => code === 429).length).toBeGreaterThan(0);
    expect(limited!.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Health checks are not rate limited: orchestrators must still see the service.
    expect((await request(`${s.base}/healthz`)).status).toBe(200);
  });
});

test('admin reload with an invalid seed graph: 422 with the problems, and the served graph unchanged', async () => {
  const store = EmbeddedStore.open();
  await loadSeedGraph(store, seedGraph());
  const before = await store.read(COUNT_BY_KIND);
  const app = express();
  const broken = {
    ...seedGraph(),
    problems: [{ file: 'graph/ipef/summit.yaml', record: 'relations[3]', message: 'unknown id x' }],
  };
  mountAdmin(app, {
    token: 't0ken',
    store,
    logger: pino({ level: 'silent' }),
    buildGraph: () => broken,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const answer = await request(`http://127.0.0.1:${port}/admin/reload-seeds`, {
      method: 'POST',
      headers: { authorization: 'Bearer t0ken' },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.error.code).toBe('INVALID_SEEDS');
    expect(answer.json.error.message).toContain(
      'graph/ipef/summit.yaml: relations[3]: unknown id x',
    );
    expect(await store.read(COUNT_BY_KIND)).toEqual(before);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  }
});
