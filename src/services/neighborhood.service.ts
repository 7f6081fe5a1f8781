import type { GraphStore } from '../store/graph-store';
import { expand, type WalkFilter } from './graph-walk';
import type { RelationRecord } from './records';

export interface Neighborhood {
  nodeIds: string[];
  edges: RelationRecord[];
  truncated: boolean;
}

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 1000;
/** Relations beyond the node budget still read from each node, for edges between drawn nodes. */
const EDGE_MARGIN = 20;

/**
 * Entities within `depth` hops of a centre, breadth first, at most `limit` nodes (nearest
 * first, then by relation id); `truncated` says whether more were there. One store call per level.
 */
export async function neighborhood(
  store: GraphStore,
  centreId: string,
  depth: number,
  limit: number,
  filter: WalkFilter,
): Promise<Neighborhood> {
  const included = new Set<string>([centreId]);
  const edges = new Map<string, RelationRecord>();
  let frontier = [centreId];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const room = limit - included.size;
    if (room <= 0) {
      // Full already: a further level could add edges among these nodes but no node.
      truncated = true;
      break;
    }
    // A node can add at most `room` new neighbours; a few more leave space for edges back to
    // nodes already drawn.
    const perEntity = Math.min(limit, room + EDGE_MARGIN);
    const step = await expand(store, frontier, filter, limit * 20, perEntity);
    truncated ||= step.truncated;
    const next: string[] = [];
    for (const id of frontier) {
      for (const { relation, otherId } of step.adjacency.get(id) ?? []) {
        if (!included.has(otherId)) {
          if (included.size >= limit) {
            truncated = true;
            continue;
          }
          included.add(otherId);
          next.push(otherId);
        }
        edges.set(relation.id, relation);
      }
    }
    frontier = next;
  }
  return {
    nodeIds: [...included],
    edges: [...edges.values()].filter((e) => included.has(e.from) && included.has(e.to)),
    truncated,
  };
}
