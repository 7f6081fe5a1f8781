import type { Neo4jConfig } from '../../config/config';
import { PING } from '../cypher/stats';
import { escapeLucene, NEO4J_AWAIT_INDEXES, NEO4J_TEXT_SEARCH, schemaStatements } from '../dialect';
import type {
  CypherQuery,
  GraphStore,
  Params,
  Row,
  TextHit,
  TransactionRunner,
} from '../graph-store';
import { Executor, type ExecutorOptions } from './executor';

/** The production store: Neo4j 5 through neo4j-driver. */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;

  private constructor(private readonly executor: Executor) {}

  /** Connects and verifies connectivity, so that a wrong URI or password fails at start-up. */
  static async connect(config: Neo4jConfig, options: ExecutorOptions): Promise<Neo4jStore> {
    const executor = Executor.connect(config, options);
    try {
      await executor.verifyConnectivity();
    } catch (error) {
      await executor.close();
      throw error;
    }
    return new Neo4jStore(executor);
  }

  read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.executor.run(query, params, 'READ');
  }

  write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.executor.run(query, params, 'WRITE');
  }

  /** A load: its own time limit (SEED_LOAD_TIMEOUT_MS); retried whole on a transient error. */
  transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    let current = 'transaction';
    return this.executor.unit(
      'WRITE',
      'transaction',
      (tx) =>
        work({
          run: (query, params = {}) => {
            current = query.name;
            return this.executor.runIn(tx, query, params);
          },
        }),
      { timeoutMs: this.executor.loadTimeoutMs, describe: () => current },
    );
  }

  /**
   * Constraints and indexes, then waits until every index is online: until then the full-text
   * procedure fails and lookups scan, so nothing that follows (and not /readyz) may assume them.
   */
  async bootstrapSchema(): Promise<void> {
    for (const statement of schemaStatements('neo4j')) await this.write(statement);
    const timeoutMs = this.executor.loadTimeoutMs;
    await this.executor.unit(
      'WRITE',
      NEO4J_AWAIT_INDEXES.name,
      (tx) =>
        this.executor.runIn(tx, NEO4J_AWAIT_INDEXES, {
          timeoutSeconds: Math.max(1, Math.ceil(timeoutMs / 1000)),
        }),
      { timeoutMs },
    );
  }

  async searchText(text: string, limit: number): Promise<TextHit[]> {
    const rows = await this.read(NEO4J_TEXT_SEARCH, { query: escapeLucene(text), limit });
    return rows.map((row) => ({
      id: String(row.id),
      score: Number(row.score),
      entity: row.entity,
    }));
  }

  async ping(): Promise<void> {
    await this.read(PING);
  }

  close(): Promise<void> {
    return this.executor.close();
  }
}
