import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config/config';
import type { CypherQuery, Params, Row } from '../graph-store';
import { toNeo4jParams, toPlain } from '../values';
import { mapNeo4jError } from './neo4j-errors';

export type AccessMode = 'READ' | 'WRITE';

export interface ExecutorOptions {
  timeoutMs: number;
  /** Debug logging of every statement; never logs parameter values. */
  onQuery?: (event: { name: string; mode: AccessMode; ms: number }) => void;
}

/**
 * Owns the Neo4j boundary: sessions, the database name (always passed, so that no call
 * depends on the server's default), access mode (READ lets a neo4j:// cluster route to
 * followers and read replicas), transaction timeout and metadata, bookmarks (a read after a
 * write sees it) and the mapping of driver errors.
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

  async run(query: CypherQuery, params: Params, mode: AccessMode): Promise<Row[]> {
    return this.unit(mode, query.name, (tx) => runIn(tx, query, params));
  }

  /** Runs `work` in one managed transaction; the driver retries transient failures. */
  async unit<T>(
    mode: AccessMode,
    name: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const started = Date.now();
    const config = { timeout: this.options.timeoutMs, metadata: { app: 'kizuna', query: name } };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw mapNeo4jError(error, name);
    } finally {
      this.options.onQuery?.({ name, mode, ms: Date.now() - started });
      await session.close();
    }
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

export async function runIn(
  tx: ManagedTransaction,
  query: CypherQuery,
  params: Params,
): Promise<Row[]> {
  const result = await tx.run(query.text, toNeo4jParams(params));
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
