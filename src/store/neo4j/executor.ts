import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config/config';
import type { CypherQuery, Params, Row, StatementObserver } from '../graph-store';
import { neo4jToPlain, toNeo4jParams } from './neo4j-values';
import { mapNeo4jError } from './neo4j-errors';

export type AccessMode = 'READ' | 'WRITE';

export interface ExecutorOptions {
  /** Time limit of each read or single write (STORE_TIMEOUT_MS). */
  timeoutMs: number;
  /** Time limit of a multi-statement load transaction (SEED_LOAD_TIMEOUT_MS); default timeoutMs. */
  loadTimeoutMs?: number;
  /** Debug logging of every statement; never logs parameter values. */
  onQuery?: (event: { name: string; mode: AccessMode; ms: number }) => void;
  /** Told of every statement before it is sent (see StatementObserver). */
  onStatement?: StatementObserver;
}

/**
 * Owns the Neo4j boundary: sessions, the database name (always passed, so that no call
 * depends on the server's default), access mode (READ lets a neo4j:// cluster route to
 * followers and read replicas), transaction timeout and metadata, bookmarks (a read after a
 * write sees it) and the mapping of driver errors.
 *
 * Errors are mapped OUTSIDE the managed-transaction callback: inside it the driver must see its
 * own Neo4jError, or it cannot tell a transient failure (leader switch, deadlock) from a final
 * one and never retries.
 */
export class Executor {
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(
    readonly driver: Driver,
    private readonly database: string,
    private readonly options: ExecutorOptions,
  ) {}

  static connect(config: Neo4jConfig, options: ExecutorOptions): Executor {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      userAgent: 'kizuna',
      connectionAcquisitionTimeout: options.timeoutMs,
      maxTransactionRetryTime: options.timeoutMs,
    });
    return new Executor(driver, config.database, options);
  }

  get loadTimeoutMs(): number {
    return this.options.loadTimeoutMs ?? this.options.timeoutMs;
  }

  async run(query: CypherQuery, params: Params, mode: AccessMode): Promise<Row[]> {
    return this.unit(mode, query.name, (tx) => this.runIn(tx, query, params));
  }

  /**
   * Runs `work` in one managed transaction; the driver retries transient failures, running
   * `work` again (so it must be idempotent: every write here is a MERGE by id). `describe`
   * names the statement a failure is reported against (the last one sent, for a load).
   */
  async unit<T>(
    mode: AccessMode,
    name: string,
    work: (tx: ManagedTransaction) => Promise<T>,
    options: { timeoutMs?: number; describe?: () => string } = {},
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const started = Date.now();
    const config = {
      timeout: options.timeoutMs ?? this.options.timeoutMs,
      metadata: { app: 'kizuna', query: name },
    };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw mapNeo4jError(error, options.describe?.() ?? name);
    } finally {
      this.options.onQuery?.({ name, mode, ms: Date.now() - started });
      await session.close();
    }
  }

  /** One statement inside a managed transaction. Driver errors pass through unmapped. */
  async runIn(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<Row[]> {
    this.options.onStatement?.(query, params);
    const result = await tx.run(query.text, toNeo4jParams(params));
    return result.records.map((record) => neo4jToPlain(record.toObject()) as Row);
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw mapNeo4jError(error, 'verifyConnectivity');
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
