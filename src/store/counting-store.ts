import type {
  CypherQuery,
  GraphStore,
  Params,
  Row,
  TextHit,
  TransactionRunner,
} from './graph-store';

/**
 * Wraps a store for one request. It counts the request's round trips (the number a query costs
 * must not grow with the number of items it returns, and tests assert it), and once the
 * request's `signal` fires (deadline, client gone, a cap) no further call starts and a call in
 * flight stops being waited for: it rejects with the signal's reason.
 */
export class CountingStore implements GraphStore {
  calls = 0;
  readonly engine;

  constructor(
    private readonly inner: GraphStore,
    private readonly signal?: AbortSignal,
  ) {
    this.engine = inner.engine;
  }

  read(query: CypherQuery, params?: Params): Promise<Row[]> {
    return this.call(() => this.inner.read(query, params));
  }

  write(query: CypherQuery, params?: Params): Promise<Row[]> {
    return this.call(() => this.inner.write(query, params));
  }

  transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.call(() => this.inner.transaction(work));
  }

  bootstrapSchema(): Promise<void> {
    return this.inner.bootstrapSchema();
  }

  searchText(text: string, limit: number): Promise<TextHit[]> {
    return this.call(() => this.inner.searchText(text, limit));
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private call<T>(start: () => Promise<T>): Promise<T> {
    const signal = this.signal;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    this.calls++;
    const work = start();
    return signal ? untilAborted(work, signal) : work;
  }
}

/** `work`, or the signal's reason as soon as it fires (the work itself is not waited for). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: Error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
