import type { Config } from '../config/config';
import type { DocumentRegistry } from '../services/document-registry';
import { CountingStore } from '../store/counting-store';
import type { GraphStore } from '../store/graph-store';
import { createLoaders, type Loaders } from './loaders/create-loaders';
import { RequestScope } from './request-scope';

export interface Context {
  /** This request's view of the store; `store.calls` counts its round trips. */
  store: CountingStore;
  loaders: Loaders;
  documents: DocumentRegistry;
  config: Readonly<Config>;
  /** Id, deadline and abandonment of this request. */
  request: RequestScope;
}

/**
 * Called once per request: fresh loaders, so no cache outlives a response. The HTTP layer passes
 * the scope it started (so that a hang-up reaches it); otherwise one starts here.
 */
export function createContext(
  store: GraphStore,
  documents: DocumentRegistry,
  config: Readonly<Config>,
  request: RequestScope = new RequestScope(config.requestTimeoutMs),
): Context {
  const counting = new CountingStore(store, request.signal);
  return {
    store: counting,
    loaders: createLoaders(counting, documents),
    documents,
    config,
    request,
  };
}
