import type { GraphStore } from '../store/graph-store';
import { GRAPH_LOADED } from '../store/cypher/stats';

/**
 * The version of the graph the store serves: the fingerprint the loader stamps on every load.
 * Answers cached under one version are never served under another. Read at most once per
 * `checkEveryMs` (one read in flight at a time), so a reload, here or by another replica
 * sharing the store, is seen within that time.
 */
export class GraphVersion {
  private value: string | null = null;
  private readAt = -Infinity;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly store: GraphStore,
    private readonly checkEveryMs: number,
  ) {}

  current(): Promise<string> {
    if (this.value !== null && performance.now() - this.readAt < this.checkEveryMs) {
      return Promise.resolve(this.value);
    }
    this.pending ??= this.store
      .read(GRAPH_LOADED)
      .then((rows) => {
        // A graph loaded without the loader (the benchmark's bulk path) has no fingerprint.
        this.value = rows[0]?.fingerprint == null ? 'unversioned' : String(rows[0].fingerprint);
        this.readAt = performance.now();
        return this.value;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
