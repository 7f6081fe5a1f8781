import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity, Relation, Source } from '../domain/entity';
import { canonicalJson } from '../ingest/graph-version';
import { buildSeedGraph, type SeedGraph } from '../ingest/seed-graph';
import { DEFAULT_SEEDS_DIR } from '../ingest/seeds-dir';

/**
 * The seed graph's change between two revisions, as facts rather than YAML lines: entities and
 * relations added, removed and changed, with each changed field and each source gained or lost.
 * A relation whose id changed but whose type and ends did not is one change, not a removal and
 * an addition.
 */

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RecordChange<T> {
  before: T;
  after: T;
  fields: FieldChange[];
  sourcesAdded: Source[];
  sourcesRemoved: Source[];
}

export interface SeedDiff {
  entities: { added: Entity[]; removed: Entity[]; changed: Array<RecordChange<Entity>> };
  relations: { added: Relation[]; removed: Relation[]; changed: Array<RecordChange<Relation>> };
}

/** The seed graph as a git revision holds it, read with today's reader. */
export function seedGraphAt(
  revision: string,
  repoDir: string = join(DEFAULT_SEEDS_DIR, '..'),
): SeedGraph {
  const git = (...args: string[]): Buffer =>
    execFileSync('git', ['-C', repoDir, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 512 * 1024 * 1024,
    });
  try {
    git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`);
  } catch {
    throw new Error(
      `${JSON.stringify(revision)} is not a revision of this repository (git rev-parse found no commit)`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-seeds-'));
  try {
    const archive = git('archive', '--format=tar', revision, 'seeds');
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    return buildSeedGraph(join(dir, 'seeds'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function diffSeedGraphs(before: SeedGraph, after: SeedGraph): SeedDiff {
  const entities = diffById(before.entities, after.entities);
  const relations = diffById(before.relations, after.relations);
  // Pair a removed and an added relation with the same type and ends: an id was renamed.
  const key = (r: Relation): string => `${r.type}\u0000${r.from}\u0000${r.to}`;
  const removedByKey = groupBy(relations.removed, key);
  const addedByKey = groupBy(relations.added, key);
  for (const [k, removed] of removedByKey) {
    const added = addedByKey.get(k);
    if (removed.length === 1 && added?.length === 1) {
      relations.changed.push(compare(removed[0], added[0]));
      relations.removed.splice(relations.removed.indexOf(removed[0]), 1);
      relations.added.splice(relations.added.indexOf(added[0]), 1);
    }
  }
  relations.changed.sort((a, b) => cmp(a.after.id, b.after.id));
  return { entities, relations };
}

function diffById<T extends Entity | Relation>(
  before: readonly T[],
  after: readonly T[],
): { added: T[]; removed: T[]; changed: Array<RecordChange<T>> } {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const added = after.filter((r) => !old.has(r.id)).sort(byId);
  const removed = before.filter((r) => !now.has(r.id)).sort(byId);
  const changed: Array<RecordChange<T>> = [];
  for (const record of [...after].sort(byId)) {
    const previous = old.get(record.id);
    if (!previous) continue;
    const change = compare(previous, record);
    if (change.fields.length || change.sourcesAdded.length || change.sourcesRemoved.length) {
      changed.push(change);
    }
  }
  return { added, removed, changed };
}

function compare<T extends Entity | Relation>(before: T, after: T): RecordChange<T> {
  const fields: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of [...keys].sort()) {
    if (field === 'sources') continue;
    const a = (before as unknown as Record<string, unknown>)[field];
    const b = (after as unknown as Record<string, unknown>)[field];
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null))
      fields.push({ field, before: a, after: b });
  }
  const sourceKey = (s: Source): string => canonicalJson(s);
  const oldSources = new Set(before.sources.map(sourceKey));
  const newSources = new Set(after.sources.map(sourceKey));
  return {
    before,
    after,
    fields,
    sourcesAdded: after.sources.filter((s) => !oldSources.has(sourceKey(s))),
    sourcesRemoved: before.sources.filter((s) => !newSources.has(sourceKey(s))),
  };
}

/** The diff as lines a curator reads: `+` added, `-` removed, `~` changed. */
export function formatSeedDiff(diff: SeedDiff): string[] {
  const lines: string[] = [];
  const { entities: e, relations: r } = diff;
  lines.push(
    `entities: ${e.added.length} added, ${e.removed.length} removed, ${e.changed.length} changed; ` +
      `relations: ${r.added.length} added, ${r.removed.length} removed, ${r.changed.length} changed`,
  );
  for (const x of e.added) lines.push(`+ entity ${entityLine(x)}`, ...sourceLines('+', x.sources));
  for (const x of e.removed) lines.push(`- entity ${entityLine(x)}`);
  for (const c of e.changed) lines.push(`~ entity ${c.after.id}`, ...changeLines(c));
  for (const x of r.added)
    lines.push(`+ relation ${relationLine(x)}`, ...sourceLines('+', x.sources));
  for (const x of r.removed) lines.push(`- relation ${relationLine(x)}`);
  for (const c of r.changed) lines.push(`~ relation ${relationLine(c.after)}`, ...changeLines(c));
  return lines;
}

function entityLine(x: Entity): string {
  return `${x.id} (${x.kind}) ${x.nameJa}${x.nameEn ? ` / ${x.nameEn}` : ''}`;
}

function relationLine(x: Relation): string {
  return `${x.from} -[${x.type}]-> ${x.to}  (${x.id})`;
}

function changeLines(c: RecordChange<Entity | Relation>): string[] {
  return [
    ...c.fields.map((f) => `    ${f.field}: ${show(f.before)} → ${show(f.after)}`),
    ...sourceLines('+', c.sourcesAdded),
    ...sourceLines('-', c.sourcesRemoved),
  ];
}

function sourceLines(sign: string, sources: Source[]): string[] {
  return sources.map(
    (s) =>
      `    ${sign} source ${s.documentId} lines ${s.lineStart}${s.lineEnd !== s.lineStart ? `–${s.lineEnd}` : ''}: 「${s.quote}」${s.inferred ? ' (inferred)' : ''}`,
  );
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value) : canonicalJson(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function byId(a: { id: string }, b: { id: string }): number {
  return cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
