import type { GraphStore } from '../store/graph-store';
import { loadSeedGraph, type LoadResult } from './loader';
import { buildSeedGraph } from './seed-graph';

/**
 * At start-up: load the seed graph when the store holds none (always true for the in-memory
 * default) or holds an older one. An up-to-date store is left alone.
 */
export async function ensureSeeded(store: GraphStore): Promise<LoadResult> {
  return loadSeedGraph(store, buildSeedGraph());
}
