import http from 'node:http';
import type { GraphStore } from '../../src/store/graph-store';
import { seededServer, seedGraph, type SeededServer } from '../helpers/seeded-server';
import { listeningServer } from './listening-server';

/**
 * One request must never take the service down (issue 10): the cost is priced with variables,
 * every list at the size it can return and every leaf at 1; hard caps stop what slips through;
 * a request past its deadline, or whose client hung up, stops and starts no store call.
 * Everything here runs with the default limits unless a test says otherwise.
 */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

const refusedAsTooComplex = async (query: string, variables?: Record<string, unknown>) => {
  const result = await server.run(query, variables);
  expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(result.errors?.[0]?.message).toMatch(/query cost \d+ exceeds the limit of \d+/);
  expect(result.storeCalls).toBe(0);
  return result;
};
const answered = async (query: string, variables?: Record<string, unknown>) => {
  const result = await server.run(query, variables);
  expect(result.errors).toBeUndefined();
  return result;
};

const distinctIds = (n: number) =>
  seedGraph()
    .entities.slice(0, n)
    .map((e) => e.id);
const list = (ids: string[]) => `[${ids.map((id) => JSON.stringify(id)).join(', ')}]`;

test('the crash request of the report (one hub 100 times, frameworks three deep): QUERY_TOO_COMPLEX before any store call', async () => {
  const ids = Array<string>(100).fill('country-jp');
  await refusedAsTooComplex(
    `{ entities(ids: ${list(ids)}) { ... on Country { frameworks { relation { from { ... on Country { frameworks { relation { from { ... on Country { frameworks { relation { id } } } } } } } } } } } } }`,
  );
});

test('variable variant: first: $n is priced at its value, exactly as the literal', async () => {
  const hubs = ['country-jp', 'country-us', 'country-in', 'country-au', 'sector-supply-chain'];
  const shape = (first: string) =>
    `{ entities(ids: ${list(hubs)}) { relations(first: ${first}) { edges { node { id type from { relations(first: ${first}) { edges { node { id type note capacity title validFrom validTo props } } } } } } } } }`;
  const withVariable = `query Hubs($n: Int) ${shape('$n')}`;
  await refusedAsTooComplex(withVariable, { n: 100 });
  await refusedAsTooComplex(shape('100'));
  const small = await answered(withVariable, { n: 2 });
  expect(small.data.entities).toHaveLength(hubs.length);
  // An explicit null is the argument's default (20), as the resolver reads it.
  await answered(withVariable, { n: null });
});

test('id-list variant: entities(ids:) is priced at its distinct ids; repeated ids answer once', async () => {
  const selection =
    '{ relations(first: 100) { edges { cursor node { id type note capacity title validFrom validTo props from { id kind nameJa nameEn } to { id kind nameJa nameEn } sources { quote lineStart lineEnd } } } } }';
  await refusedAsTooComplex(`{ entities(ids: ${list(distinctIds(100))}) ${selection} }`);
  const few = await answered(`{ entities(ids: ${list(distinctIds(5))}) ${selection} }`);
  expect(few.data.entities).toHaveLength(5);
  const repeated = await answered(
    `{ entities(ids: ${list(Array<string>(100).fill('country-jp'))}) ${selection} }`,
  );
  expect(repeated.data.entities.map((e: { relations: unknown }) => e.relations)).toHaveLength(1);
});

test('typed link list variant: frameworks, participants, frameworks are priced at their cap (100 each)', async () => {
  await refusedAsTooComplex(
    '{ country(code: "JP") { frameworks { entity { ... on Framework { participants { entity { ... on Country { frameworks { entity { id nameJa } } } } } } } } } }',
  );
  await answered('{ country(code: "JP") { frameworks { entity { id nameJa } } } }');
});

test('leaf variant: leaves cost 1 each, so a wide selection of scalars is refused as well', async () => {
  // Without leaf costs this would be priced at about 10,000 (one per object).
  const leaves = Array.from({ length: 13 }, (_, i) => `l${i}: id`).join(' ');
  const node = `node { id type note capacity title validFrom validTo props ${leaves} }`;
  const ids = list(distinctIds(100));
  const wide = `{ a: entities(ids: ${ids}) { relations(first: 100) { edges { cursor ${node} } } } b: entities(ids: ${ids}) { relations(first: 100) { edges { cursor ${node} } } } }`;
  await refusedAsTooComplex(wide);
  const narrow = `{ entities(ids: ${list(distinctIds(100))}) { relations(first: 100) { edges { node { id type note capacity title validFrom validTo props } } } } }`;
  await answered(narrow);
});

test('a request that resolves more values than MAX_RESOLVED_VALUES stops with one QUERY_TOO_COMPLEX and no partial data', async () => {
  const capped = await seededServer({ MAX_RESOLVED_VALUES: '500' });
  try {
    const result = await capped.run(
      '{ entity(id: "doc-trade-strategy-2026") { ... on Document { lines(from: 1, to: 400) { number text } } } }',
    );
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0].message).toMatch(/more than 500 values/);
  } finally {
    await capped.close();
  }
});

test('an answer over MAX_RESPONSE_BYTES is replaced by one QUERY_TOO_COMPLEX', async () => {
  const capped = await seededServer({ MAX_RESPONSE_BYTES: '10000' });
  try {
    const result = await capped.run(
      '{ entity(id: "doc-trade-strategy-2026") { ... on Document { lines(from: 1, to: 400) { number text } } } }',
    );
    expect(result.data).toBeUndefined();
    expect(result.errors![0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0].message).toMatch(/the answer would be \d+ bytes; the limit is 10000/);
  } finally {
    await capped.close();
  }
});

/** The real store, whose first read waits until the test lets it go. */
function holdingFirstRead() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const firstCallStarted = new Promise<void>((resolve) => (started = resolve));
  const state = { calls: 0 };
  const wrap = (store: GraphStore): GraphStore =>
    new Proxy(store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        const fn = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
        if (property !== 'read' && property !== 'searchText') return fn;
        return async (...args: unknown[]) => {
          state.calls++;
          if (state.calls === 1) {
            started();
            await gate;
          }
          return fn(...args);
        };
      },
    });
  return { wrap, release, firstCallStarted, state };
}

const TWO_CALLS =
  '{ search(text: "IPEF", first: 3) { entity { relations(first: 2) { edges { node { id } } } } } }';

test('a request past REQUEST_TIMEOUT_MS answers TIMEOUT, and no store call starts after its deadline', async () => {
  const held = holdingFirstRead();
  const logs: Array<Record<string, unknown>> = [];
  const app = await listeningServer({ REQUEST_TIMEOUT_MS: '300' }, { wrapStore: held.wrap, logs });
  try {
    const answer = await app.post({ query: TWO_CALLS });
    expect(answer.json.errors).toHaveLength(1);
    expect(answer.json.errors[0].extensions.code).toBe('TIMEOUT');
    expect(answer.json.errors[0].message).toMatch(/longer than 300 ms/);
    expect(answer.json.data).toBeUndefined();
    held.release();
    // The held call finishes now; what would have come after it never starts.
    await new Promise((resolve) => setImmediate(resolve));
    expect(held.state.calls).toBe(1);
    const line = logs.find((l) => String(l.msg).startsWith('request abandoned'));
    expect(line).toMatchObject({ code: 'TIMEOUT', requestId: answer.headers.get('x-request-id') });
  } finally {
    held.release();
    await app.close();
  }
});

test('when the client hangs up, its request is abandoned and starts no further store call', async () => {
  const held = holdingFirstRead();
  const logs: Array<Record<string, unknown>> = [];
  const app = await listeningServer({}, { wrapStore: held.wrap, logs });
  try {
    const body = JSON.stringify({ query: TWO_CALLS });
    const req = http.request(`${app.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.on('error', () => undefined);
    req.end(body);
    await held.firstCallStarted;
    req.destroy();
    // Wait on the condition itself: the service logs the abandonment once the request ends.
    while (!logs.some((l) => String(l.msg).startsWith('request abandoned'))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const line = logs.find((l) => String(l.msg).startsWith('request abandoned'))!;
    expect(line.code).toBe('CLIENT_GONE');
    held.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(held.state.calls).toBe(1);
    // The same request from a client that waits makes more than one call.
    const full = await app.post({ query: TWO_CALLS });
    expect(full.json.errors).toBeUndefined();
    expect(Number(full.headers.get('x-store-calls'))).toBeGreaterThan(1);
  } finally {
    held.release();
    await app.close();
  }
});
