import type { SubgraphEdge, SubgraphModel, SubgraphNode } from './subgraph.model';

/**
 * A centre with more neighbours than this shows them grouped; fewer are drawn one by one. 32
 * keeps a framework and its members (IPEF: 25 neighbours) drawn node by node, and the first view
 * within the few dozen labels a reader can take in (the hub tests allow 36).
 */
export const DIRECT_LIMIT_CENTRE = 32;
/** The same for a node the reader expands (its new neighbours only). */
export const DIRECT_LIMIT_EXPAND = 8;
/** Members a group shows per click ("+N more"). */
export const GROUP_PAGE = 8;

/** Neighbours of `anchor` joined to it by one relation type, direction and kind. */
export interface NodeGroup {
  id: string;
  anchor: string;
  type: string;
  /** `out`: anchor → member; `in`: member → anchor. */
  direction: 'out' | 'in';
  kind: SubgraphNode['kind'];
  /** Every member, in API order. */
  members: string[];
  /** A representative edge (for the relation's label in English). */
  edge: SubgraphEdge;
}

/**
 * Which of the loaded nodes are drawn. A hub's neighbours would bury the picture, so around
 * each expanded node they are grouped by relation type, direction and kind ("参加 · 53 枠組み")
 * and a group shows its members a page at a time. The model keeps everything loaded (export
 * and the list view read it); the scene only decides what the canvas shows.
 */
export class Scene {
  private readonly shown = new Set<string>();
  private readonly groupMap = new Map<string, NodeGroup>();
  /** Kinds the reader filtered out (never drawn, except the centre). */
  private hiddenKinds = new Set<string>();

  reset(centre: string, model: SubgraphModel, hiddenKinds: ReadonlySet<string>): string[] {
    this.shown.clear();
    this.groupMap.clear();
    this.hiddenKinds = new Set(hiddenKinds);
    if (!model.node(centre)) return [];
    this.shown.add(centre);
    return [centre, ...this.reveal(centre, model, DIRECT_LIMIT_CENTRE)];
  }

  /**
   * Draws the neighbours of `anchor` that are not drawn yet: all of them when few, else grouped
   * (a group of one is just its node). Returns the ids that became visible, group ids included.
   */
  reveal(anchor: string, model: SubgraphModel, directLimit = DIRECT_LIMIT_EXPAND): string[] {
    const hidden: Array<{ id: string; edge: SubgraphEdge; direction: 'out' | 'in' }> = [];
    const seen = new Set<string>();
    for (const edge of model.edgeList) {
      const direction = edge.source === anchor ? 'out' : edge.target === anchor ? 'in' : null;
      if (!direction) continue;
      const other = direction === 'out' ? edge.target : edge.source;
      const node = model.node(other);
      if (!node || this.shown.has(other) || seen.has(other) || this.hiddenKinds.has(node.kind)) {
        continue;
      }
      seen.add(other);
      hidden.push({ id: other, edge, direction });
    }
    if (hidden.length <= directLimit) {
      for (const { id } of hidden) this.shown.add(id);
      return hidden.map(({ id }) => id);
    }
    const groups = new Map<string, NodeGroup>();
    for (const { id, edge, direction } of hidden) {
      const kind = model.node(id)!.kind;
      const groupId = `group:${anchor}:${edge.type}:${direction}:${kind}`;
      const group = groups.get(groupId) ?? {
        id: groupId,
        anchor,
        type: edge.type,
        direction,
        kind,
        members: [],
        edge,
      };
      group.members.push(id);
      groups.set(groupId, group);
    }
    const added: string[] = [];
    for (const group of [...groups.values()].sort(compareGroups)) {
      if (group.members.length === 1) {
        this.shown.add(group.members[0]);
        added.push(group.members[0]);
      } else {
        this.groupMap.set(group.id, group);
        added.push(group.id);
      }
    }
    return added;
  }

  /** Shows the group's next page; returns the members that became visible. */
  expandGroup(groupId: string, page = GROUP_PAGE): string[] {
    const group = this.groupMap.get(groupId);
    if (!group) return [];
    const next = this.remaining(group).slice(0, page);
    for (const id of next) this.shown.add(id);
    return next;
  }

  /** Makes nodes visible (a drawn path). */
  showNodes(ids: readonly string[]): void {
    for (const id of ids) this.shown.add(id);
  }

  isShown(id: string): boolean {
    return this.shown.has(id);
  }

  group(id: string): NodeGroup | undefined {
    return this.groupMap.get(id);
  }

  remaining(group: NodeGroup): string[] {
    return group.members.filter((id) => !this.shown.has(id));
  }

  /** Every group made, in the order they were made. */
  get allGroups(): NodeGroup[] {
    return [...this.groupMap.values()];
  }

  /** Groups with members still hidden, in the order they were made. */
  get openGroups(): NodeGroup[] {
    return [...this.groupMap.values()].filter((group) => this.remaining(group).length > 0);
  }

  /** Nodes drawn, in model order. */
  visibleNodes(model: SubgraphModel): SubgraphNode[] {
    return model.nodeList.filter((node) => this.shown.has(node.id));
  }

  /** Edges whose two ends are drawn. */
  visibleEdges(model: SubgraphModel): SubgraphEdge[] {
    return model.edgeList.filter((e) => this.shown.has(e.source) && this.shown.has(e.target));
  }
}

/** Larger groups first, then by relation type and kind, so the same data always looks the same. */
function compareGroups(a: NodeGroup, b: NodeGroup): number {
  return (
    b.members.length - a.members.length ||
    a.type.localeCompare(b.type) ||
    a.direction.localeCompare(b.direction) ||
    a.kind.localeCompare(b.kind)
  );
}
