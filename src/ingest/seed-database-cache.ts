import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_ROOT } from '../config/project-root';
import type { SourceDocument } from './documents';
import { cacheSlot, filesUnder, inputsFingerprint } from './seed-cache';
import { sha256 } from './sha256';

/**
 * The embedded database as the seed load left it, kept on disk by the fingerprint of everything
 * that decides its content: the seed files and the code that builds the graph (as the seed-graph
 * cache), the code that writes it (src/store: load statements, dialect, the embedded adapter) and
 * the engine's version. A start whose fingerprint matches opens a private copy of that file
 * (about a tenth of the time of reading the graph and running the load statements); any other
 * start loads as before and keeps the result. The file's own SHA-256 is kept beside it and checked
 * before every use: a damaged or half-replaced file is rebuilt, never opened. Only for the
 * in-memory embedded store: a persistent KIZUNA_DATA_DIR database is loaded in place as before.
 */
export interface CachedDatabase {
  /** A private copy of the cached file, for this process alone: its store deletes it on close. */
  path: string;
  /** The loader's fingerprint of the rows in it (what READ_SEED_META must say once opened). */
  loadFingerprint: string;
  /** The source documents of the load (titles, lines): a start reads them from here rather
   * than parsing the manifest's YAML again; the fingerprint covers their files. */
  documents: SourceDocument[];
}

/** Bumped when the files' shape or meaning changes. */
const FORMAT = 2;
/** Private copies are named after their process, so that a crashed one's copy can be removed. */
const COPY_PREFIX = 'kizuna-seed-db-';

interface Sidecar {
  format: number;
  fingerprint: string;
  sha256: string;
  loadFingerprint: string;
  documents: SourceDocument[];
}

/** What decides the loaded database: seeds, graph-building code, store code and engine version. */
export function seedDatabaseFingerprint(seedsDir: string, engineVersion: string): string {
  const digest = createHash('sha256').update(`kizuna-seed-database ${FORMAT} ${engineVersion}\n`);
  digest.update(`${inputsFingerprint(seedsDir)}\n`);
  const store = join(CODE_ROOT, 'store');
  for (const path of filesUnder(store)) {
    digest.update(`${path.slice(store.length)}\n`);
    digest.update(readFileSync(path));
  }
  return digest.digest('hex');
}

/**
 * A private copy of the cached database when its fingerprint and checksum match, else null
 * (absent, stale, unreadable or damaged: the caller loads and keeps a new one).
 */
export function takeCachedDatabase(
  cacheDir: string,
  seedsDir: string,
  fingerprint: string,
): CachedDatabase | null {
  removeOrphanCopies();
  const { database, sidecar } = cacheFiles(cacheDir, seedsDir);
  try {
    const meta = JSON.parse(readFileSync(sidecar, 'utf8')) as Partial<Sidecar>;
    if (
      meta.format !== FORMAT ||
      meta.fingerprint !== fingerprint ||
      !meta.loadFingerprint ||
      !Array.isArray(meta.documents)
    )
      return null;
    const bytes = readFileSync(database);
    if (sha256(bytes) !== meta.sha256) return null;
    const path = join(tmpdir(), `${COPY_PREFIX}${process.pid}-${randomSuffix()}.grafeo`);
    writeFileSync(path, bytes, { flag: 'wx', mode: 0o600 });
    return { path, loadFingerprint: meta.loadFingerprint, documents: meta.documents };
  } catch {
    // Absent, unreadable or cut short: load again. A copy that could not be written (no space
    // in the temporary directory) also just costs the load.
    return null;
  }
}

/**
 * Keeps the database written by `save` (to the path it is given, which does not exist yet) as
 * the cache for these seeds. A cache that cannot be written only costs speed at the next start.
 */
export async function keepDatabase(
  cacheDir: string,
  seedsDir: string,
  fingerprint: string,
  loadFingerprint: string,
  documents: SourceDocument[],
  save: (path: string) => Promise<void>,
): Promise<void> {
  const { database, sidecar } = cacheFiles(cacheDir, seedsDir);
  // Written beside and renamed, so that a reader never sees half a file. The sidecar goes last
  // and names the file's checksum: a reader that sees a new file with an old sidecar (or the
  // reverse, when two starts write at once) finds the checksums differ and loads again.
  const partial = `${database}.${process.pid}.partial`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    removeFile(partial);
    await save(partial);
    const meta: Sidecar = {
      format: FORMAT,
      fingerprint,
      sha256: sha256(readFileSync(partial)),
      loadFingerprint,
      documents,
    };
    renameSync(partial, database);
    const sidecarPartial = `${sidecar}.${process.pid}.partial`;
    writeFileSync(sidecarPartial, JSON.stringify(meta));
    renameSync(sidecarPartial, sidecar);
  } catch {
    removeFile(partial);
  }
}

function cacheFiles(cacheDir: string, seedsDir: string): { database: string; sidecar: string } {
  const name = `seed-db-${cacheSlot(seedsDir)}`;
  return { database: join(cacheDir, `${name}.grafeo`), sidecar: join(cacheDir, `${name}.json`) };
}

/** Copies left by processes that ended without closing their store (killed, crashed). */
function removeOrphanCopies(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(new RegExp(`^${COPY_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    removeFile(join(tmpdir(), name));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeFile(path: string): void {
  try {
    rmSync(path, { force: true, recursive: true });
  } catch {
    // Someone else's, or gone already.
  }
}

function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}
