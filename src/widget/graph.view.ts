import cytoscape from 'cytoscape';
import { relationName, type WidgetLang } from './i18n';
import { CENTRE_SIZE, KIND_STYLES, NODE_SIZE } from './kind-style';
import type { SubgraphModel } from './subgraph.model';
import type { SvgEdge, SvgNode } from './svg.export';

export interface GraphViewEvents {
  tap(kind: 'node' | 'edge', id: string): void;
  doubleTap(id: string): void;
  /** Pointer over an element (position relative to the container), or off it (null). */
  hover(target: { kind: 'node' | 'edge'; id: string; x: number; y: number } | null): void;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as cytoscape.Css.NodeShape,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 10,
      color: '#1d2430',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#1d2430' } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#9aa0a8',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9aa0a8',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      color: '#4a5260',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d62728' } },
  {
    selector: 'edge.path',
    style: { width: 3.5, 'line-color': '#d62728', 'target-arrow-color': '#d62728' },
  },
  { selector: '.focused', style: { 'overlay-color': '#f5a623', 'overlay-opacity': 0.35 } },
];

/** The drawing: cytoscape (canvas) fed from the model; knows nothing about GraphQL. */
export class GraphView {
  private readonly cy: cytoscape.Core;
  private centre = '';

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (e) => events.tap('node', (e.target as cytoscape.NodeSingular).id()));
    this.cy.on('tap', 'edge', (e) => events.tap('edge', (e.target as cytoscape.EdgeSingular).id()));
    this.cy.on('dbltap', 'node', (e) =>
      events.doubleTap((e.target as cytoscape.NodeSingular).id()),
    );
    this.cy.on('mouseover', 'node, edge', (e) => {
      const target = e.target as cytoscape.SingularElementReturnValue;
      events.hover({
        kind: target.isNode() ? 'node' : 'edge',
        id: target.id(),
        x: e.renderedPosition.x,
        y: e.renderedPosition.y,
      });
    });
    this.cy.on('mouseout', 'node, edge', () => events.hover(null));
  }

  /**
   * Draws the model around `centre`. A new centre (or a view with nothing drawn) is laid out
   * afresh; nodes added to a drawn view are placed around a drawn neighbour (`anchors` first),
   * so expanding never reshuffles what the reader has already seen. `focus` zooms to elements.
   */
  render(
    model: SubgraphModel,
    centre: string,
    lang: WidgetLang,
    placement: { anchors?: ReadonlyMap<string, string>; focus?: readonly string[] } = {},
  ): void {
    const wanted = new Set([
      ...model.nodeList.map((n) => n.id),
      ...model.edgeList.map((e) => e.id),
    ]);
    const fresh = this.centre !== centre || this.cy.nodes().empty();
    this.centre = centre;
    const added: string[] = [];
    this.cy.batch(() => {
      this.cy
        .elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      for (const node of model.nodeList) {
        if (this.cy.getElementById(node.id).nonempty()) continue;
        const style = KIND_STYLES[node.kind];
        this.cy.add({
          group: 'nodes',
          data: { id: node.id, shape: style.shape, colour: style.colour, size: NODE_SIZE },
        });
        added.push(node.id);
      }
      for (const edge of model.edgeList) {
        if (this.cy.getElementById(edge.id).nonempty()) continue;
        this.cy.add({
          group: 'edges',
          data: { id: edge.id, source: edge.source, target: edge.target },
        });
      }
      this.cy.nodes().forEach((node) => {
        const isCentre = node.id() === centre;
        node.toggleClass('centre', isCentre);
        node.data('size', isCentre ? CENTRE_SIZE : NODE_SIZE);
      });
    });
    this.relabel(model, lang);
    if (fresh) this.layout(model);
    else if (added.length > 0) this.place(model, added, placement.anchors ?? new Map());
    if (placement.focus && placement.focus.length > 0) {
      const focus = new Set(placement.focus);
      const elements = this.cy.elements().filter((element) => focus.has(element.id()));
      this.cy.fit(elements, 60);
    } else if (added.length > 0 && !fresh) {
      this.cy.fit(undefined, 30);
    }
  }

  /** Rings of new nodes around their anchors, pointing away from the drawing's middle. */
  private place(model: SubgraphModel, added: string[], anchors: ReadonlyMap<string, string>): void {
    const placed = new Set(
      this.cy
        .nodes()
        .map((n) => n.id())
        .filter((id) => !added.includes(id)),
    );
    const neighbour = new Map<string, string>();
    for (const edge of model.edgeList) {
      neighbour.set(edge.source, neighbour.get(edge.source) ?? edge.target);
      neighbour.set(edge.target, neighbour.get(edge.target) ?? edge.source);
    }
    const box = this.cy
      .nodes()
      .filter((n) => placed.has(n.id()))
      .boundingBox();
    const middle = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    // In order, so a path's nodes can anchor on the one placed just before them.
    for (const id of added) {
      const anchorId = [anchors.get(id), neighbour.get(id), this.centre].find(
        (candidate) => candidate !== undefined && placed.has(candidate),
      );
      const anchor = anchorId ? this.cy.getElementById(anchorId).position() : middle;
      const siblings = added.filter((other) => (anchors.get(other) ?? '') === (anchorId ?? ''));
      const index = Math.max(0, siblings.indexOf(id));
      const away = Math.atan2(anchor.y - middle.y, anchor.x - middle.x);
      const spread = siblings.length <= 1 ? 0 : (2 * Math.PI * index) / siblings.length;
      const radius = Math.max(110, (siblings.length * (NODE_SIZE + 24)) / (2 * Math.PI));
      this.cy.getElementById(id).position({
        x: anchor.x + radius * Math.cos(away + spread),
        y: anchor.y + radius * Math.sin(away + spread),
      });
      placed.add(id);
    }
  }

  relabel(model: SubgraphModel, lang: WidgetLang): void {
    this.cy.batch(() => {
      for (const node of model.nodeList) {
        const label = lang === 'en' ? (node.labelEn ?? node.label) : node.label;
        this.cy.getElementById(node.id).data('label', label);
      }
      for (const edge of model.edgeList) {
        this.cy.getElementById(edge.id).data('label', relationName(edge.type, edge.label, lang));
      }
    });
  }

  /** Rings by distance from the centre: deterministic, so the same view always looks the same. */
  private layout(model: SubgraphModel): void {
    const distance = model.distancesFrom(this.centre);
    const far = Math.max(0, ...distance.values());
    this.cy
      .layout({
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => far - (distance.get(node.id()) ?? far),
        levelWidth: () => 1,
        minNodeSpacing: 36,
        avoidOverlap: true,
        animate: false,
        fit: true,
        padding: 30,
      })
      .run();
  }

  /** Marks a path; everything else fades. An empty list clears it. */
  highlight(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    const on = new Set([...nodeIds, ...edgeIds]);
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        const inPath = on.has(element.id());
        element.toggleClass('path', inPath);
        element.toggleClass('faded', on.size > 0 && !inPath);
      });
    });
  }

  focus(id: string | null): void {
    this.cy.elements('.focused').removeClass('focused');
    if (id) this.cy.getElementById(id).addClass('focused');
  }

  /** Where an element is drawn, relative to the container (for tooltips and tests). */
  renderedPosition(id: string): { x: number; y: number } | null {
    const element = this.cy.getElementById(id);
    if (element.empty()) return null;
    return element.isNode()
      ? element.renderedPosition()
      : (element as cytoscape.EdgeSingular).renderedMidpoint();
  }

  fit(): void {
    this.cy.resize();
    this.cy.fit(undefined, 30);
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 });
  }

  svgParts(): { nodes: SvgNode[]; edges: SvgEdge[] } {
    const nodes = this.cy.nodes().map((node) => ({
      id: node.id(),
      x: node.position('x'),
      y: node.position('y'),
      size: Number(node.data('size')),
      shape: node.data('shape') as SvgNode['shape'],
      colour: String(node.data('colour')),
      label: String(node.data('label') ?? node.id()),
      highlighted: node.hasClass('path'),
    }));
    const edges = this.cy.edges().map((edge) => ({
      source: edge.source().id(),
      target: edge.target().id(),
      label: String(edge.data('label') ?? ''),
      highlighted: edge.hasClass('path'),
    }));
    return { nodes, edges };
  }

  destroy(): void {
    this.cy.destroy();
  }
}
