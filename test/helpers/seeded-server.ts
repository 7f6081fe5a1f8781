import 'reflect-metadata';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config/config';
import { createContext } from '../../src/graphql/context';
import { loadSeedGraph } from '../../src/ingest/loader';
import { buildSeedGraph, type SeedGraph } from '../../src/ingest/seed-graph';
import { createServer, type KizunaServer } from '../../src/server/create-server';
import { DocumentRegistry } from '../../src/services/document-registry';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import type { GraphStore } from '../../src/store/graph-store';

let graph: SeedGraph | undefined;

/** The real seed graph, built once per test file. */
export function seedGraph(): SeedGraph {
  graph ??= buildSeedGraph();
  return graph;
}

export interface SeededServer extends KizunaServer {
  store: GraphStore;
  config: Readonly<Config>;
  documents: DocumentRegistry;
  /** Runs an operation as a request would, returning data, errors and the store calls it cost. */
  run(query: string, variables?: Record<string, unknown>): Promise<OperationResult>;
  close(): Promise<void>;
}

export interface OperationResult {
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  storeCalls: number;
  /** Field values the request resolved (against MAX_RESOLVED_VALUES). */
  resolvedValues: number;
}

/** An embedded in-memory store with the seed graph, and the server built around it (not listening). */
export async function seededServer(env: Record<string, string> = {}): Promise<SeededServer> {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const store = EmbeddedStore.open();
  await loadSeedGraph(store, seedGraph());
  const documents = new DocumentRegistry(seedGraph().documents);
  const server = await createServer({
    config,
    store,
    documents,
    logger: pino({ level: 'silent' }),
  });
  const run = async (
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<OperationResult> => {
    const contextValue = createContext(store, documents, config);
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return {
      data,
      errors: errors as OperationResult['errors'],
      storeCalls: contextValue.store.calls,
      resolvedValues: contextValue.request.resolved,
    };
  };
  return {
    ...server,
    store,
    config,
    documents,
    run,
    close: async () => {
      await server.apollo.stop();
      await store.close();
    },
  };
}
