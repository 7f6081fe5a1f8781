import pino from 'pino';
import { addTypenameToSelections } from './typename';
import { loadConfig } from '../../src/config/config';
import { createContext } from '../../src/graphql/context';
import { createServer } from '../../src/server/create-server';
import { DocumentRegistry } from '../../src/services/document-registry';
import type { SourceDocument } from '../../src/ingest/documents';
import type {
  CypherQuery,
  GraphStore,
  Params,
  Row,
  TextHit,
  TransactionRunner,
} from '../../src/store/graph-store';
import type { Fixture } from './baseline-server';
import type { QueryClass } from './bench-queries';
import { summarise, type LatencySummary } from './latency';

type Call =
  | { kind: 'read'; query: CypherQuery; params?: Params }
  | { kind: 'text'; text: string; limit: number };

/** Passes calls through and keeps a copy of each, so that a request's store work can be replayed. */
class RecordingStore implements GraphStore {
  calls: Call[] = [];
  readonly engine;
  constructor(private readonly inner: GraphStore) {
    this.engine = inner.engine;
  }
  read(query: CypherQuery, params?: Params): Promise<Row[]> {
    this.calls.push({ kind: 'read', query, params });
    return this.inner.read(query, params);
  }
  write(): Promise<Row[]> {
    return Promise.reject(new Error('the benchmark only reads'));
  }
  transaction<T>(_work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return Promise.reject(new Error('the benchmark only reads'));
  }
  bootstrapSchema(): Promise<void> {
    return Promise.resolve();
  }
  searchText(text: string, limit: number): Promise<TextHit[]> {
    this.calls.push({ kind: 'text', text, limit });
    return this.inner.searchText(text, limit);
  }
  ping(): Promise<void> {
    return this.inner.ping();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

export interface Capture {
  name: string;
  calls: Call[];
  fixture: Fixture;
  errors: string[];
  /** Time of this one in-process execution, in ms. */
  ms: number;
}

/**
 * Runs each query class once in process against `store`, recording the store calls it makes
 * and its answer (with `__typename`, for the graphql-js baseline).
 */
export async function captureClasses(
  store: GraphStore,
  documents: SourceDocument[],
  classes: QueryClass[],
): Promise<Capture[]> {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const recording = new RecordingStore(store);
  const registry = new DocumentRegistry(documents);
  const server = await createServer({
    config,
    store: recording,
    documents: registry,
    logger: pino({ level: 'silent' }),
  });
  const captures: Capture[] = [];
  try {
    for (const c of classes) {
      recording.calls = [];
      const contextValue = createContext(recording, registry, config);
      const started = performance.now();
      const response = await server.apollo.executeOperation(
        { query: addTypenameToSelections(c.query), variables: c.variables },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      captures.push({
        name: c.name,
        calls: recording.calls,
        fixture: { query: c.query, variables: c.variables, data: data ?? {} },
        errors: (errors ?? []).map((e) => e.message),
        ms: Math.round(performance.now() - started),
      });
    }
  } finally {
    await server.apollo.stop();
  }
  return captures;
}

/**
 * The store alone: `connections` loops replay one request's recorded calls, one after the
 * other, for `durationMs`. No HTTP, no GraphQL, no DataLoader.
 */
export async function replayStoreCalls(
  store: GraphStore,
  calls: Call[],
  connections: number,
  durationMs: number,
): Promise<LatencySummary & { failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        for (const call of calls) {
          if (call.kind === 'read') await store.read(call.query, call.params);
          else await store.searchText(call.text, call.limit);
        }
      } catch {
        // A store timeout: counted, and the request still takes its time.
        failures++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { ...summarise(latencies, (performance.now() - started) / 1000), failures };
}
