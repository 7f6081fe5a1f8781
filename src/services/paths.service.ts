import { DomainError } from '../domain/errors';
import type { GraphStore } from '../store/graph-store';
import { expand, type Adjacent, type WalkFilter } from './graph-walk';
import type { RelationRecord } from './records';

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

export const MAX_HOPS = 6;
/** Rows one expansion step may read: a bound on the work a single request can cause. */
const EXPANSION_ROW_BUDGET = 20000;
/**
 * Relations followed out of any one entity. A hub (a country with thousands of relations) is
 * explored through its first PATH_FANOUT relations only: the price of a bounded request.
 */
export const PATH_FANOUT = 300;
/** Partial paths the enumeration may extend before it gives up on longer ones. */
const ENUMERATION_BUDGET = 200000;

/**
 * The `first` shortest simple paths between two entities, up to `maxHops`, in a deterministic
 * order (length, then the relation ids along the path).
 *
 * Done in the service rather than with Cypher's shortestPath because filters (types, asOf)
 * must hold on every hop and `shortestPath … WHERE` silently returns nothing on the embedded
 * engine. The search expands both ends in batched steps (one store call per step, maxHops steps
 * at most), then enumerates paths in memory, pruned by the distance to the target.
 */
export async function findPaths(store: GraphStore, search: PathSearch): Promise<FoundPath[]> {
  const { from, to, maxHops, first } = search;
  if (from === to) return [];
  const adjacency = new Map<string, Adjacent[]>();
  const fromSide = new Map<string, number>([[from, 0]]);
  const toSide = new Map<string, number>([[to, 0]]);
  const radiusFrom = Math.ceil(maxHops / 2);
  const radiusTo = Math.floor(maxHops / 2);
  let toSideComplete = true;

  const grow = async (side: Map<string, number>, radius: number): Promise<boolean> => {
    let frontier = [...side.keys()];
    for (let level = 1; level <= radius && frontier.length > 0; level++) {
      const step = await expand(store, frontier, search, EXPANSION_ROW_BUDGET, PATH_FANOUT);
      const next: string[] = [];
      for (const [id, list] of step.adjacency) {
        adjacency.set(id, list);
        for (const { otherId } of list) {
          if (!side.has(otherId)) {
            side.set(otherId, level);
            next.push(otherId);
          }
        }
      }
      if (step.truncated) return false;
      frontier = next;
    }
    return true;
  };
  await grow(fromSide, radiusFrom);
  toSideComplete = await grow(toSide, radiusTo);

  // Make the adjacency symmetric: an edge fetched from one end is usable from the other.
  for (const [id, list] of [...adjacency]) {
    for (const { relation, otherId } of list) {
      const back = adjacency.get(otherId) ?? [];
      if (!adjacency.has(otherId) || !back.some((a) => a.relation.id === relation.id)) {
        back.push({ relation, otherId: id });
        adjacency.set(otherId, back);
      }
    }
  }
  for (const list of adjacency.values()) list.sort((a, b) => compare(a.relation.id, b.relation.id));

  // A node the target side did not reach is more than radiusTo hops from the target.
  const lowerBound = (id: string): number => toSide.get(id) ?? (toSideComplete ? radiusTo + 1 : 1);

  const found: FoundPath[] = [];
  let budget = ENUMERATION_BUDGET;
  for (let length = 1; length <= maxHops && found.length < first; length++) {
    const nodes = [from];
    const relations: RelationRecord[] = [];
    const onPath = new Set([from]);
    const dfs = (at: string): void => {
      if (found.length >= first || budget-- <= 0) return;
      const used = relations.length;
      if (at === to) {
        if (used === length) found.push({ nodeIds: [...nodes], relations: [...relations] });
        return;
      }
      if (used + lowerBound(at) > length) return;
      for (const { relation, otherId } of adjacency.get(at) ?? []) {
        if (onPath.has(otherId)) continue;
        nodes.push(otherId);
        relations.push(relation);
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
  return found;
}

export function assertMaxHops(maxHops: number): void {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new DomainError('BAD_USER_INPUT', `maxHops must be a whole number from 1 to ${MAX_HOPS}`);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
