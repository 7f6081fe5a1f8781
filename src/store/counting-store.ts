import type {
  CypherQuery,
  GraphStore,
  Params,
  Row,
  TextHit,
  TransactionRunner,
} from './graph-store';

/**
 * Wraps a store and counts its round trips, per request: the number a query costs must not
 * grow with the number of items it returns (DataLoader batching), and tests assert it.
 */
export class CountingStore implements GraphStore {
  calls = 0;
  readonly engine;

  constructor(private readonly inner: GraphStore) {
    this.engine = inner.engine;
  }

  read(query: CypherQuery, params?: Params): Promise<Row[]> {
    this.calls++;
    return this.inner.read(query, params);
  }

  write(query: CypherQuery, params?: Params): Promise<Row[]> {
    this.calls++;
    return this.inner.write(query, params);
  }

  transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    this.calls++;
    return this.inner.transaction(work);
  }

  bootstrapSchema(): Promise<void> {
    return this.inner.bootstrapSchema();
  }

  searchText(text: string, limit: number): Promise<TextHit[]> {
    this.calls++;
    return this.inner.searchText(text, limit);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
