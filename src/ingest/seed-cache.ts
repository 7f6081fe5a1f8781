import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CODE_ROOT } from '../config/project-root';
import type { SeedGraph } from './seed-graph';
import { sha256 } from './sha256';

/**
 * The validated seed graph kept on disk by its inputs' fingerprint, so that a start whose seeds
 * have not changed reads one JSON file instead of parsing, merging and validating every seed
 * file and rebuilding the mention index (most of a cold start). The fingerprint covers every file
 * under the seeds directory (documents and graph) and the code that builds the graph (this
 * folder and src/domain, compiled or not): change any of them and the graph is built and checked
 * again. One file per seeds directory and copy of the code, replaced when its fingerprint changes,
 * so the cache never grows. A graph with problems is not kept: it is refused at load, and must be re-checked.
 */
export interface CachedSeedGraph {
  graph: SeedGraph;
  /** True when the graph came from the cache, false when it was built (and then stored). */
  hit: boolean;
  fingerprint: string;
}

/** Bumped when the cached file's shape changes. */
const FORMAT = 1;

export async function seedGraphFromCache(
  seedsDir: string,
  cacheDir: string | null,
): Promise<CachedSeedGraph> {
  const fingerprint = inputsFingerprint(seedsDir);
  const file = cacheDir === null ? null : join(cacheDir, `seed-graph-${cacheSlot(seedsDir)}.json`);
  const cached = file === null ? null : readCached(file, fingerprint);
  if (cached) return { graph: cached, hit: true, fingerprint };
  // Imported only to build: the build's parser and validators are a twentieth of a start.
  const { buildSeedGraph } = await import('./seed-graph');
  const graph = buildSeedGraph(seedsDir);
  if (file === null) return { graph, hit: false, fingerprint };
  if (graph.problems.length === 0) writeCached(file, fingerprint, graph);
  return { graph, hit: false, fingerprint };
}

/** SHA-256 over the relative path and bytes of every seed file and of the graph-building code. */
export function inputsFingerprint(seedsDir: string): string {
  const digest = createHash('sha256').update(`kizuna-seed-cache ${FORMAT}\n`);
  const add = (root: string): void => {
    for (const path of filesUnder(root)) {
      digest.update(`${relative(root, path)}\n`);
      digest.update(readFileSync(path));
    }
  };
  add(seedsDir);
  add(join(CODE_ROOT, 'ingest'));
  add(join(CODE_ROOT, 'domain'));
  return digest.digest('hex');
}

/** Every file under `dir` (source maps aside), in a fixed order. */
export function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile() && !entry.name.endsWith('.map')) files.push(path);
  }
  return files;
}

function readCached(file: string, fingerprint: string): SeedGraph | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
      fingerprint?: string;
      graph?: SeedGraph;
    };
    return parsed.fingerprint === fingerprint && parsed.graph ? parsed.graph : null;
  } catch {
    // Absent, unreadable or cut short: build it again.
    return null;
  }
}

function writeCached(file: string, fingerprint: string, graph: SeedGraph): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    // Written beside and renamed, so that a reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify({ fingerprint, graph }));
    renameSync(partial, file);
  } catch {
    // A read-only install runs without the cache: every start builds the graph.
  }
}

/**
 * One cache file per seeds directory and per copy of the code: the TypeScript sources (tests,
 * `npm run dev`) and the compiled build (`npm start`) fingerprint differently, and would
 * otherwise replace each other's file at every switch.
 */
export function cacheSlot(seedsDir: string): string {
  return sha256(`${seedsDir}\n${join(CODE_ROOT, 'ingest')}`).slice(0, 16);
}
