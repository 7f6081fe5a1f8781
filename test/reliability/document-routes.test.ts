import type { Relation } from '../../src/domain/entity';
import { relationRow } from '../../src/ingest/loader';
import { upsertRelations } from '../../src/store/cypher/load';
import { seedGraph } from '../helpers/seeded-server';
import { listeningServer, type ListeningServer } from './listening-server';

/**
 * Document-specific fields answer through every route that can return a Document (before the
 * fix: INTERNAL_SERVER_ERROR with data null on entities, search and timeline). And a real
 * unexpected error is masked in production, with a request id the log line carries too.
 */
const DOCUMENT = 'doc-trade-strategy-2026';
const MEETING = 'meeting-ticad9';
/** A relation to a document (the seed graph has none), written through the loader's statement. */
const citing: Relation = {
  id: 'rel-test-adopted-document',
  type: 'ADOPTED',
  from: MEETING,
  to: DOCUMENT,
  sources: [
    {
      document: 'trade-strategy-2026',
      lineStart: 497,
      lineEnd: 497,
      quote: 'TICAD9の成果に基づき',
    },
  ],
  props: {},
} as unknown as Relation;

const FIELDS = `fragment D on Document {
  id kind nameJa title titleEn issuer issuerEn period sha256 lineCount
  lines(from: 1, to: 2) { number text }
  mentionedEntities(first: 2) { entity { id } lines }
}`;

let app: ListeningServer;
const logs: Array<Record<string, unknown>> = [];
beforeAll(async () => {
  app = await listeningServer(
    { NODE_ENV: 'production' },
    {
      logs,
      // A fault the service has no code for: the stats read throws a plain TypeError, as a
      // driver or engine bug would, with internals in its message.
      wrapStore: (store) =>
        new Proxy(store, {
          get(target, property, receiver) {
            const value: unknown = Reflect.get(target, property, receiver);
            if (typeof value !== 'function') return value;
            const fn = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
            if (property !== 'read') return fn;
            return (query: { name: string }, ...rest: unknown[]) =>
              query.name.startsWith('stats.')
                ? Promise.reject(
                    new TypeError(
                      "Cannot read properties of undefined (reading 'count') at /srv/kizuna/engine.ts:42",
                    ),
                  )
                : fn(query, ...rest);
          },
        }),
      prepare: async (store) => {
        const byId = new Map(seedGraph().entities.map((e) => [e.id, e]));
        await store.transaction(async (tx) => {
          await tx.run(upsertRelations('ADOPTED'), { rows: [relationRow(citing, byId)] });
        });
      },
    },
  );
});
afterAll(async () => {
  await app.close();
});

const expected = () => {
  const document = seedGraph().documents.find((d) => `doc-${d.id}` === DOCUMENT)!;
  return {
    id: DOCUMENT,
    kind: 'DOCUMENT',
    title: document.titleJa,
    titleEn: document.titleEn,
    issuer: document.issuerJa,
    sha256: document.sha256,
    lineCount: document.lines.length,
    lines: [
      { number: 1, text: document.lines[0] },
      { number: 2, text: document.lines[1] },
    ],
  };
};

const ask = async (query: string, variables?: Record<string, unknown>) => {
  const answer = await app.post({ query: `${query} ${FIELDS}`, variables });
  expect(answer.status).toBe(200);
  expect(answer.json.errors).toBeUndefined();
  return answer.json.data;
};

const routes: Array<[string, string, (data: any) => any]> = [
  ['documents', '{ documents { ...D } }', (d) => d.documents.find((x: any) => x.id === DOCUMENT)],
  ['entity(id:)', `{ entity(id: "${DOCUMENT}") { ...D } }`, (d) => d.entity],
  [
    'entities(ids:)',
    `{ entities(ids: ["${DOCUMENT}", "country-jp"]) { ...D } }`,
    (d) => d.entities[0],
  ],
  [
    'search (kinds DOCUMENT)',
    '{ search(text: "通商戦略2026", kinds: [DOCUMENT]) { entity { ...D } } }',
    (d) => d.search.map((h: any) => h.entity).find((e: any) => e.id === DOCUMENT),
  ],
  [
    'timeline (kinds DOCUMENT)',
    '{ timeline(kinds: [DOCUMENT]) { ...D } }',
    (d) => d.timeline.find((e: any) => e.id === DOCUMENT),
  ],
  [
    'a typed link (Meeting.outcomes)',
    `{ entity(id: "${MEETING}") { ... on Meeting { outcomes { entity { ...D } } } } }`,
    (d) => d.entity.outcomes.map((l: any) => l.entity).find((e: any) => e.id === DOCUMENT),
  ],
  [
    'a relation end (relations → to)',
    `{ entity(id: "${MEETING}") { relations(types: [ADOPTED], direction: OUT) { edges { node { to { ...D } } } } } }`,
    (d) => d.entity.relations.edges.map((e: any) => e.node.to).find((e: any) => e.id === DOCUMENT),
  ],
  [
    'mentions (EntityMention.document)',
    '{ entity(id: "country-jp") { mentions { document { ...D } } } }',
    (d) => d.entity.mentions.map((m: any) => m.document).find((e: any) => e.id === DOCUMENT),
  ],
  [
    'sources (Source.document)',
    `{ entity(id: "${MEETING}") { sources { document { ...D } } } }`,
    (d) => d.entity.sources.map((s: any) => s.document).find((e: any) => e.id === DOCUMENT),
  ],
];

test.each(routes)('every Document field answers through %s', async (_route, query, pick) => {
  const found = pick(await ask(query));
  expect(found).toMatchObject(expected());
  expect(found.mentionedEntities.length).toBeGreaterThan(0);
});

test('an unexpected fault (an uncoded TypeError from the store) in production: masked, with a request id that its log line carries', async () => {
  const answer = await app.post({
    query: '{ stats { entities } }',
  });
  expect(answer.status).toBe(200);
  const error = answer.json.errors[0];
  expect(error.message).toBe('Internal server error');
  expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  const requestId = answer.headers.get('x-request-id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(error.extensions.requestId).toBe(requestId);
  expect(answer.text).not.toMatch(/Cannot read|engine\.ts|\/srv\/|\n\s+at /);
  const line = logs.find((l) => l.msg === 'request failed' && l.requestId === requestId);
  expect(line).toBeDefined();
  // The log has what the operator needs: the real error.
  expect(JSON.stringify(line)).toMatch(/Cannot read properties of undefined \(reading 'count'\)/);
});
