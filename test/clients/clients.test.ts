import { createHash } from 'node:crypto';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { GraphQLClient, request as graphqlRequest } from 'graphql-request';
import {
  DocumentLinesDocument,
  EntityDetailsDocument,
  NeighborhoodDocument,
  PathGraphDocument,
  SearchDocument,
  type SearchQuery,
} from '../../src/graphql/generated/documents';
import possibleTypesResult from '../../src/graphql/generated/possible-types';
import { listeningServer, type ListeningServer } from '../reliability/listening-server';

/**
 * Real clients, as their users set them up (docs/api.md), against the real server on loopback:
 * @urql/core with its defaults, Apollo Client 4 with InMemoryCache, graphql-request with the
 * generated typed documents. A recording fetch shows what went over the wire.
 */
let server: ListeningServer;
let url: string;
beforeAll(async () => {
  server = await listeningServer();
  url = `${server.base}/graphql`;
});
afterAll(async () => {
  await server.close();
});

interface Sent {
  method: string;
  url: string;
  status: number;
}

/** A fetch that notes each request's method, URL and answer status. */
function recordingFetch(sent: Sent[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const target = input instanceof Request ? input.url : String(input);
    sent.push({ method: init?.method ?? 'GET', url: target, status: response.status });
    return response;
  };
}

describe('@urql/core with its defaults', () => {
  test('a short query goes as GET with no special header and is answered', async () => {
    const sent: Sent[] = [];
    const client = new Client({
      url,
      exchanges: [cacheExchange, fetchExchange],
      fetch: recordingFetch(sent),
    });
    const result = await client.query(SearchDocument, { text: 'IPEF' }).toPromise();
    expect(result.error).toBeUndefined();
    const hits: SearchQuery['search'] = result.data!.search;
    expect(hits.map((hit) => hit.entity.id)).toContain('framework-ipef');
    expect(sent).toEqual([expect.objectContaining({ method: 'GET', status: 200 })]);
  });

  test('POST (what urql sends past 2048 URL characters, asked for here) is answered, typed', async () => {
    const sent: Sent[] = [];
    const client = new Client({
      url,
      exchanges: [cacheExchange, fetchExchange],
      fetch: recordingFetch(sent),
    });
    const result = await client
      .query(EntityDetailsDocument, { id: 'framework-ipef', first: 5 }, { preferGetMethod: false })
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data!.entity!.relations.edges).toHaveLength(5);
    expect(sent).toEqual([expect.objectContaining({ method: 'POST', status: 200 })]);
  });
});

describe('Apollo Client 4 with InMemoryCache', () => {
  const apollo = (sent: Sent[], link?: 'persisted') => {
    const http = new HttpLink({ uri: url, fetch: recordingFetch(sent) });
    return new ApolloClient({
      link:
        link === 'persisted'
          ? new PersistedQueryLink({
              sha256: (query: string) => createHash('sha256').update(query).digest('hex'),
              useGETForHashedQueries: true,
            }).concat(http)
          : http,
      cache: new InMemoryCache({ possibleTypes: possibleTypesResult.possibleTypes }),
    });
  };

  test('fragments on the Entity interface keep their fields (possibleTypes shipped)', async () => {
    const client = apollo([]);
    const { data } = await client.query({
      query: gql`
        fragment Card on Entity {
          id
          nameJa
          nameEn
        }
        query Two {
          a: entity(id: "framework-ipef") {
            ...Card
          }
          b: entity(id: "country-jp") {
            ...Card
            kind
          }
        }
      `,
    });
    const result = data as { a: Record<string, unknown>; b: Record<string, unknown> };
    expect(result.a).toMatchObject({ __typename: 'Framework', id: 'framework-ipef' });
    expect(typeof result.a.nameJa).toBe('string');
    expect(result.b).toMatchObject({ __typename: 'Country', kind: 'COUNTRY' });
    expect(typeof result.b.nameJa).toBe('string');
    // Read back from the cache alone: the interface fragment matches there too.
    const cached = client.readFragment({
      id: 'Framework:framework-ipef',
      fragment: gql`
        fragment CardAgain on Entity {
          nameJa
        }
      `,
    });
    expect(cached).toEqual({ __typename: 'Framework', nameJa: result.a.nameJa });
  });

  test('automatic persisted queries over GET: the hash alone, then served', async () => {
    const sent: Sent[] = [];
    const client = apollo(sent, 'persisted');
    const { data } = await client.query({
      query: DocumentLinesDocument,
      variables: { id: 'doc-trade-strategy-2026', from: 1, to: 3 },
    });
    const entity = data!.entity!;
    expect((entity as { __typename?: string }).__typename).toBe('Document');
    expect('lines' in entity && entity.lines).toHaveLength(3);
    // First a GET with the hash only (not found), then the link's retry: POST, query and hash.
    expect(sent.map((s) => s.method)).toEqual(['GET', 'POST']);
    expect(sent[0].url).toContain('sha256Hash');
    // A second client (a fresh browser) now gets the answer from the hash alone, over GET.
    const second: Sent[] = [];
    await apollo(second, 'persisted').query({
      query: DocumentLinesDocument,
      variables: { id: 'doc-trade-strategy-2026', from: 1, to: 3 },
    });
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ method: 'GET', status: 200 });
    expect(second[0].url).not.toContain('query=');
  });

  test('two operations sharing relations and sources: the first is still served from the cache', async () => {
    const sent: Sent[] = [];
    const client = apollo(sent);
    const variables = { id: 'country-jp', first: 50 };
    const details = await client.query({ query: EntityDetailsDocument, variables });
    const relationIds = new Set(details.data!.entity!.relations.edges.map((e) => e.node.id));
    const path = await client.query({
      query: PathGraphDocument,
      variables: { from: 'country-jp', to: 'country-in', maxHops: 2 },
    });
    // The operations overlap: some relation of the path is among Japan's first relations.
    const shared = path
      .data!.paths.flatMap((p) => p.relations)
      .filter((r) => relationIds.has(r.id));
    expect(shared.length).toBeGreaterThan(0);
    await client.query({ query: NeighborhoodDocument, variables: { id: 'country-jp' } });
    expect(sent).toHaveLength(3);
    // Asked again, the first operation is complete in the cache: no request goes out.
    const again = await client.query({ query: EntityDetailsDocument, variables });
    expect(sent).toHaveLength(3);
    expect(again.data).toEqual(details.data);
  });
});

describe('graphql-request with the typed documents', () => {
  test('request() and GraphQLClient take the generated documents and their variables', async () => {
    const hits = await graphqlRequest(url, SearchDocument, { text: 'JUCIP' });
    expect(hits.search[0].entity.id).toMatch(/jucip/);
    const client = new GraphQLClient(url);
    const details = await client.request(EntityDetailsDocument, { id: 'framework-ipef', first: 2 });
    expect(details.entity!.sources[0].id).toMatch(/^src-/);
    expect(details.entity!.relations.edges).toHaveLength(2);
  });
});

describe('plain HTTP', () => {
  test('GET /graphql?query=… with no header at all is answered and cacheable', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ stats { entities } }')}`);
    expect(response.status).toBe(200);
    expect((await response.json()).data.stats.entities).toBeGreaterThan(100);
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
  });
});
