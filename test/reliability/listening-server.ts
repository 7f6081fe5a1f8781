import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config/config';
import { loadSeedGraph } from '../../src/ingest/loader';
import { createServer, type KizunaServer } from '../../src/server/create-server';
import { DocumentRegistry } from '../../src/services/document-registry';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import type { CypherQuery, GraphStore } from '../../src/store/graph-store';
import { seedGraph } from '../helpers/seeded-server';
import { EMBEDDED_TEXT_SEARCH } from '../../src/store/dialect';

/**
 * The real app (seed graph, embedded store) listening on a loopback port, so that body parsing,
 * content types, CSRF prevention, batching and headers behave as they do in production.
 */
export interface ListeningServer {
  server: KizunaServer;
  store: GraphStore;
  config: Readonly<Config>;
  base: string;
  /** The text of every Cypher statement the store was asked to run, in order. */
  cypherTexts: string[];
  /** POSTs a body to /graphql (a JSON value, or raw text sent as is). */
  post(body: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  close(): Promise<void>;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: any;
}

export interface ListeningOptions {
  /** Receives every log line the service writes (JSON objects), when given. */
  logs?: Array<Record<string, unknown>>;
  /** Wraps the real store, e.g. to hold a call until the test lets it go. */
  wrapStore?: (store: GraphStore) => GraphStore;
  /** Runs on the loaded store before the server is built (e.g. to write a damaged record). */
  prepare?: (store: EmbeddedStore) => Promise<void>;
}

export async function listeningServer(
  env: Record<string, string> = {},
  options: ListeningOptions = {},
): Promise<ListeningServer> {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const embedded = EmbeddedStore.open({ timeoutMs: config.storeTimeoutMs });
  await loadSeedGraph(embedded, seedGraph());
  await options.prepare?.(embedded);
  const cypherTexts: string[] = [];
  const store = recording(options.wrapStore?.(embedded) ?? embedded, cypherTexts);
  const logs = options.logs;
  const logger = logs
    ? pino(
        { level: 'info' },
        { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
      )
    : pino({ level: 'silent' });
  const server = await createServer({
    config,
    store,
    documents: new DocumentRegistry(seedGraph().documents),
    logger,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    server,
    store,
    config,
    base,
    cypherTexts,
    post: (body, headers = {}) =>
      request(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: async () => {
      await server.apollo.stop();
      await embedded.close();
    },
  };
}

/** The same store, noting the text (never the parameters) of each statement it runs. */
function recording(store: GraphStore, texts: string[]): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'searchText') {
        // Search runs one statement through the text index; the user's text is its parameter.
        return (...args: unknown[]) => {
          texts.push(EMBEDDED_TEXT_SEARCH.text);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      if (property === 'read' || property === 'write') {
        return (query: CypherQuery, ...rest: unknown[]) => {
          texts.push(query.text);
          return (value as (...args: unknown[]) => unknown).call(target, query, ...rest);
        };
      }
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}

export async function request(url: string, init?: RequestInit): Promise<HttpAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Every error code the API documents; anything else (INTERNAL_SERVER_ERROR above all) is a bug. */
export const DOCUMENTED_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'STORE_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
];

/** Traces of internals that must never reach a client: stack frames, source files, paths. */
export const LEAK = /\n\s+at |\bat [\w.<>]+ \(|\.[jt]s:\d+|\/work\/|node_modules|stacktrace/;

/** True when a response repeats any part of a Cypher statement the store ran. */
export function echoesCypher(text: string, cypherTexts: readonly string[]): boolean {
  return cypherTexts.some((statement) => text.includes(statement.slice(0, 40)));
}
