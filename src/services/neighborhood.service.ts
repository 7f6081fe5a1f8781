import type { GraphStore, JsonValue } from '../store/graph-store';
import { NEIGHBOURHOOD } from '../store/cypher/details';
import { expand, type Adjacent, type WalkFilter } from './graph-walk';
import {
  toEntityRecord,
  toRelationRecord,
  type EntityRecord,
  type RelationRecord,
} from './records';

/** What a drawn node needs: the whole record is not read for every neighbour. */
export interface NodeLabel {
  id: string;
  kind: EntityRecord['kind'];
  nameJa: string;
  nameEn: string | null;
}

export interface Neighborhood {
  centre: EntityRecord;
  /** Ids of the entities drawn, the centre first, nearest first. */
  nodeIds: string[];
  /** Labels of the drawn nodes that the store call returned (all of them up to depth 2). */
  labels: Map<string, NodeLabel>;
  edges: RelationRecord[];
  truncated: boolean;
}

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 1000;
/** Relations beyond the node budget still read from each node, for edges between drawn nodes. */
const EDGE_MARGIN = 20;
/** Rows one level may read, as a multiple of the node limit: a bound on a request's work. */
const ROWS_PER_NODE = 20;
/**
 * Relations read from each node, as the store lists them, before the first `perEntity` by id are
 * kept (NEIGHBOURHOOD): a hub costs this page, not its degree. Above the curated graph's largest
 * degree (country-jp, 173), so every curated neighbourhood is the exact first page by id.
 */
export const NEIGHBOURHOOD_WINDOW = 300;

interface HopRow {
  [key: string]: JsonValue;
  entityId: string;
  other: JsonValue;
  relation: JsonValue;
}

/**
 * Entities within `depth` hops of a centre, breadth first, at most `limit` nodes (nearest
 * first, then by relation id); `truncated` says whether more were there. Null when the centre
 * does not exist. Depth 1 and 2 cost one store call (NEIGHBOURHOOD reads both levels at once);
 * depth 3 adds one expansion of the nodes drawn at level 2.
 */
export async function neighborhood(
  store: GraphStore,
  centreId: string,
  depth: number,
  limit: number,
  filter: WalkFilter,
): Promise<Neighborhood | null> {
  // Each node adds at most `limit - 1` neighbours; a few more relations leave space for edges
  // back to nodes already drawn.
  const perEntity = Math.min(limit, limit - 1 + EDGE_MARGIN);
  const rowLimit = limit * ROWS_PER_NODE;
  const rows = await store.read(NEIGHBOURHOOD[depth >= 2 ? 2 : 1], {
    id: centreId,
    types: filter.types,
    asOf: filter.asOf,
    perEntity: perEntity + 1,
    window: Math.max(NEIGHBOURHOOD_WINDOW, perEntity + 1),
    rowLimit: rowLimit + 1,
    nodeLimit: limit,
  });
  if (rows.length === 0) return null;
  const centre = toEntityRecord(rows[0].centre);
  const labels = new Map<string, NodeLabel>();
  const levels = [rows[0].hop1 as HopRow[], rows[0].hop2 as HopRow[]];
  let truncated = levels[1].length > rowLimit;
  const adjacency = new Map<string, Adjacent[]>();
  for (const level of levels) {
    for (const row of level.slice(0, rowLimit)) {
      const other = toEntityRecord(row.other);
      labels.set(other.id, other);
      const list = adjacency.get(row.entityId) ?? [];
      if (list.length >= perEntity) {
        truncated = true;
        continue;
      }
      list.push({ relation: toRelationRecord(row.relation), otherId: other.id });
      adjacency.set(row.entityId, list);
    }
  }
  labels.set(centre.id, centre);

  const included = new Set<string>([centreId]);
  const edges = new Map<string, RelationRecord>();
  let frontier = [centreId];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    if (included.size >= limit) {
      // Full already: a further level could add edges among these nodes but no node.
      truncated = true;
      break;
    }
    if (level === 3) {
      const room = limit - included.size;
      const step = await expand(
        store,
        frontier,
        filter,
        rowLimit,
        Math.min(limit, room + EDGE_MARGIN),
      );
      truncated ||= step.truncated;
      for (const [id, list] of step.adjacency) adjacency.set(id, list);
    }
    const next: string[] = [];
    for (const id of frontier) {
      for (const { relation, otherId } of adjacency.get(id) ?? []) {
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
    centre,
    nodeIds: [...included],
    labels,
    edges: [...edges.values()].filter((e) => included.has(e.from) && included.has(e.to)),
    truncated,
  };
}
