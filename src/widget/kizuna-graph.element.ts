import {
  EntityDetailsDocument,
  NeighborhoodDocument,
  type RelationType,
} from '../graphql/generated/operations';
import { download, h } from './dom';
import { execute, GraphqlRequestError } from './graphql.client';
import {
  FONT_FAMILY,
  GraphView,
  type DrawEdge,
  type DrawNode,
  type PlacementBatch,
} from './graph.view';
import { errorText, kindName, parseLang, relationName, text, type WidgetLang } from './i18n';
import { CENTRE_SIZE, GROUP_SIZE, KIND_STYLES, NODE_SIZE } from './kind-style';
import { nodeLabel } from './label-text';
import { renderLegend, renderListView } from './list.view';
import { renderSources, type SourceLike } from './sources.view';
import { Scene, type NodeGroup } from './scene.model';
import { SubgraphModel, type Subgraph, type SubgraphNode } from './subgraph.model';
import { toSvg, type SvgFrame } from './svg.export';
import { WIDGET_CSS } from './widget.template';

export interface KizunaSelectDetail {
  id: string;
  kind: SubgraphNode['kind'];
  label: string;
  labelEn: string | null;
}
export interface KizunaLoadDetail {
  entity: string;
  reason: 'load' | 'expand' | 'path';
  nodes: number;
  edges: number;
  truncated: boolean;
}
export interface KizunaErrorDetail {
  message: string;
  code: string;
}

const RELOADING_ATTRIBUTES = ['endpoint', 'entity', 'depth', 'relation-types', 'as-of', 'kinds'];
const DEFAULT_HEIGHT = '480px';

/**
 * `<kizuna-graph>`: the relationship view of one entity. Attributes: endpoint, entity, depth,
 * relation-types (comma-separated), as-of (YYYY-MM-DD), kinds (comma-separated entity kinds to
 * draw; the centre always is), lang (ja|en), height. Around a hub, neighbours are drawn in
 * groups (see scene.model.ts) that open a page at a time. Fires
 * kizuna-select, kizuna-load and kizuna-error (bubbling, composed). It only sends the generated
 * GraphQL operations to `endpoint`.
 */
export class KizunaGraphElement extends HTMLElement {
  static readonly observedAttributes = [...RELOADING_ATTRIBUTES, 'lang', 'height'];
  /** Set by the bundle's entry from the script's own URL, so one tag needs no endpoint. */
  static defaultEndpoint = '/graphql';

  private readonly model = new SubgraphModel();
  private readonly scene = new Scene();
  /** Nodes whose own neighbourhood has been fetched. */
  private readonly expanded = new Set<string>();
  private readonly nodeSources = new Map<string, SourceLike[]>();
  private path = new Set<string>();
  private view: GraphView | null = null;
  private generation = 0;
  private reloadQueued = false;
  private keyboardIndex = -1;
  private centre = '';
  private readonly root: ShadowRoot;
  private readonly parts: {
    graph: HTMLDivElement;
    tooltip: HTMLDivElement;
    status: HTMLSpanElement;
    legend: HTMLUListElement;
    list: HTMLDivElement;
    summary: HTMLElement;
    empty: HTMLDivElement;
    buttons: Record<'fit' | 'png' | 'svg' | 'json', HTMLButtonElement>;
  };

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const button = (action: () => void) => h('button', { type: 'button', onclick: () => action() });
    const buttons = {
      fit: button(() => this.view?.fit()),
      png: button(() => void this.downloadPng()),
      svg: button(() => download(this.filename('svg'), new Blob([this.exportSvg()]))),
      json: button(() => download(this.filename('json'), new Blob([this.exportJson()]))),
    };
    const status = h('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const graph = h('div', {
      class: 'graph',
      tabindex: 0,
      role: 'group',
      'aria-roledescription': 'graph',
      onkeydown: (e: Event) => this.onGraphKey(e as KeyboardEvent),
      onblur: () => this.hideTooltip(),
      // Cytoscape sends no mouseout when the pointer leaves the canvas over a node.
      onmouseleave: () => this.hideTooltip(),
    });
    const empty = h('div', { class: 'empty' });
    const tooltip = h('div', { class: 'tooltip', role: 'tooltip', id: 'tooltip', hidden: true });
    const legend = h('ul', { class: 'legend', part: 'legend' });
    const summary = h('summary', {});
    const list = h('div', { class: 'list-body' });
    this.root.append(
      h('style', {}, WIDGET_CSS),
      h(
        'div',
        { class: 'widget', part: 'widget' },
        h('div', { class: 'toolbar', role: 'toolbar' }, Object.values(buttons), status),
        h('div', { class: 'stage' }, graph, empty),
        tooltip,
        legend,
        h('details', { class: 'list-view' }, summary, list),
      ),
    );
    this.parts = { graph, tooltip, status, legend, list, summary, empty, buttons };
  }

  /** `lang` is the global HTML attribute, so screen readers also pronounce the labels right. */
  private get language(): WidgetLang {
    return parseLang(this.getAttribute('lang'));
  }

  /** The current view in the API's Subgraph shape. */
  get subgraph(): Subgraph {
    return this.model.toSubgraph();
  }

  connectedCallback(): void {
    this.parts.graph.style.height = this.heightValue();
    this.view ??= new GraphView(this.parts.graph, {
      tap: (kind, id) =>
        kind === 'node'
          ? this.scene.group(id)
            ? this.expandGroup(id)
            : this.activate(id)
          : this.showSourcesAt(kind, id),
      doubleTap: (id) => {
        if (!this.scene.group(id)) this.recentre(id);
      },
      hover: (target) =>
        target ? this.showSources(target.kind, target.id, target) : this.hideTooltip(),
    });
    this.renderChrome();
    this.queueReload();
  }

  disconnectedCallback(): void {
    this.generation++;
    this.view?.destroy();
    this.view = null;
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.view) return;
    if (name === 'height') {
      this.parts.graph.style.height = this.heightValue();
      this.view.fit();
    } else if (name === 'lang') {
      // Labels change size with the language: lay the picture out again.
      this.draw({ fresh: true, batches: this.allBatches() });
      this.renderChrome();
    } else {
      this.queueReload();
    }
  }

  /** Loads the view of `entity` again (attribute changes call it once per task). */
  async reload(): Promise<void> {
    const entity = this.getAttribute('entity')?.trim() ?? '';
    const generation = ++this.generation;
    this.expanded.clear();
    this.path = new Set();
    this.centre = entity;
    this.hideTooltip();
    this.stageMessage(null);
    if (!entity) {
      this.model.reset({ nodes: [], edges: [], truncated: false });
      this.scene.reset('', this.model, new Set());
      this.renderAll({ fresh: true });
      return;
    }
    this.setStatus(text('loading', this.language));
    try {
      const data = await this.neighborhood(entity, this.depth());
      if (generation !== this.generation) return;
      this.model.reset(data);
      this.expanded.add(entity);
      const shown = this.scene.reset(entity, this.model, this.hiddenKinds());
      this.renderAll({ fresh: true, batches: [{ anchor: entity, ids: shown.slice(1) }] });
      this.announceLoad('load');
    } catch (error) {
      if (generation !== this.generation) return;
      // Nothing of the previous centre stays on the stage: the error takes its place.
      this.model.reset({ nodes: [], edges: [], truncated: false });
      this.scene.reset('', this.model, new Set());
      this.renderAll({ fresh: true });
      this.fail(error);
    }
  }

  /**
   * Adds the node's own neighbourhood (one hop, same filters) to the view: a few neighbours
   * directly, many in groups. Nodes already drawn stay where they are.
   */
  async expand(id: string): Promise<void> {
    if (this.expanded.has(id)) return;
    this.expanded.add(id);
    const generation = this.generation;
    try {
      const data = await this.neighborhood(id, 1);
      if (generation !== this.generation) return;
      this.model.merge(data);
      const shown = this.scene.reveal(id, this.model);
      this.renderAll({ fresh: false, batches: [{ anchor: id, ids: shown, from: this.centre }] });
      this.announceLoad('expand');
    } catch (error) {
      this.expanded.delete(id);
      if (generation === this.generation) this.fail(error);
    }
  }

  /** Shows the next page of a group's members ("+N more"); returns how many became visible. */
  expandGroup(groupId: string): number {
    const group = this.scene.group(groupId);
    if (!group) return 0;
    const shown = this.scene.expandGroup(groupId);
    if (shown.length === 0) return 0;
    this.renderAll({
      fresh: false,
      batches: [{ anchor: groupId, ids: shown, from: group.anchor }],
    });
    this.announceLoad('expand');
    return shown.length;
  }

  /** The groups drawn now, with their counts (hosts and tests read it). */
  get groups(): Array<{
    id: string;
    anchor: string;
    type: string;
    kind: string;
    total: number;
    hidden: number;
    label: string;
  }> {
    return this.scene.allGroups.map((group) => ({
      id: group.id,
      anchor: group.anchor,
      type: group.type,
      kind: group.kind,
      total: group.members.length,
      hidden: this.scene.remaining(group).length,
      label: this.groupLabel(group).replace('\n', ' '),
    }));
  }

  /** Ids of the nodes drawn on the canvas now (groups not included). */
  get drawnNodeIds(): string[] {
    return this.scene.visibleNodes(this.model).map((node) => node.id);
  }

  /** Label boxes of everything drawn, in viewport pixels, measured from the renderer. */
  labelBoxes(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }> {
    const host = this.parts.graph.getBoundingClientRect();
    return (this.view?.labelBoxes() ?? []).map((box) => ({
      id: box.id,
      x1: box.x1 + host.left,
      x2: box.x2 + host.left,
      y1: box.y1 + host.top,
      y2: box.y2 + host.top,
    }));
  }

  /** Makes `id` the centre: the same as setting the entity attribute. */
  recentre(id: string): void {
    this.setAttribute('entity', id);
  }

  /** Draws a path (its nodes and edges in the Subgraph shape) and marks it; empty clears it. */
  showPath(path: Subgraph): void {
    this.model.merge({ ...path, truncated: false });
    this.path = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
    this.scene.showNodes(path.nodes.map((n) => n.id));
    // Each path node hangs off the one before it, so the path reads as a chain.
    const batches = path.nodes.slice(1).map((node, i) => ({
      anchor: path.nodes[i].id,
      ids: [node.id],
      from: path.nodes[i - 1]?.id,
    }));
    this.renderAll({ fresh: false, batches, focus: [...this.path] });
    this.announceLoad('path');
  }

  exportJson(): string {
    return JSON.stringify(this.model.toSubgraph(), null, 2);
  }

  exportSvg(): string {
    const { nodes, edges } = this.view?.svgParts() ?? { nodes: [], edges: [] };
    return toSvg(nodes, edges, this.frame());
  }

  /** The canvas picture framed like the SVG: title above, legend and source line below. */
  async exportPng(): Promise<Blob> {
    if (!this.view) throw new Error('the widget is not in a page');
    const picture = await createImageBitmap(await this.view.png());
    const frame = this.frame();
    const scale = 2;
    const header = 40 * scale;
    const rowHeight = 20 * scale;
    const rows = Math.ceil(frame.legend.length / 4);
    const width = Math.max(picture.width, 900 * scale);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = header + picture.height + rows * rowHeight + 30 * scale;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#1d2430';
    g.font = `700 ${16 * scale}px ${FONT_FAMILY}`;
    g.fillText(frame.title, 12 * scale, 26 * scale);
    g.drawImage(picture, Math.round((width - picture.width) / 2), header);
    g.font = `${11 * scale}px ${FONT_FAMILY}`;
    frame.legend.forEach((entry, i) => {
      const x = 12 * scale + (i % 4) * ((width - 24 * scale) / 4);
      const y = header + picture.height + Math.floor(i / 4) * rowHeight + 4 * scale;
      g.fillStyle = entry.colour;
      g.fillRect(x, y, 12 * scale, 12 * scale);
      g.fillStyle = '#1d2430';
      g.fillText(entry.name, x + 16 * scale, y + 10 * scale);
    });
    g.fillStyle = '#4a5260';
    g.font = `${10 * scale}px ${FONT_FAMILY}`;
    g.fillText(frame.sourceLine, 12 * scale, canvas.height - 10 * scale);
    return new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  }

  /** Title, legend and source line shared by the PNG and SVG exports. */
  private frame(): SvgFrame {
    const lang = this.language;
    const kinds = [...new Set(this.scene.visibleNodes(this.model).map((node) => node.kind))];
    const documents = new Set<string>();
    for (const edge of this.scene.visibleEdges(this.model)) {
      for (const source of edge.sources) {
        documents.add((lang === 'en' ? source.document.nameEn : null) ?? source.document.nameJa);
      }
    }
    const names = [...documents];
    const listed = names.slice(0, 3).join(lang === 'ja' ? '、' : '; ');
    const more = names.length > 3 ? text('andMore', lang, { count: String(names.length - 3) }) : '';
    return {
      title: `Kizuna: ${this.centreLabel()}${this.getAttribute('as-of') ? ` (${this.getAttribute('as-of')})` : ''}`,
      legend: kinds.map((kind) => ({ ...KIND_STYLES[kind], name: kindName(kind, lang) })),
      sourceLine: `${text('sourceLine', lang)}: ${listed}${more} — Kizuna ${new URL(this.endpoint(), location.href).origin}`,
    };
  }

  /** Where a node or edge is drawn, in viewport coordinates (hosts use it to point at things). */
  clientPosition(id: string): { x: number; y: number } | null {
    const position = this.view?.renderedPosition(id);
    if (!position) return null;
    const box = this.parts.graph.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }

  private queueReload(): void {
    if (this.reloadQueued) return;
    this.reloadQueued = true;
    queueMicrotask(() => {
      this.reloadQueued = false;
      void this.reload();
    });
  }

  private async neighborhood(id: string, depth: number): Promise<Subgraph> {
    const types = (this.getAttribute('relation-types') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const data = await execute(this.endpoint(), NeighborhoodDocument, {
      id,
      depth,
      // The page's attribute text; the server refuses a name that is not a RelationType.
      relationTypes: types.length > 0 ? (types as RelationType[]) : null,
      asOf: this.getAttribute('as-of') || null,
    });
    return data.neighborhood;
  }

  private activate(id: string): void {
    const node = this.model.node(id);
    if (!node) return;
    const detail: KizunaSelectDetail = {
      id,
      kind: node.kind,
      label: node.label,
      labelEn: node.labelEn ?? null,
    };
    this.dispatchEvent(new CustomEvent('kizuna-select', { detail, bubbles: true, composed: true }));
    void this.expand(id);
  }

  private onGraphKey(event: KeyboardEvent): void {
    const nodes = this.model.nodeList;
    if (nodes.length === 0) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      this.keyboardIndex = (this.keyboardIndex + step + nodes.length) % nodes.length;
      this.showSourcesAt('node', nodes[this.keyboardIndex].id);
    } else if (event.key === 'Enter' && this.keyboardIndex >= 0) {
      event.preventDefault();
      const id = nodes[this.keyboardIndex].id;
      if (event.shiftKey) this.recentre(id);
      else this.activate(id);
    } else if (event.key === 'Escape') {
      this.hideTooltip();
    }
  }

  /** Sources next to an element drawn on the canvas. */
  private showSourcesAt(kind: 'node' | 'edge', id: string): void {
    this.view?.focus(id);
    const position = this.view?.renderedPosition(id) ?? { x: 8, y: 8 };
    this.showSources(kind, id, position);
  }

  private showSources(kind: 'node' | 'edge', id: string, at: { x: number; y: number }): void {
    const tooltip = this.parts.tooltip;
    const stageTop = this.parts.graph.offsetTop;
    tooltip.style.left = `${Math.max(4, Math.min(at.x + 12, this.parts.graph.clientWidth - 260))}px`;
    tooltip.style.top = `${stageTop + at.y + 12}px`;
    this.fillTooltip(kind, id);
  }

  private fillTooltip(kind: 'node' | 'edge', id: string): void {
    const lang = this.language;
    const tooltip = this.parts.tooltip;
    tooltip.dataset.for = id;
    const group = this.scene.group(id);
    if (group || id.startsWith('group:')) {
      tooltip.replaceChildren(
        h(
          'p',
          { class: 'group-help' },
          group ? `${this.groupLabel(group).replace('\n', ' ')} — ${text('groupHelp', lang)}` : '',
        ),
      );
      tooltip.hidden = false;
      return;
    }
    if (kind === 'edge') {
      const edge = this.model.edge(id);
      if (!edge) {
        tooltip.hidden = true;
        return;
      }
      const heading = `${this.name(edge.source)} → ${relationName(edge.type, edge.label, lang)} → ${this.name(edge.target)}`;
      tooltip.replaceChildren(renderSources(heading, edge.sources, lang));
    } else {
      const cached = this.nodeSources.get(id);
      tooltip.replaceChildren(
        cached
          ? renderSources(this.name(id), cached, lang)
          : h('p', {}, `${this.name(id)}: ${text('loading', lang)}`),
      );
      if (!cached) void this.loadNodeSources(id);
    }
    tooltip.hidden = false;
    this.parts.graph.setAttribute('aria-describedby', 'tooltip');
  }

  private async loadNodeSources(id: string): Promise<void> {
    try {
      const data = await execute(this.endpoint(), EntityDetailsDocument, { id, first: 1 });
      this.nodeSources.set(id, data.entity?.sources ?? []);
      if (this.parts.tooltip.dataset.for === id && !this.parts.tooltip.hidden) {
        this.fillTooltip('node', id);
      }
    } catch (error) {
      this.fail(error);
    }
  }

  private hideTooltip(): void {
    this.parts.tooltip.hidden = true;
    this.parts.graph.removeAttribute('aria-describedby');
    this.view?.focus(null);
  }

  private renderAll(hints: Parameters<GraphView['render']>[3]): void {
    // Whatever a tooltip pointed at may have moved or gone.
    this.hideTooltip();
    this.draw(hints);
    this.view?.highlight(
      this.model.nodeList.filter((n) => this.path.has(n.id)).map((n) => n.id),
      this.model.edgeList.filter((e) => this.path.has(e.id)).map((e) => e.id),
    );
    this.keyboardIndex = -1;
    this.renderChrome();
  }

  /** The scene (visible nodes, groups and their edges) handed to the view. */
  private draw(hints: Parameters<GraphView['render']>[3]): void {
    const lang = this.language;
    const nodes: DrawNode[] = this.scene.visibleNodes(this.model).map((node) => ({
      id: node.id,
      label: nodeLabel(this.name(node.id)),
      name: this.name(node.id),
      shape: KIND_STYLES[node.kind].shape,
      colour: KIND_STYLES[node.kind].colour,
      size: node.id === this.centre ? CENTRE_SIZE : NODE_SIZE,
      centre: node.id === this.centre,
    }));
    const edges: DrawEdge[] = this.scene.visibleEdges(this.model).map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: relationName(edge.type, edge.label, lang),
    }));
    for (const group of this.scene.allGroups) {
      if (!this.scene.isShown(group.anchor)) continue;
      nodes.push({
        id: group.id,
        label: this.groupLabel(group),
        name: this.groupLabel(group).replace('\n', ' '),
        shape: KIND_STYLES[group.kind].shape,
        colour: KIND_STYLES[group.kind].colour,
        size: GROUP_SIZE,
        group: true,
      });
      edges.push({
        id: `${group.id}:edge`,
        source: group.direction === 'out' ? group.anchor : group.id,
        target: group.direction === 'out' ? group.id : group.anchor,
        label: '',
        group: true,
      });
    }
    this.view?.render(nodes, edges, this.centre, hints);
  }

  /** "参加 · 53 枠組み" and, while members are hidden, "+45 more" under it. */
  private groupLabel(group: NodeGroup): string {
    const lang = this.language;
    const relation = relationName(group.type, group.edge.label.replace(/ \(.*\)$/, ''), lang);
    const head = `${relation} · ${group.members.length} ${kindName(group.kind, lang)}`;
    const hidden = this.scene.remaining(group).length;
    return hidden > 0 ? `${head}\n${text('more', lang, { count: String(hidden) })}` : head;
  }

  /** Every batch that makes up the current picture, for a full re-layout (language switch). */
  private allBatches(): PlacementBatch[] {
    const batches: PlacementBatch[] = [];
    const drawn = new Set<string>([this.centre]);
    const visible = this.scene.visibleNodes(this.model).map((n) => n.id);
    const groups = this.scene.allGroups;
    // Breadth-first from the centre: each node or group hangs off what brought it in.
    let frontier = [this.centre];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const anchor of frontier) {
        const ids: string[] = [];
        for (const group of groups) {
          if (group.anchor === anchor && !drawn.has(group.id)) ids.push(group.id);
          if (group.id === anchor) {
            ids.push(...group.members.filter((m) => visible.includes(m) && !drawn.has(m)));
          }
        }
        for (const edge of this.scene.visibleEdges(this.model)) {
          const other =
            edge.source === anchor ? edge.target : edge.target === anchor ? edge.source : null;
          if (other && !drawn.has(other) && !ids.includes(other) && !this.inGroup(other, groups)) {
            ids.push(other);
          }
        }
        for (const id of ids) drawn.add(id);
        if (ids.length > 0) batches.push({ anchor, ids });
        next.push(...ids);
      }
      frontier = next;
    }
    return batches;
  }

  private inGroup(id: string, groups: readonly NodeGroup[]): boolean {
    return groups.some((group) => group.members.includes(id) && this.scene.isShown(group.id));
  }

  private hiddenKinds(): Set<string> {
    const kinds = (this.getAttribute('kinds') ?? '')
      .split(',')
      .map((k) => k.trim().toUpperCase())
      .filter((k) => k !== '');
    if (kinds.length === 0) return new Set();
    return new Set(Object.keys(KIND_STYLES).filter((kind) => !kinds.includes(kind)));
  }

  /** A message across the stage (errors, empty views); null clears it. */
  private stageMessage(message: string | null): void {
    this.parts.empty.textContent = message ?? '';
    this.parts.empty.classList.toggle('error', message !== null);
  }

  /** Everything but the canvas: toolbar labels, legend, list view, summary for screen readers. */
  private renderChrome(): void {
    const lang = this.language;
    const { buttons } = this.parts;
    buttons.fit.textContent = text('fit', lang);
    buttons.png.textContent = text('exportPng', lang);
    buttons.svg.textContent = text('exportSvg', lang);
    buttons.json.textContent = text('exportJson', lang);
    const nodes = this.model.nodeList.length;
    const edges = this.model.edgeList.length;
    this.parts.graph.setAttribute(
      'aria-label',
      `${text('graphLabel', lang, {
        centre: this.centreLabel(),
        nodes: String(nodes),
        edges: String(edges),
      })} ${text('keys', lang)}`,
    );
    if (!this.parts.empty.classList.contains('error')) {
      this.parts.empty.textContent = nodes === 0 && !this.centre ? text('empty', lang) : '';
    }
    this.parts.legend.setAttribute('aria-label', text('legend', lang));
    this.parts.legend.replaceChildren(...renderLegend(this.model, lang));
    this.parts.summary.textContent = `${text('list', lang)} (${nodes} / ${edges})`;
    this.parts.list.replaceChildren(
      ...renderListView(this.model, lang, this.path, {
        activate: (id) => this.activate(id),
        centre: (id) => this.recentre(id),
        focus: (kind, id, anchor) => {
          const box = anchor.getBoundingClientRect();
          const host = this.parts.graph.getBoundingClientRect();
          this.showSources(kind, id, { x: box.left - host.left, y: box.bottom - host.top });
        },
        blur: () => this.hideTooltip(),
      }),
    );
  }

  private announceLoad(reason: KizunaLoadDetail['reason']): void {
    const { nodes, edges, truncated } = this.model.toSubgraph();
    const detail: KizunaLoadDetail = {
      entity: this.centre,
      reason,
      nodes: nodes.length,
      edges: edges.length,
      truncated,
    };
    const summary = `${this.centreLabel()}: ${nodes.length} / ${edges.length}`;
    this.setStatus(truncated ? `${summary} — ${text('truncated', this.language)}` : summary);
    this.dispatchEvent(new CustomEvent('kizuna-load', { detail, bubbles: true, composed: true }));
  }

  private fail(error: unknown): void {
    const detail: KizunaErrorDetail =
      error instanceof GraphqlRequestError
        ? { message: error.message, code: error.code }
        : { message: error instanceof Error ? error.message : String(error), code: 'WIDGET_ERROR' };
    const help = errorText(detail.code, this.language, {
      entity: this.centre,
      endpoint: this.endpoint(),
      origin: location.origin,
    });
    this.setStatus(help.split('\n')[0], true);
    if (this.model.nodeList.length === 0 || detail.code === 'NOT_FOUND') this.stageMessage(help);
    this.dispatchEvent(new CustomEvent('kizuna-error', { detail, bubbles: true, composed: true }));
  }

  private setStatus(message: string, isError = false): void {
    this.parts.status.textContent = message;
    this.parts.status.classList.toggle('error', isError);
  }

  private async downloadPng(): Promise<void> {
    try {
      download(this.filename('png'), await this.exportPng());
    } catch (error) {
      this.fail(error);
    }
  }

  private name(id: string): string {
    const node = this.model.node(id);
    if (!node) return id;
    return this.language === 'en' ? (node.labelEn ?? node.label) : node.label;
  }

  private centreLabel(): string {
    return this.centre ? this.name(this.centre) : '';
  }

  private filename(extension: string): string {
    return `kizuna-${this.centre || 'graph'}.${extension}`;
  }

  private endpoint(): string {
    return this.getAttribute('endpoint') || KizunaGraphElement.defaultEndpoint;
  }

  private depth(): number {
    const depth = Number(this.getAttribute('depth') ?? '1');
    return Number.isInteger(depth) && depth >= 1 ? depth : 1;
  }

  private heightValue(): string {
    const height = this.getAttribute('height')?.trim();
    if (!height) return DEFAULT_HEIGHT;
    return /^\d+$/.test(height) ? `${height}px` : height;
  }
}
