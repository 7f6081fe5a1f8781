import type { NeighborhoodQuery } from '../graphql/generated/operations';

/** The API's `Subgraph` as the Neighborhood operation selects it: the widget's data and export. */
export type Subgraph = NeighborhoodQuery['neighborhood'];
export type SubgraphNode = Subgraph['nodes'][number];
export type SubgraphEdge = Subgraph['edges'][number];

/**
 * What the widget shows: the union of the subgraphs it has loaded, in the order the API gave
 * them, so that an unexpanded view exports exactly what `neighborhood` returned.
 */
export class SubgraphModel {
  private readonly nodes = new Map<string, SubgraphNode>();
  private readonly edges = new Map<string, SubgraphEdge>();
  private truncated = false;

  reset(subgraph: Subgraph): void {
    this.nodes.clear();
    this.edges.clear();
    this.truncated = false;
    this.merge(subgraph);
  }

  /** Adds what is new; returns the ids added. */
  merge(subgraph: Subgraph): { nodes: string[]; edges: string[] } {
    const added = { nodes: [] as string[], edges: [] as string[] };
    for (const node of subgraph.nodes) {
      if (!this.nodes.has(node.id)) {
        this.nodes.set(node.id, node);
        added.nodes.push(node.id);
      }
    }
    for (const edge of subgraph.edges) {
      if (!this.edges.has(edge.id)) {
        this.edges.set(edge.id, edge);
        added.edges.push(edge.id);
      }
    }
    this.truncated ||= subgraph.truncated;
    return added;
  }

  node(id: string): SubgraphNode | undefined {
    return this.nodes.get(id);
  }

  edge(id: string): SubgraphEdge | undefined {
    return this.edges.get(id);
  }

  get nodeList(): SubgraphNode[] {
    return [...this.nodes.values()];
  }

  get edgeList(): SubgraphEdge[] {
    return [...this.edges.values()];
  }

  toSubgraph(): Subgraph {
    return { nodes: this.nodeList, edges: this.edgeList, truncated: this.truncated };
  }

  /** Hops from the centre, ignoring direction; nodes not connected to it get the largest + 1. */
  distancesFrom(centre: string): Map<string, number> {
    const adjacency = new Map<string, string[]>();
    for (const edge of this.edges.values()) {
      adjacency.set(edge.source, [...(adjacency.get(edge.source) ?? []), edge.target]);
      adjacency.set(edge.target, [...(adjacency.get(edge.target) ?? []), edge.source]);
    }
    const distance = new Map<string, number>([[centre, 0]]);
    let frontier = [centre];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of adjacency.get(id) ?? []) {
          if (!distance.has(other)) {
            distance.set(other, (distance.get(id) ?? 0) + 1);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    const far = Math.max(0, ...distance.values()) + 1;
    for (const id of this.nodes.keys()) if (!distance.has(id)) distance.set(id, far);
    return distance;
  }
}
