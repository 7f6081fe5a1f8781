import type { Config } from '../config/config';
import type { DocumentRegistry } from '../services/document-registry';
import { CountingStore } from '../store/counting-store';
import type { GraphStore } from '../store/graph-store';
import { createLoaders, type Loaders } from './loaders/create-loaders';

export interface Context {
  /** This request's view of the store; `store.calls` counts its round trips. */
  store: CountingStore;
  loaders: Loaders;
  documents: DocumentRegistry;
  config: Readonly<Config>;
}

/** Called once per request: fresh loaders, so no cache outlives a response. */
export function createContext(
  store: GraphStore,
  documents: DocumentRegistry,
  config: Readonly<Config>,
): Context {
  const counting = new CountingStore(store);
  return { store: counting, loaders: createLoaders(counting, documents), documents, config };
}
