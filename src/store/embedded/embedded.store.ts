import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { GrafeoDB } from '@grafeo-db/js';
import { DomainError } from '../../domain/errors';
import { PING } from '../cypher/stats';
import { EMBEDDED_TEXT_INDEX, EMBEDDED_TEXT_SEARCH, schemaStatements } from '../dialect';
import type {
  CypherQuery,
  GraphStore,
  Params,
  Row,
  StatementObserver,
  TextHit,
  TransactionRunner,
} from '../graph-store';
import { toPlain } from '../values';
import { withTimeout } from '../with-timeout';
import { fileSystemProblem, mapEmbeddedError, mapOpenError } from './embedded-errors';
import { QueryGate } from './query-gate';
import { WriteQueue } from './write-queue';

export interface EmbeddedStoreOptions {
  /** Directory for the database file; omit to keep the graph in memory. */
  dataDir?: string | null;
  timeoutMs?: number;
  onStatement?: StatementObserver;
}

export const EMBEDDED_DB_FILE = 'kizuna.grafeo';
/** Engine queries in flight at once (the engine runs them on its own threads; 2 cores here). */
export const EMBEDDED_QUERY_SLOTS = 4;

/** The embedded default: Grafeo in this process, in memory or in one file. */
export class EmbeddedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  private readonly writes = new WriteQueue();
  private readonly gate = new QueryGate(EMBEDDED_QUERY_SLOTS);
  private closed = false;
  /** A private copy of a database file, deleted when the store closes. */
  private ownedFile: string | null = null;

  private constructor(
    private readonly db: GrafeoDB,
    private readonly timeoutMs: number,
    readonly path: string | null,
    private readonly onStatement: StatementObserver = () => undefined,
  ) {}

  static open(options: EmbeddedStoreOptions = {}): EmbeddedStore {
    const timeoutMs = options.timeoutMs ?? 5000;
    if (!options.dataDir)
      return new EmbeddedStore(GrafeoDB.create(), timeoutMs, null, options.onStatement);
    const path = join(options.dataDir, EMBEDDED_DB_FILE);
    checkDataDir(options.dataDir, path);
    try {
      return new EmbeddedStore(GrafeoDB.create(path), timeoutMs, path, options.onStatement);
    } catch (error) {
      throw mapOpenError(error, path);
    }
  }

  /**
   * Opens a database file that belongs to this store alone (a private copy of a cached one) and
   * deletes it, with its write-ahead log, on close. Nothing else may have it open.
   */
  static openOwnedFile(
    path: string,
    options: Omit<EmbeddedStoreOptions, 'dataDir'> = {},
  ): EmbeddedStore {
    let db: GrafeoDB;
    try {
      db = GrafeoDB.open(path);
    } catch (error) {
      removeDatabaseFile(path);
      throw mapOpenError(error, path);
    }
    const store = new EmbeddedStore(db, options.timeoutMs ?? 5000, path, options.onStatement);
    store.ownedFile = path;
    return store;
  }

  /** Writes the whole database, as it is now, to a new single file at `path` (which must not exist). */
  async saveTo(path: string): Promise<void> {
    await this.writes.run(() => {
      this.assertOpen();
      try {
        this.db.save(path);
      } catch (error) {
        throw mapEmbeddedError(error, 'save');
      }
      return Promise.resolve();
    });
  }

  async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.execute(query, params);
  }

  async write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.writes.run(() => this.execute(query, params));
  }

  async transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.writes.run(async () => {
      this.assertOpen();
      const tx = this.db.beginTransaction();
      try {
        const result = await work({
          run: async (query, params = {}) => {
            this.onStatement(query, params);
            try {
              return rows(await tx.executeCypher(query.text, params));
            } catch (error) {
              throw mapEmbeddedError(error, query.name);
            }
          },
        });
        try {
          tx.commit();
        } catch (error) {
          throw mapEmbeddedError(error, 'commit');
        }
        return result;
      } catch (error) {
        // Grafeo keeps a transaction alive after a failed statement and would commit the
        // statements before it; roll back explicitly so that nothing is half-written. The
        // caller hears the write's own error (a full disk, a permission): a rollback that
        // fails too ("No active transaction" after a failed commit) must not replace it.
        try {
          if (tx.isActive) tx.rollback();
        } catch {
          // The transaction is gone already; nothing of it was committed.
        }
        throw error;
      }
    });
  }

  async bootstrapSchema(): Promise<void> {
    await this.writes.run(async () => {
      for (const statement of schemaStatements('embedded')) await this.execute(statement, {});
      const { label, property, tokenizer, stopWords } = EMBEDDED_TEXT_INDEX;
      try {
        await this.db.createTextIndex(label, property, { tokenizer, stopWords });
      } catch (error) {
        // The index persists with the file; creating it again is refused, which is fine.
        if (!/exist/i.test((error as Error).message)) throw mapEmbeddedError(error, 'schema.text');
      }
    });
  }

  async searchText(text: string, limit: number): Promise<TextHit[]> {
    const found = await this.execute(EMBEDDED_TEXT_SEARCH, { query: text, limit });
    return found.map((row) => ({
      id: String(row.id),
      score: Number(row.score),
      entity: row.entity,
    }));
  }

  async ping(): Promise<void> {
    await this.execute(PING, {});
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Queued behind pending writes, so that closing never cuts a load in half.
    await this.writes.run(() => {
      this.closed = true;
      try {
        this.db.close();
      } finally {
        if (this.ownedFile) removeDatabaseFile(this.ownedFile);
      }
      return Promise.resolve();
    });
  }

  private async execute(query: CypherQuery, params: Params): Promise<Row[]> {
    this.assertOpen();
    this.onStatement(query, params);
    const what = `query ${query.name}`;
    // The slot is held until the engine finishes, even when the caller stops waiting first:
    // that is what bounds the work in flight.
    const running = this.gate.run(
      () => this.db.executeCypher(query.text, params),
      this.timeoutMs,
      what,
    );
    try {
      return rows(await withTimeout(running, this.timeoutMs, what));
    } catch (error) {
      throw mapEmbeddedError(error, query.name);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new DomainError('STORE_UNAVAILABLE', 'the embedded store is closed');
  }
}

/** The engine's version: a database file it wrote is only reused by the same version. */
export function embeddedEngineVersion(): string {
  const manifest = readFileSync(require.resolve('@grafeo-db/js/package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

/** Removes a database file and the write-ahead log the engine keeps beside it while open. */
export function removeDatabaseFile(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { recursive: true, force: true });
}

/**
 * The data directory must be a writable directory (created when missing). Each wrong path is
 * named for what it is, so that nobody moves a healthy database aside over a typo.
 */
function checkDataDir(dir: string, path: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) {
    throw new DomainError(
      'INVALID_CONFIG',
      `KIZUNA_DATA_DIR ${dir} is a file, not a directory; point KIZUNA_DATA_DIR at a directory (it is created when missing)`,
    );
  }
  try {
    if (!stat) mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      throw new DomainError(
        'INVALID_CONFIG',
        `KIZUNA_DATA_DIR ${dir} cannot be created: a part of that path is a file, not a directory`,
        { cause: error },
      );
    }
    throw new DomainError(
      'STORE_UNAVAILABLE',
      `KIZUNA_DATA_DIR ${dir} cannot be created: ${fileSystemProblem(String(code)) ?? (error as Error).message}`,
      { cause: error },
    );
  }
  for (const target of existsSync(path) ? [dir, path] : [dir]) {
    try {
      accessSync(target, constants.R_OK | constants.W_OK);
    } catch (error) {
      const problem = fileSystemProblem(String((error as NodeJS.ErrnoException).code));
      throw new DomainError(
        'STORE_UNAVAILABLE',
        `${target === dir ? `KIZUNA_DATA_DIR ${dir}` : `embedded database ${path}`} cannot be written: ${problem ?? (error as Error).message}; the store needs to read and write there: fix the permissions or choose another directory`,
        { cause: error },
      );
    }
  }
}

function rows(result: { toArray(): Array<Record<string, unknown>> }): Row[] {
  return result.toArray().map((row) => toPlain(row) as Row);
}
