import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listeningServer, request, type ListeningServer } from '../reliability/listening-server';
import { ensurePythonTools, readWithPython } from './python-readers';

/**
 * Every export format, fetched over HTTP from the real app on the seed graph, then read by
 * software others wrote (networkx, Python's csv module, rdflib) and compared with what the
 * GraphQL API answers for the same view. Counts come from the live graph, never from literals.
 */

jest.setTimeout(600_000);

let server: ListeningServer;
let dir: string;
let stats: {
  entities: number;
  relations: number;
  version: string;
  byKind: Array<{ kind: string; count: number }>;
  byRelationType: Array<{ type: string; count: number }>;
};

beforeAll(async () => {
  ensurePythonTools();
  server = await listeningServer();
  dir = mkdtempSync(join(tmpdir(), 'kizuna-export-'));
  const answer = await server.post({
    query:
      '{ stats { entities relations version byKind { kind count } byRelationType { type count } } }',
  });
  stats = answer.json.data.stats;
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function download(path: string): Promise<{ file: string; headers: Headers }> {
  const response = await request(`${server.base}${path}`);
  expect(response.status).toBe(200);
  const file = join(dir, `${Math.random().toString(36).slice(2)}.out`);
  writeFileSync(file, response.text);
  return { file, headers: response.headers };
}

async function neighbourhood(
  id: string,
  depth: number,
): Promise<{ nodes: string[]; edges: string[] }> {
  const answer = await server.post({
    query:
      'query($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { nodes { id } edges { id } } }',
    variables: { id, depth },
  });
  const sub = answer.json.data.neighborhood;
  return {
    nodes: sub.nodes.map((n: { id: string }) => n.id).sort(),
    edges: sub.edges.map((e: { id: string }) => e.id).sort(),
  };
}

const byKey = <T extends Record<string, unknown>>(
  list: T[],
  key: keyof T,
): Record<string, number> =>
  Object.fromEntries(list.map((item) => [String(item[key]), Number(item.count)]));

describe('GraphML', () => {
  test('networkx reads the whole graph with the node and relation counts of stats, and its version', async () => {
    expect(stats.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{12}$/);
    const { file, headers } = await download('/export/graphml');
    expect(headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(headers.get('content-disposition')).toBe(
      `attachment; filename="kizuna-${stats.version}.graphml"`,
    );
    expect(headers.get('kizuna-graph-version')).toBe(stats.version);

    const read = await readWithPython('graphml', file);
    expect(read.directed).toBe(true);
    expect(read.nodes).toBe(stats.entities);
    expect(read.edges).toBe(stats.relations);
    expect(read.byKind).toEqual(byKey(stats.byKind, 'kind'));
    expect(read.byType).toEqual(byKey(stats.byRelationType, 'type'));
    expect(read.graph.version).toBe(stats.version);
    // Sources are typed attributes: line numbers come back as integers, `inferred` as booleans.
    expect(read.lineStartTypes).toEqual(['int']);
    expect(read.inferredTypes).toEqual(['bool']);
    expect(read.sample.name_ja).toEqual(expect.any(String));
    expect(read.sample.source_1_quote).toEqual(expect.any(String));
  });

  test('a neighbourhood view holds exactly what the neighborhood query answers', async () => {
    const expected = await neighbourhood('framework-ipef', 2);
    expect(expected.nodes.length).toBeGreaterThan(10);
    const { file, headers } = await download('/export/graphml?centre=framework-ipef&depth=2');
    expect(headers.get('content-disposition')).toContain(
      `kizuna-${stats.version}-framework-ipef.graphml`,
    );
    const read = await readWithPython('graphml', file);
    expect(read.nodes).toBe(expected.nodes.length);
    expect(read.edges).toBe(expected.edges.length);
    expect(read.nodeIds).toEqual(expected.nodes);
    if (read.edgeIds) expect(read.edgeIds).toEqual(expected.edges);
    expect(read.graph.view).toContain('neighbourhood of framework-ipef, depth 2');
  });
});

describe('CSV', () => {
  test("Python's csv module reads one row per entity and per relation, sources in columns", async () => {
    const nodes = await readWithPython('csv', (await download('/export/csv-nodes')).file);
    const edges = await readWithPython('csv', (await download('/export/csv-edges')).file);
    expect(nodes.rows).toHaveLength(stats.entities);
    expect(edges.rows).toHaveLength(stats.relations);
    expect(edges.header.slice(0, 4)).toEqual(['id', 'type', 'from', 'to']);
    expect(edges.header).toEqual(
      expect.arrayContaining([
        'source_count',
        'source_1_document',
        'source_1_line_start',
        'source_1_line_end',
        'source_1_quote',
      ]),
    );
    const documentLines = new Map<string, string[]>();
    const lines = (id: string): string[] => {
      if (!documentLines.has(id)) {
        const text = readFileSync(
          join(__dirname, '..', '..', 'seeds', 'documents', `${id}.txt`),
          'utf8',
        );
        documentLines.set(id, text.split('\n'));
      }
      return documentLines.get(id)!;
    };
    // Collected, then asserted once: thousands of rows.
    const wrong = edges.rows
      .filter((row: Record<string, string>) => {
        const span = lines(row.source_1_document).slice(
          Number(row.source_1_line_start) - 1,
          Number(row.source_1_line_end),
        );
        return (
          row.graph_version !== stats.version ||
          !(Number(row.source_count) > 0) ||
          span.length === 0 ||
          row.source_1_quote.length === 0
        );
      })
      .map((row: Record<string, string>) => row.id);
    expect(wrong).toEqual([]);
    const ids = new Set(nodes.rows.map((r: { id: string }) => r.id));
    expect(
      edges.rows.every((r: { from: string; to: string }) => ids.has(r.from) && ids.has(r.to)),
    ).toBe(true);
  });

  test('a path view holds the relations of the paths query', async () => {
    const answer = await server.post({
      query: '{ paths(from: "country-jp", to: "country-in", maxHops: 3) { relations { id } } }',
    });
    const expected = new Set<string>(
      answer.json.data.paths.flatMap((p: { relations: Array<{ id: string }> }) =>
        p.relations.map((r) => r.id),
      ),
    );
    expect(expected.size).toBeGreaterThan(0);
    const edges = await readWithPython(
      'csv',
      (await download('/export/csv-edges?from=country-jp&to=country-in&maxHops=3')).file,
    );
    expect(new Set(edges.rows.map((r: { id: string }) => r.id))).toEqual(expected);
  });
});

describe('neo4j-admin import CSV', () => {
  test('headers follow the import tool conventions and every relationship names imported nodes', async () => {
    const nodes = await readWithPython('csv', (await download('/export/neo4j-nodes')).file);
    const rels = await readWithPython('csv', (await download('/export/neo4j-relationships')).file);
    expect(nodes.header[0]).toBe('id:ID(Entity)');
    expect(nodes.header).toContain(':LABEL');
    expect(rels.header.slice(0, 3)).toEqual([':START_ID(Entity)', ':END_ID(Entity)', ':TYPE']);
    // Property columns are `name` or `name:type` with a type the import tool knows, arrays as `type[]`.
    const TYPED =
      /^[A-Za-z][A-Za-z0-9]*(:(int|long|float|double|boolean|byte|short|char|string|date|datetime|localdatetime|time|localtime|duration|point)(\[\])?)?$/;
    for (const column of [...nodes.header, ...rels.header]) {
      if (column.startsWith(':') || column.includes(':ID(')) continue;
      expect(column).toMatch(TYPED);
    }
    expect(nodes.rows).toHaveLength(stats.entities);
    expect(rels.rows).toHaveLength(stats.relations);
    const ids = new Set(nodes.rows.map((r: Record<string, string>) => r['id:ID(Entity)']));
    const badNodes = nodes.rows
      .filter(
        (row: Record<string, string>) =>
          !/^Entity;[A-Z][A-Za-z]+$/.test(row[':LABEL']) ||
          (row['dateDay:date'] !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(row['dateDay:date'])) ||
          row['sourceLineStarts:int[]'].split(';').length !== Number(row['sourceCount:int']),
      )
      .map((row: Record<string, string>) => row['id:ID(Entity)']);
    expect(badNodes).toEqual([]);
    const badRelationships = rels.rows
      .filter(
        (row: Record<string, string>) =>
          !ids.has(row[':START_ID(Entity)']) ||
          !ids.has(row[':END_ID(Entity)']) ||
          !/^[A-Z_]+$/.test(row[':TYPE']) ||
          (JSON.parse(row.sourcesJson) as unknown[]).length !== Number(row['sourceCount:int']),
      )
      .map((row: Record<string, string>) => row.id);
    expect(badRelationships).toEqual([]);
  });
});

describe('RDF', () => {
  test('the published context is served', async () => {
    const context = await request(`${server.base}/export/context.jsonld`);
    expect(context.status).toBe(200);
    expect(context.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(context.json['@context'].prov).toBe('http://www.w3.org/ns/prov#');
  });

  test('rdflib reads the whole graph in Turtle: one reified relation per relation, each with a PROV source', async () => {
    const { file, headers } = await download('/export/turtle');
    expect(headers.get('content-type')).toMatch(/^text\/turtle/);
    const read = await readWithPython('rdf', 'turtle', file);
    expect(read.entities).toBe(stats.entities);
    expect(read.relations).toBe(stats.relations);
    expect(read.statements).toBe(stats.relations);
    expect(read.byType).toEqual(byKey(stats.byRelationType, 'type'));
    expect(read.unsourced).toEqual([]);
    expect(read.incompleteSources).toEqual([]);
    expect(read.versions).toEqual([stats.version]);
  });

  test('rdflib reads a neighbourhood in JSON-LD (fetching the published context) as the same triples as Turtle', async () => {
    const expected = await neighbourhood('country-in', 1);
    const jsonld = await download('/export/jsonld?centre=country-in');
    expect(jsonld.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(JSON.parse(readFileSync(jsonld.file, 'utf8'))['@context']).toBe(
      `${server.base}/export/context.jsonld`,
    );
    const ttl = await download('/export/turtle?centre=country-in');
    const read = await readWithPython('rdf', 'json-ld', jsonld.file, 'turtle', ttl.file);
    expect(read.sameTriples).toBe(true);
    expect(read.triples).toBe(read.triples2);
    expect(read.entityIds).toEqual(expected.nodes);
    expect(read.relations).toBe(expected.edges.length);
    expect(read.versions).toEqual([stats.version]);
    expect(read.sampleQuote.length).toBeGreaterThan(0);

    const inline = await download('/export/jsonld?centre=country-in&context=inline');
    const inlineRead = await readWithPython('rdf', 'json-ld', inline.file, 'turtle', ttl.file);
    expect(inlineRead.sameTriples).toBe(true);
  });
});

describe('bad requests', () => {
  test.each([
    ['/export/xml', 400, 'BAD_USER_INPUT', /unknown export format "xml"/],
    ['/export/graphml?centre=framework-ipef&depth=9', 400, 'BAD_USER_INPUT', /depth must be/],
    ['/export/graphml?centre=Not%20An%20Id', 400, 'BAD_USER_INPUT', /not an entity id/],
    ['/export/graphml?centre=country-zz', 404, 'NOT_FOUND', /no entity with id "country-zz"/],
    [
      '/export/csv-edges?relationTypes=LIKES',
      400,
      'BAD_USER_INPUT',
      /unknown relation type\(s\): LIKES; relationTypes takes .*PARTICIPATES_IN.*REFERS_TO/,
    ],
    ['/export/csv-edges?asOf=2024-13-01', 400, 'BAD_USER_INPUT', /asOf must be a date/],
    ['/export/csv-edges?from=country-jp', 400, 'BAD_USER_INPUT', /both from and to/],
    ['/export/csv-edges?depth=2', 400, 'BAD_USER_INPUT', /depth needs centre/],
    ['/export/csv-edges?colour=red', 400, 'BAD_USER_INPUT', /unknown parameter "colour"/],
    ['/export/jsonld?context=remote', 400, 'BAD_USER_INPUT', /context must be/],
  ])('%s → %i %s', async (path, status, code, message) => {
    const answer = await request(`${server.base}${path}`);
    expect(answer.status).toBe(status);
    expect(answer.json.errors[0].extensions.code).toBe(code);
    expect(answer.json.errors[0].message).toMatch(message);
  });
});
