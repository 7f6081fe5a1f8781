/**
 * The port: what the service needs from a graph database. Two adapters implement it (Neo4j and
 * the embedded engine) and run the same Cypher from ./cypher. Results are plain JSON values:
 * numbers, strings, booleans, null, arrays and objects; dates as ISO strings.
 */

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type Row = Record<string, JsonValue>;
export type Params = Record<string, unknown>;

/** A named Cypher statement. The name labels logs and transaction metadata. */
export interface CypherQuery {
  name: string;
  text: string;
}

/** Statements run inside one transaction: all of them take effect, or none. */
export interface TransactionRunner {
  run(query: CypherQuery, params?: Params): Promise<Row[]>;
}

/** A text-index hit with the entity it found (the same fields as an entity read by id). */
/**
 * Told of every statement an adapter sends, with its parameters, before it runs: how the
 * contract suite learns which statements its cases exercised (test/contract/statement-coverage.ts).
 */
export type StatementObserver = (query: CypherQuery, params: Params) => void;

export interface TextHit {
  id: string;
  score: number;
  entity: JsonValue;
}

export type EngineName = 'neo4j' | 'embedded';

export interface GraphStore {
  readonly engine: EngineName;
  /** A read; on a Neo4j cluster it may be served by a follower or read replica. */
  read(query: CypherQuery, params?: Params): Promise<Row[]>;
  /** One write in its own transaction. */
  write(query: CypherQuery, params?: Params): Promise<Row[]>;
  /** Several writes in one transaction, rolled back if `work` throws. */
  transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T>;
  /** Uniqueness constraints, lookup indexes and the full-text index. Idempotent. */
  bootstrapSchema(): Promise<void>;
  /** Full-text search over entities' `searchText` (CJK-aware), served by the engine's text index; best first. */
  searchText(text: string, limit: number): Promise<TextHit[]>;
  /** Resolves when the store answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
