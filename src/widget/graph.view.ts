import cytoscape from 'cytoscape';
import { Placement, type Box } from './placement';
import type { SvgEdge, SvgNode } from './svg.export';
import type { NodeShape } from './kind-style';

export interface GraphViewEvents {
  tap(kind: 'node' | 'edge', id: string): void;
  doubleTap(id: string): void;
  /** Pointer over an element (position relative to the container), or off it (null). */
  hover(target: { kind: 'node' | 'edge'; id: string; x: number; y: number } | null): void;
}

/** What to draw: the element decides it (scene), the view only draws and places. */
export interface DrawNode {
  id: string;
  /** The label as drawn (already wrapped with \n). */
  label: string;
  /** The full name (SVG title, accessible name). */
  name: string;
  shape: NodeShape;
  colour: string;
  size: number;
  centre?: boolean;
  group?: boolean;
}
export interface DrawEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  group?: boolean;
}
/** New items placed around `anchor`, which faces away from `from` (or from the middle). */
export interface PlacementBatch {
  anchor: string;
  ids: readonly string[];
  from?: string;
}

export const FONT_FAMILY = "system-ui, 'Noto Sans JP', 'IPAGothic', sans-serif";
/** Edge labels appear when the zoom makes them at least this many pixels high, or on hover. */
const EDGE_LABEL_MIN_PX = 12;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as cytoscape.Css.NodeShape,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': FONT_FAMILY,
      'font-size': 11,
      color: '#1d2430',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '600px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#1d2430' } },
  {
    selector: 'node.group',
    style: {
      'background-opacity': 0.25,
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': 'data(colour)',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#9aa0a8',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9aa0a8',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-family': FONT_FAMILY,
      'font-size': 9,
      'min-zoomed-font-size': EDGE_LABEL_MIN_PX,
      color: '#4a5260',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
    },
  },
  { selector: 'edge.group', style: { 'line-style': 'dashed', label: '' } },
  { selector: 'edge.hovered', style: { 'min-zoomed-font-size': 0, 'font-size': 11, 'z-index': 9 } },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d62728' } },
  {
    selector: 'edge.path',
    style: { width: 3.5, 'line-color': '#d62728', 'target-arrow-color': '#d62728' },
  },
  { selector: '.focused', style: { 'overlay-color': '#f5a623', 'overlay-opacity': 0.35 } },
];

/** The drawing: cytoscape (canvas) fed with what to draw; knows nothing about GraphQL. */
export class GraphView {
  private readonly cy: cytoscape.Core;
  private readonly placement = new Placement();

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on('tap', 'node', (e) => events.tap('node', (e.target as cytoscape.NodeSingular).id()));
    this.cy.on('tap', 'edge', (e) => events.tap('edge', (e.target as cytoscape.EdgeSingular).id()));
    this.cy.on('dbltap', 'node', (e) =>
      events.doubleTap((e.target as cytoscape.NodeSingular).id()),
    );
    this.cy.on('mouseover', 'node, edge', (e) => {
      const target = e.target as cytoscape.SingularElementReturnValue;
      if (target.isEdge()) target.addClass('hovered');
      events.hover({
        kind: target.isNode() ? 'node' : 'edge',
        id: target.id(),
        x: e.renderedPosition.x,
        y: e.renderedPosition.y,
      });
    });
    this.cy.on('mouseout', 'node, edge', (e) => {
      (e.target as cytoscape.SingularElementReturnValue).removeClass('hovered');
      events.hover(null);
    });
  }

  /**
   * Draws exactly `nodes` and `edges`. A fresh view pins `centre` at the origin; new items go
   * around their batch's anchor (see placement.ts); nodes already drawn never move, unless
   * `fresh` asks for the whole picture again. `focus` zooms to elements.
   */
  render(
    nodes: readonly DrawNode[],
    edges: readonly DrawEdge[],
    centre: string,
    hints: { fresh: boolean; batches?: readonly PlacementBatch[]; focus?: readonly string[] },
  ): void {
    const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    if (hints.fresh) this.placement.clear();
    this.cy.batch(() => {
      this.cy
        .elements()
        .filter((element) => !wanted.has(element.id()))
        .forEach((element) => {
          this.placement.remove(element.id());
          element.remove();
        });
      for (const node of nodes) {
        const data = {
          id: node.id,
          label: node.label,
          name: node.name,
          shape: node.shape,
          colour: node.colour,
          size: node.size,
        };
        const existing = this.cy.getElementById(node.id);
        if (existing.nonempty()) existing.data(data);
        else this.cy.add({ group: 'nodes', data });
        const element = this.cy.getElementById(node.id);
        element.toggleClass('centre', node.centre === true);
        element.toggleClass('group', node.group === true);
      }
      for (const edge of edges) {
        const existing = this.cy.getElementById(edge.id);
        if (existing.nonempty()) {
          existing.data('label', edge.label);
          continue;
        }
        this.cy.add({
          group: 'edges',
          data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label },
          classes: edge.group ? 'group' : '',
        });
      }
    });
    this.place(centre, edges, hints.batches ?? [], hints.fresh);
    if (hints.focus && hints.focus.length > 0) {
      const focus = new Set(hints.focus);
      this.cy.fit(
        this.cy.elements().filter((element) => focus.has(element.id())),
        60,
      );
    } else {
      this.cy.fit(undefined, 30);
    }
  }

  private place(
    centre: string,
    edges: readonly DrawEdge[],
    batches: readonly PlacementBatch[],
    fresh: boolean,
  ): void {
    const size = (id: string): Box => {
      const node = this.cy.getElementById(id);
      const at = node.position();
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      return { x1: box.x1 - at.x, y1: box.y1 - at.y, x2: box.x2 - at.x, y2: box.y2 - at.y };
    };
    // Labels of drawn nodes may have changed (group counts): their boxes follow.
    this.cy.nodes().forEach((node) => {
      if (this.placement.has(node.id())) this.placement.resize(node.id(), size(node.id()));
    });
    if (!this.placement.has(centre) && this.cy.getElementById(centre).nonempty()) {
      this.placement.pin(centre, 0, 0, size(centre));
    }
    for (const batch of batches) {
      const items = batch.ids
        .filter((id) => !this.placement.has(id) && this.cy.getElementById(id).nonempty())
        .map((id) => ({ id, size: size(id) }));
      if (items.length === 0) continue;
      if (fresh && batch.anchor === centre) {
        this.placement.placeAround(batch.anchor, items, -Math.PI / 2, 2 * Math.PI);
      } else {
        this.placement.placeAround(batch.anchor, items, this.facing(batch) - Math.PI / 2, Math.PI);
      }
    }
    // Anything still unplaced hangs off its first placed neighbour.
    this.cy.nodes().forEach((node) => {
      if (this.placement.has(node.id())) return;
      const neighbour = edges
        .filter((e) => e.source === node.id() || e.target === node.id())
        .map((e) => (e.source === node.id() ? e.target : e.source))
        .find((id) => this.placement.has(id));
      const anchor = neighbour ?? centre;
      const origin = this.placement.position(anchor) ?? { x: 0, y: 0 };
      this.placement.placeNear(
        node.id(),
        origin,
        this.placement.outwardAngle(anchor),
        90,
        size(node.id()),
      );
    });
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const at = this.placement.position(node.id());
        if (at) node.position(at);
      });
    });
  }

  /** The direction a batch opens to: away from `from`, or away from the drawing's middle. */
  private facing(batch: PlacementBatch): number {
    const at = this.placement.position(batch.anchor);
    const from = batch.from ? this.placement.position(batch.from) : undefined;
    if (at && from && Math.hypot(at.x - from.x, at.y - from.y) > 1) {
      return Math.atan2(at.y - from.y, at.x - from.x);
    }
    return this.placement.outwardAngle(batch.anchor);
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
    this.cy.elements('.hovered').removeClass('hovered');
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

  /** Each drawn node's label box in container pixels, as the renderer lays the text out. */
  labelBoxes(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }> {
    return this.cy.nodes().map((node) => {
      const box = node.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
        includeUnderlays: false,
      });
      return { id: node.id(), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
    });
  }

  fit(): void {
    this.cy.resize();
    this.cy.fit(undefined, 30);
  }

  /** The whole drawing as a PNG (model extent, twice the pixels of the screen). */
  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 });
  }

  svgParts(): { nodes: SvgNode[]; edges: SvgEdge[] } {
    const nodes = this.cy.nodes().map((node) => {
      const label = node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
        includeUnderlays: false,
      });
      return {
        id: node.id(),
        x: node.position('x'),
        y: node.position('y'),
        size: Number(node.data('size')),
        shape: node.data('shape') as SvgNode['shape'],
        colour: String(node.data('colour')),
        label: String(node.data('label') ?? node.id()),
        name: String(node.data('name') ?? node.id()),
        labelBox: { x1: label.x1, y1: label.y1, x2: label.x2, y2: label.y2 },
        highlighted: node.hasClass('path'),
        group: node.hasClass('group'),
      };
    });
    const edges = this.cy.edges().map((edge) => {
      let control: { x: number; y: number } | null = null;
      try {
        const points = edge.controlPoints();
        control = points && points.length > 0 ? points[0] : null;
      } catch {
        control = null;
      }
      return {
        source: edge.source().id(),
        target: edge.target().id(),
        label: String(edge.data('label') ?? ''),
        highlighted: edge.hasClass('path'),
        group: edge.hasClass('group'),
        start: edge.sourceEndpoint(),
        end: edge.targetEndpoint(),
        control,
        middle: edge.midpoint(),
      };
    });
    return { nodes, edges };
  }

  destroy(): void {
    this.cy.destroy();
  }
}
