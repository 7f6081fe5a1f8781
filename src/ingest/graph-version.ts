import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Relation } from '../domain/entity';
import type { SourceDocument } from './documents';
import { sha256 } from './sha256';

/**
 * A seed graph's citable version: a fingerprint of its facts (documents, entities, relations,
 * with their sources) and the day its seed files last changed. Researchers cite
 * `version` (`<lastChanged>.<first 12 hex of the fingerprint>`); the full fingerprint proves it.
 */
export interface GraphVersion {
  fingerprint: string;
  /** ISO day (UTC). */
  lastChanged: string;
  version: string;
}

export function versionLabel(fingerprint: string, lastChanged: string): string {
  return `${lastChanged}.${fingerprint.slice(0, 12)}`;
}

/**
 * The fingerprint depends on the facts only: key order in the YAML, comments, file layout and
 * record order do not change it, any changed name, date, quote or line does.
 */
export function factsFingerprint(
  documents: readonly SourceDocument[],
  entities: readonly Entity[],
  relations: readonly Relation[],
): string {
  const byId = <T extends { id: string }>(list: readonly T[]): T[] =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256(
    canonicalJson({
      documents: byId(documents).map((d) => ({ id: d.id, sha256: d.sha256 })),
      entities: byId(entities),
      relations: byId(relations),
    }),
  );
}

export function graphVersion(
  seedsDir: string,
  documents: readonly SourceDocument[],
  entities: readonly Entity[],
  relations: readonly Relation[],
): GraphVersion {
  const fingerprint = factsFingerprint(documents, entities, relations);
  const lastChanged = lastChangeDay(seedsDir);
  return { fingerprint, lastChanged, version: versionLabel(fingerprint, lastChanged) };
}

/**
 * The day of the last commit that touched the seeds when they are committed as they are; when
 * they hold uncommitted changes or there is no git history (a tarball), the newest file's
 * modification day, so that an edited graph never claims an older date.
 */
export function lastChangeDay(seedsDir: string): string {
  try {
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', seedsDir, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    if (git('status', '--porcelain', '--', '.') === '') {
      const seconds = git('log', '-1', '--format=%ct', '--', '.');
      if (/^\d+$/.test(seconds)) return isoDay(Number(seconds) * 1000);
    }
  } catch {
    // No git, or not a repository: fall through to the files' own dates.
  }
  return isoDay(newestModification(seedsDir));
}

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs,
    );
  }
  return newest;
}

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** JSON with object keys sorted, so that equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
