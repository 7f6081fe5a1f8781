import { DomainError } from '../domain/errors';
import type { GraphStore, JsonValue } from '../store/graph-store';
import { EXPAND_IDS, PATH_RECORDS } from '../store/cypher/paths';
import type { WalkFilter } from './graph-walk';
import {
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from './records';

export interface FoundPath {
  nodeIds: string[];
  relations: RelationRecord[];
}

export interface PathSearch extends WalkFilter {
  from: string;
  to: string;
  maxHops: number;
  first: number;
}

export interface PathsFound {
  paths: FoundPath[];
  /** Every entity along the paths, for the loaders. */
  nodes: EntityRecord[];
}

export const MAX_HOPS = 6;
/** Rows one expansion step may read: a bound on the work a single request can cause. */
const EXPANSION_ROW_BUDGET = 20000;
/**
 * Relations followed out of any one entity. A hub (a country with thousands of relations) is
 * explored through the first PATH_FANOUT relations its store lists: the price of a request that
 * costs a page, not the hub's size. (The seed graph's largest hub has 173.)
 */
export const PATH_FANOUT = 300;
/** Entities one expansion step may start from. */
const MAX_FRONTIER = 2000;
/** Partial paths the enumeration may extend before it gives up on longer ones. */
const ENUMERATION_BUDGET = 200000;

/** An edge known to the search: ids only. */
interface Hop {
  relationId: string;
  otherId: string;
}

/** One side of the bidirectional search: distances from its endpoint, and its frontier. */
interface Side {
  distance: Map<string, number>;
  frontier: string[];
  /** Levels expanded so far. */
  radius: number;
  /** False once a cap cut an expansion: distances beyond it are no longer exact. */
  complete: boolean;
}

/**
 * The `first` shortest simple paths between two entities, up to `maxHops`, in a deterministic
 * order (length, then the relation ids along the path). Null when an endpoint does not exist.
 *
 * Done in the service rather than with Cypher's shortestPath because filters (types, asOf)
 * must hold on every hop and `shortestPath … WHERE` silently returns nothing on the embedded
 * engine. A bidirectional breadth-first search over ids only: the first store call expands
 * both ends (and shows whether they exist), each further call expands the smaller frontier,
 * until the two radii add up to `maxHops` (every path of that length then has each of its edges
 * seen from one side). Paths are enumerated in memory, pruned by the distance to the target;
 * one last call reads the records of the paths returned, and only those.
 */
export async function findPaths(store: GraphStore, search: PathSearch): Promise<PathsFound | null> {
  const { from, to, maxHops, first } = search;
  const adjacency = new Map<string, Hop[]>();
  /** Relations of each expanded entity (Infinity for a hub cut at PATH_FANOUT). */
  const degree = new Map<string, number>();
  const sides: [Side, Side] = [
    { distance: new Map([[from, 0]]), frontier: [from], radius: 0, complete: true },
    { distance: new Map([[to, 0]]), frontier: [to], radius: 0, complete: true },
  ];

  const expandStep = async (expanding: Side[]): Promise<Set<string>> => {
    const ids = [...new Set(expanding.flatMap((side) => side.frontier))];
    const rows = await store.read(EXPAND_IDS, {
      ids,
      types: search.types,
      asOf: search.asOf,
      perEntity: PATH_FANOUT + 1,
    });
    const found = new Set<string>();
    let budget = EXPANSION_ROW_BUDGET;
    const capped = new Set<string>();
    for (const row of [...rows].sort((a, b) => compare(String(a.entityId), String(b.entityId)))) {
      const id = String(row.entityId);
      found.add(id);
      let hops = (row.hops as JsonValue[][]).map(([relationId, otherId]) => ({
        relationId: String(relationId),
        otherId: String(otherId),
      }));
      // A hub beyond the fan-out arrives as the first relations its store lists (paths.ts).
      if (hops.length > PATH_FANOUT) capped.add(id);
      hops = hops.sort((a, b) => compare(a.relationId, b.relationId)).slice(0, PATH_FANOUT);
      degree.set(id, capped.has(id) ? Infinity : hops.length);
      if (hops.length > budget) capped.add(id);
      const kept = hops.slice(0, Math.max(budget, 0));
      budget -= kept.length;
      adjacency.set(id, kept);
    }
    for (const side of expanding) {
      const next: string[] = [];
      const level = side.radius + 1;
      for (const id of side.frontier) {
        if (capped.has(id)) side.complete = false;
        for (const { otherId } of adjacency.get(id) ?? []) {
          if (!side.distance.has(otherId)) {
            side.distance.set(otherId, level);
            next.push(otherId);
          }
        }
      }
      side.frontier = next;
      side.radius = level;
    }
    return found;
  };

  // Both ends at once: each frontier is one entity, and the rows say whether they exist.
  // (For maxHops 1 this reads one level more than needed, which changes no answer.)
  const exist = await expandStep(sides);
  if (!exist.has(from) || !exist.has(to)) return null;
  if (from === to) return { paths: [], nodes: [] };
  while (sides[0].radius + sides[1].radius < maxHops) {
    const open = sides.filter((side) => side.complete && side.frontier.length > 0);
    if (open.length === 0) break;
    const smaller = open.reduce((a, b) => (b.frontier.length < a.frontier.length ? b : a));
    if (smaller.frontier.length > MAX_FRONTIER) {
      // Both frontiers are huge (hubs on both sides): stop rather than read millions of rows.
      smaller.complete = false;
      break;
    }
    await expandStep([smaller]);
  }

  // Make the adjacency symmetric: an edge seen from one end is usable from the other.
  // (A set of the relations each entity lists keeps this linear: hubs list hundreds.)
  const listed = new Map<string, Set<string>>();
  for (const [id, list] of adjacency) listed.set(id, new Set(list.map((hop) => hop.relationId)));
  for (const [id, list] of [...adjacency]) {
    for (const { relationId, otherId } of list) {
      const known = listed.get(otherId) ?? new Set<string>();
      if (!known.has(relationId)) {
        known.add(relationId);
        listed.set(otherId, known);
        const back = adjacency.get(otherId) ?? [];
        back.push({ relationId, otherId: id });
        adjacency.set(otherId, back);
      }
    }
  }
  for (const list of adjacency.values()) list.sort((a, b) => compare(a.relationId, b.relationId));

  const target = sides[1];
  // A node the target side did not reach is more than its radius from the target.
  const lowerBound = (id: string): number =>
    target.distance.get(id) ?? (target.complete ? target.radius + 1 : 1);

  const found: Array<{ nodeIds: string[]; relationIds: string[] }> = [];
  let budget = ENUMERATION_BUDGET;
  for (let length = 1; length <= maxHops && found.length < first; length++) {
    const nodes = [from];
    const relations: string[] = [];
    const onPath = new Set([from]);
    const dfs = (at: string): void => {
      if (found.length >= first || budget-- <= 0) return;
      const used = relations.length;
      if (at === to) {
        if (used === length) found.push({ nodeIds: [...nodes], relationIds: [...relations] });
        return;
      }
      if (used + lowerBound(at) > length) return;
      for (const { relationId, otherId } of adjacency.get(at) ?? []) {
        if (onPath.has(otherId)) continue;
        nodes.push(otherId);
        relations.push(relationId);
        onPath.add(otherId);
        dfs(otherId);
        onPath.delete(otherId);
        relations.pop();
        nodes.pop();
        if (found.length >= first) return;
      }
    };
    dfs(from);
  }
  return hydrate(store, found, degree);
}

/** Reads the records of the paths found, in one store call. */
async function hydrate(
  store: GraphStore,
  found: Array<{ nodeIds: string[]; relationIds: string[] }>,
  degree: ReadonlyMap<string, number>,
): Promise<PathsFound> {
  if (found.length === 0) return { paths: [], nodes: [] };
  const relations = new Map<string, { id: string; from: string; to: string }>();
  // An entity the search did not expand is not known to be a hub: rank it below one that is.
  const relationsOf = (id: string): number => degree.get(id) ?? PATH_FANOUT;
  for (const path of found) {
    path.relationIds.forEach((id, i) => {
      // The store finds the relation by walking `from`'s relationships: start at the smaller end.
      const [a, b] = [path.nodeIds[i], path.nodeIds[i + 1]];
      const [from, to] = relationsOf(b) < relationsOf(a) ? [b, a] : [a, b];
      relations.set(id, { id, from, to });
    });
  }
  const nodeIds = [...new Set(found.flatMap((path) => path.nodeIds))];
  const [row] = await store.read(PATH_RECORDS, {
    relations: [...relations.values()],
    nodes: nodeIds,
  });
  const byId = new Map(
    (row.relations as JsonValue[]).map(toRelationRecord).map((r) => [r.id, r] as const),
  );
  return {
    paths: found.map((path) => ({
      nodeIds: path.nodeIds,
      relations: path.relationIds.flatMap((id) => byId.get(id) ?? []),
    })),
    nodes: (row.nodes as JsonValue[]).map(toEntityRecord),
  };
}

export function assertMaxHops(maxHops: number): void {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `maxHops must be from 1 to ${MAX_HOPS}; got ${maxHops}`,
    );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
