import { listeningServer, request, type ListeningServer } from '../reliability/listening-server';

/** What browsers and caches see: CORS for client-awareness headers, Vary, caching, media types. */
let s: ListeningServer;
beforeAll(async () => {
  s = await listeningServer({
    CORS_ORIGINS: 'https://embed.example.org',
    RATE_LIMIT_PER_MINUTE: '1000',
    MAX_BODY_BYTES: '2000',
  });
});
afterAll(async () => {
  await s.close();
});

const GRAPHQL_RESPONSE = /^application\/graphql-response\+json; charset=utf-8$/;
const get = (query: string, headers: Record<string, string> = {}) =>
  request(`${s.base}/graphql?query=${encodeURIComponent(query)}`, { headers });

test('a preflight from an allowed origin allows Apollo Client’s awareness headers', async () => {
  const answer = await request(`${s.base}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://embed.example.org',
      'access-control-request-method': 'POST',
      'access-control-request-headers':
        'content-type,apollographql-client-name,apollographql-client-version',
    },
  });
  expect(answer.status).toBe(204);
  const allowed = answer.headers.get('access-control-allow-headers')!.split(/,\s*/);
  expect(allowed).toEqual(
    expect.arrayContaining([
      'content-type',
      'apollographql-client-name',
      'apollographql-client-version',
    ]),
  );
});

test('a cross-origin answer exposes x-store-calls and varies by Origin and Accept', async () => {
  const answer = await get('{ stats { entities } }', { origin: 'https://embed.example.org' });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('access-control-allow-origin')).toBe('https://embed.example.org');
  expect(answer.headers.get('access-control-expose-headers')).toMatch(/x-store-calls/);
  expect(answer.headers.get('x-store-calls')).toMatch(/^\d+$/);
  expect(answer.headers.get('cache-control')).toBe('max-age=300, public');
  expect(answer.headers.get('vary')).toBe('Origin, Accept');
});

test('every cacheable answer varies by Origin and Accept, with or without an Origin', async () => {
  for (const headers of <Array<Record<string, string>>>[
    {},
    { origin: 'https://elsewhere.example' },
    { accept: 'application/json' },
  ]) {
    const answer = await get('{ search(text: "IPEF") { entity { id } } }', headers);
    expect(answer.headers.get('cache-control')).toBe('max-age=300, public');
    expect(answer.headers.get('vary')).toBe('Origin, Accept');
  }
});

test('health is never cached: the health field, /healthz and /readyz', async () => {
  const field = await get('{ health { status } stats { entities } }');
  expect(field.json.data.health.status).toBe('ok');
  expect(field.headers.get('cache-control')).toBe('no-store');
  for (const path of ['/healthz', '/readyz']) {
    const answer = await request(`${s.base}${path}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  }
});

test('errors are never cached, whoever writes them', async () => {
  const answers = [
    await get('{ entity(id: "") { id } }'), // resolver error (BAD_USER_INPUT)
    await get('{ nope }'), // validation error, from Apollo
    await s.post('{"query": '), // malformed JSON, from the body parser
    await s.post({ query: `{ search(text: "${'a'.repeat(3000)}") { score } }` }), // 413
  ];
  for (const answer of answers) {
    expect(answer.json.errors.length).toBeGreaterThan(0);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  }
});

describe('Accept: application/graphql-response+json on errors the server writes itself', () => {
  const accept = { accept: 'application/graphql-response+json' };

  test('413 and malformed JSON', async () => {
    const large = await s.post(
      { query: `{ search(text: "${'a'.repeat(3000)}") { score } }` },
      accept,
    );
    expect(large.status).toBe(413);
    expect(large.headers.get('content-type')).toMatch(GRAPHQL_RESPONSE);
    expect(large.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const malformed = await s.post('{"query": ', accept);
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(GRAPHQL_RESPONSE);
  });

  test('without it (or preferring JSON) the same errors are application/json', async () => {
    const variants: Array<Record<string, string>> = [
      {},
      { accept: 'application/json, application/graphql-response+json' },
    ];
    for (const headers of variants) {
      const malformed = await s.post('{"query": ', headers);
      expect(malformed.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8$/);
    }
  });

  test('Apollo’s own errors follow the same choice', async () => {
    const invalid = await get('{ nope }', accept);
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toMatch(GRAPHQL_RESPONSE);
  });
});

test('the rate limit’s 429 honours Accept too, and is never cached', async () => {
  const limited = await listeningServer({ RATE_LIMIT_PER_MINUTE: '1' });
  try {
    await limited.post({ query: '{ health { status } }' });
    const refused = await limited.post(
      { query: '{ health { status } }' },
      { accept: 'application/graphql-response+json' },
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(GRAPHQL_RESPONSE);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.json.errors[0].extensions.code).toBe('RATE_LIMITED');
  } finally {
    await limited.close();
  }
});
