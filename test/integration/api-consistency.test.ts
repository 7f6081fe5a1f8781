import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { RELATION_TYPE_NAMES } from '../../src/domain/vocabulary';
import { listeningServer, type ListeningServer } from '../reliability/listening-server';

/**
 * Issue 13 item 5, "one consistent API": each inconsistency as a user meets it over HTTP, against
 * the real server on the seed graph.
 */
let s: ListeningServer;
beforeAll(async () => {
  // The standard introspection query is 13 levels deep: above the default depth limit.
  s = await listeningServer({ KIZUNA_INTROSPECTION: 'true', MAX_QUERY_DEPTH: '15' });
});
afterAll(async () => {
  await s.close();
});

interface Answer {
  status: number;
  data?: any;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: { code?: string };
  }>;
}
async function gql(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const answer = await s.post({ query, variables });
  return { status: answer.status, ...(answer.json as object) };
}
const codes = (a: Answer) => (a.errors ?? []).map((e) => e.extensions?.code);

const DOC = 'doc-meti-us-chapter-2022';
const SMALL_DOC = 'doc-grassroots-action-plan-3';

describe('1. `first` has one rule everywhere: 1 to 100', () => {
  /** Every field with a `first` argument, asked with `first` as a variable. */
  const FIRST_FIELDS: Record<string, string> = {
    'Query.search': 'query($n: Int) { search(text: "IPEF", first: $n) { score } }',
    'Query.paths':
      'query($n: Int) { paths(from: "country-jp", to: "country-us", maxHops: 1, first: $n) { length } }',
    'Query.shared':
      'query($n: Int) { shared(ids: ["country-jp", "country-us"], first: $n) { entity { id } } }',
    'Query.timeline': 'query($n: Int) { timeline(first: $n) { id } }',
    'Entity.relations':
      'query($n: Int) { entity(id: "country-jp") { relations(first: $n) { totalCount } } }',
    'Country.strategy':
      'query($n: Int) { country(code: "IN") { strategy(first: $n) { items { item { entity { id } } } } } }',
    'Document.mentionedEntities': `query($n: Int) { document(id: "${DOC}") { mentionedEntities(first: $n) { lines } } }`,
  };

  test('the schema has no `first` argument this test does not try, and each documents its range', async () => {
    const schema = await introspected();
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      if (type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const first = field.args.find((a) => a.name === 'first');
        if (!first) continue;
        // Implementations of the Entity interface repeat `relations`; the interface stands for them.
        if (isObjectType(type) && type.getInterfaces().some((i) => i.getFields()[field.name])) {
          continue;
        }
        found.push(`${type.name}.${field.name}`);
        expect(first.description).toMatch(/1 to 100/);
        expect(typeof first.defaultValue).toBe('number');
      }
    }
    expect(found.sort()).toEqual(Object.keys(FIRST_FIELDS).sort());
  });

  test.each(Object.entries(FIRST_FIELDS))(
    '%s refuses 0 and 101 naming `first` and its range, and takes 1 and 100',
    async (_field, query) => {
      for (const n of [0, 101, -1]) {
        const answer = await gql(query, { n });
        expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
        expect(answer.errors![0].message).toBe(`first must be from 1 to 100; got ${n}`);
      }
      for (const n of [1, 100]) {
        const answer = await gql(query, { n });
        expect(answer.errors).toBeUndefined();
      }
    },
  );

  test('neighborhood `limit` (a node budget, not a page) says its own range the same way', async () => {
    const answer = await gql(
      'query($n: Int) { neighborhood(id: "country-jp", limit: $n) { truncated } }',
      { n: 0 },
    );
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0].message).toBe('limit must be from 1 to 1000; got 0');
  });

  test('relations pageInfo is honest: a next page always has a cursor, and the pages add up to totalCount', async () => {
    const query = `query($after: String) { entity(id: "framework-jucep") {
      relations(first: 7, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const answer = await gql(query, { after });
      expect(answer.errors).toBeUndefined();
      const relations = answer.data.entity.relations;
      total = relations.totalCount;
      seen.push(...relations.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!relations.pageInfo.hasNextPage) break;
      expect(relations.edges).toHaveLength(7);
      expect(relations.pageInfo.endCursor).toEqual(expect.any(String));
      after = relations.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  test('mentionedEntities pages past 100 with `after`, so a document that names 400 entities is readable', async () => {
    const query = `query($after: ID) { document(id: "doc-mofa-north-america-evaluation-fy2023") {
      mentionedEntities(first: 100, after: $after) { entity { id } lines } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const answer = await gql(query, { after });
      expect(answer.errors).toBeUndefined();
      const page_ = answer.data.document.mentionedEntities as Array<{ entity: { id: string } }>;
      ids.push(...page_.map((m) => m.entity.id));
      if (page_.length < 100) break;
      after = page_[page_.length - 1].entity.id;
    }
    expect(ids.length).toBeGreaterThan(300);
    expect(new Set(ids).size).toBe(ids.length);
    // Each entity found this way names the document among its own mentions.
    const check = await gql(
      `query($ids: [ID!]!) { entities(ids: $ids) { id mentions { document { id } } } }`,
      { ids: ids.slice(0, 100) },
    );
    for (const entity of check.data.entities) {
      expect(entity.mentions.map((m: { document: { id: string } }) => m.document.id)).toContain(
        'doc-mofa-north-america-evaluation-fy2023',
      );
    }
  });
});

describe('2. a bad Date in the query text is BAD_USER_INPUT, like the same value in a variable', () => {
  const DATE_ARGUMENTS: Array<[string, (value: string) => string, string]> = [
    ['timeline(from:)', (v) => `timeline(from: ${v}) { id }`, 'Date'],
    ['timeline(to:)', (v) => `timeline(to: ${v}) { id }`, 'Date'],
    [
      'neighborhood(asOf:)',
      (v) => `neighborhood(id: "country-jp", asOf: ${v}) { truncated }`,
      'Date',
    ],
    [
      'paths(asOf:)',
      (v) => `paths(from: "country-jp", to: "country-us", maxHops: 1, asOf: ${v}) { length }`,
      'Date',
    ],
    [
      'shared(asOf:)',
      (v) => `shared(ids: ["country-jp", "country-us"], asOf: ${v}) { entity { id } }`,
      'Date',
    ],
    [
      'Entity.relations(asOf:)',
      (v) => `entity(id: "country-jp") { relations(asOf: ${v}) { totalCount } }`,
      'Date',
    ],
  ];

  test.each(DATE_ARGUMENTS)('%s', async (_name, field, type) => {
    for (const bad of ['"2021-13-45"', '"2021-02-30"', '"21-06"', '"yesterday"', '2021']) {
      const literal = await gql(`{ ${field(bad)} }`);
      const variable = await gql(`query($d: ${type}) { ${field('$d')} }`, {
        d: JSON.parse(bad),
      });
      expect(codes(literal)).toEqual(['BAD_USER_INPUT']);
      expect(codes(variable)).toEqual(['BAD_USER_INPUT']);
      expect(literal.status).toBe(variable.status);
      const explanation = `${type} must be a date like 2021-04-16, 2021-04 or 2021; got ${bad}`;
      expect(literal.errors![0].message).toBe(explanation);
      expect(variable.errors![0].message).toBe(
        `Variable "$d" got invalid value ${bad}; ${explanation}`,
      );
    }
    // A month and a year are dates here (they stand for all their days), written either way.
    for (const partial of ['"2021-06"', '"2021"', '"2021-06-15"']) {
      expect((await gql(`{ ${field(partial)} }`)).errors).toBeUndefined();
      expect(
        (await gql(`query($d: ${type}) { ${field('$d')} }`, { d: JSON.parse(partial) })).errors,
      ).toBeUndefined();
    }
  });
});

describe('3. document(id:) at the root, answering like entity(id:)', () => {
  test('a document by its id, with its text', async () => {
    const answer = await gql(
      `{ document(id: "${DOC}") { id kind title lineCount lines(from: 1, to: 1) { number text } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.document).toEqual({
      id: DOC,
      kind: 'DOCUMENT',
      title: expect.any(String),
      lineCount: expect.any(Number),
      lines: [{ number: 1, text: expect.any(String) }],
    });
    const viaEntity = await gql(`{ entity(id: "${DOC}") { ... on Document { title lineCount } } }`);
    expect(viaEntity.data.entity).toEqual({
      title: answer.data.document.title,
      lineCount: answer.data.document.lineCount,
    });
  });

  test('an unknown id, or the id of an entity that is not a document, answers null as entity(id:) does', async () => {
    for (const id of ['doc-no-such-document', 'country-jp']) {
      const answer = await gql('query($id: ID!) { document(id: $id) { id } }', { id });
      expect(answer).toEqual({ status: 200, data: { document: null } });
    }
    expect(await gql('{ entity(id: "doc-no-such-document") { id } }')).toEqual({
      status: 200,
      data: { entity: null },
    });
  });

  test('an id that cannot be an id is refused the same way as by entity(id:)', async () => {
    const byDocument = await gql('{ document(id: "Not An Id") { id } }');
    const byEntity = await gql('{ entity(id: "Not An Id") { id } }');
    expect(codes(byDocument)).toEqual(['BAD_USER_INPUT']);
    expect(byDocument.errors![0].message).toBe(byEntity.errors![0].message);
  });
});

describe("4. one document's out-of-range lines does not null its siblings", () => {
  test('documents { lines(from: 200, to: 210) }: an error on the short documents only', async () => {
    const answer = await gql('{ documents { id lineCount lines(from: 200, to: 210) { number } } }');
    const documents = answer.data.documents as Array<{
      id: string;
      lineCount: number;
      lines: Array<{ number: number }> | null;
    }>;
    expect(documents).toHaveLength(5);
    const short = documents.filter((d) => d.lineCount < 200);
    const long = documents.filter((d) => d.lineCount >= 210);
    expect(short.length).toBeGreaterThan(0);
    expect(long.length).toBeGreaterThan(0);
    for (const d of long) expect(d.lines!.map((l) => l.number)).toEqual(range(200, 210));
    for (const d of short) expect(d.lines).toBeNull();
    expect(answer.errors!.map((e) => e.path)).toEqual(
      short.map((d) => ['documents', documents.indexOf(d), 'lines']),
    );
    expect(new Set(codes(answer))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(answer.errors![0].message).toMatch(/this document has \d+ lines/);
  });
});

describe('5. Document fields answer through entities(ids:), search and timeline', () => {
  test('entities(ids:) with a document and a country', async () => {
    const answer = await gql(`{ entities(ids: ["${SMALL_DOC}", "country-jp"]) {
      id ... on Document { title lineCount lines(from: 1, to: 2) { number } mentionedEntities(first: 1) { lines } } } }`);
    expect(answer.errors).toBeUndefined();
    const [document, country] = answer.data.entities;
    expect(document).toEqual({
      id: SMALL_DOC,
      title: expect.any(String),
      lineCount: expect.any(Number),
      lines: [{ number: 1 }, { number: 2 }],
      mentionedEntities: [{ lines: expect.any(Array) }],
    });
    expect(country).toEqual({ id: 'country-jp' });
  });

  test('search finds a document and answers its Document fields', async () => {
    const answer = await gql(`{ search(text: "通商戦略2026", kinds: [DOCUMENT]) {
      entity { id ... on Document { titleEn lines(from: 1, to: 1) { number } } } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.search[0].entity).toEqual({
      id: 'doc-trade-strategy-2026',
      titleEn: expect.any(String),
      lines: [{ number: 1 }],
    });
  });

  test('a mention names its document with the Document fields', async () => {
    const answer = await gql(`{ entity(id: "framework-jucep") {
      mentions { document { id lineCount title } } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.entity.mentions[0].document).toEqual({
      id: expect.stringMatching(/^doc-/),
      lineCount: expect.any(Number),
      title: expect.any(String),
    });
  });
});

describe('6. relation types are the RelationType enum, generated from the vocabulary', () => {
  test('the enum holds exactly the vocabulary, each value described', async () => {
    const schema = await introspected();
    const type = schema.getType('RelationType');
    expect(type && isEnumType(type)).toBe(true);
    if (!type || !isEnumType(type)) return;
    expect(type.getValues().map((v) => v.name)).toEqual(RELATION_TYPE_NAMES);
    for (const value of type.getValues()) expect(value.description).toBeTruthy();
  });

  test('every relation-type argument and field uses it', async () => {
    const schema = await introspected();
    const query = schema.getQueryType()!.getFields();
    const argumentType = (args: readonly GraphQLArgument[], name: string) =>
      getNamedType(args.find((a) => a.name === name)!.type).name;
    for (const field of ['neighborhood', 'paths', 'shared']) {
      expect(argumentType(query[field].args, 'relationTypes')).toBe('RelationType');
    }
    const entity = schema.getType('Entity');
    if (!isInterfaceType(entity)) throw new Error('Entity is an interface');
    expect(argumentType(entity.getFields().relations.args, 'types')).toBe('RelationType');
    for (const [typeName, fieldName] of [
      ['Relation', 'type'],
      ['GraphEdge', 'type'],
      ['TypeCount', 'type'],
    ]) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is an object type`);
      expect(getNamedType(type.getFields()[fieldName].type).name).toBe('RelationType');
    }
    expect(Object.values(schema.getTypeMap()).some((t) => isInputObjectType(t))).toBe(false);
  });

  test('variables carry relation types as JSON strings, as before', async () => {
    const answer = await gql(
      `query($t: [RelationType!]) {
        entity(id: "meeting-2021-04-16-japan-us-summit") { relations(types: $t, first: 100) { edges { node { type } } } }
        neighborhood(id: "country-jp", relationTypes: $t, limit: 20) { edges { type } }
        shared(ids: ["person-suga-yoshihide", "person-biden-joe"], relationTypes: $t) { relations { type } }
        paths(from: "person-suga-yoshihide", to: "person-biden-joe", maxHops: 2, relationTypes: $t) { relations { type } }
      }`,
      { t: ['ATTENDED'] },
    );
    expect(answer.errors).toBeUndefined();
    const types = [
      ...answer.data.entity.relations.edges.map((e: any) => e.node.type),
      ...answer.data.neighborhood.edges.map((e: any) => e.type),
      ...answer.data.shared.flatMap((x: any) => x.relations.map((r: any) => r.type)),
      ...answer.data.paths.flatMap((p: any) => p.relations.map((r: any) => r.type)),
    ];
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['ATTENDED']));
  });

  test('an unknown relation type is refused naming the RelationType enum the schema has', async () => {
    const answer = await gql(
      'query($t: [RelationType!]) { neighborhood(id: "country-jp", relationTypes: $t) { truncated } }',
      { t: ['ATTENDS'] },
    );
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0].message).toContain('"RelationType"');
    const schema = await introspected();
    expect(schema.getType('RelationType')).toBeDefined();
  });
});

describe('7. other inconsistencies', () => {
  test('entities(ids:) names its argument and range like the other limits', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `country-x${i}`);
    const answer = await gql('query($ids: [ID!]!) { entities(ids: $ids) { id } }', { ids });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0].message).toBe('ids must list at most 100 ids; got 101');
  });

  test('every other bounded argument is refused in the same words: name, range, value given', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        'query($n: Int) { paths(from: "country-jp", to: "country-us", maxHops: $n) { length } }',
        { n: 7 },
        'maxHops must be from 1 to 6; got 7',
      ],
      [
        'query($n: Int) { neighborhood(id: "country-jp", depth: $n) { truncated } }',
        { n: 4 },
        'depth must be from 1 to 3; got 4',
      ],
      [
        'query($ids: [ID!]!) { shared(ids: $ids) { entity { id } } }',
        { ids: ['country-jp', 'country-jp'] },
        'ids must list from 2 to 10 distinct ids; got 1',
      ],
    ];
    for (const [query, variables, message] of cases) {
      const answer = await gql(query, variables);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors![0].message).toBe(message);
    }
  });
});

/** The schema as a client's schema explorer reads it: by introspection over HTTP. */
let schemaCache: GraphQLSchema | undefined;
async function introspected(): Promise<GraphQLSchema> {
  if (!schemaCache) {
    const answer = await gql(getIntrospectionQuery({ descriptions: true }));
    expect(answer.errors).toBeUndefined();
    schemaCache = buildClientSchema(answer.data as IntrospectionQuery);
  }
  return schemaCache;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
