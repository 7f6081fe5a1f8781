import { EntityDetailsDocument, NeighborhoodDocument } from '../graphql/generated/operations';
import { download, h } from './dom';
import { execute, GraphqlRequestError } from './graphql.client';
import { GraphView } from './graph.view';
import { parseLang, relationName, text, type WidgetLang } from './i18n';
import { renderLegend, renderListView } from './list.view';
import { renderSources, type SourceLike } from './sources.view';
import { SubgraphModel, type Subgraph, type SubgraphNode } from './subgraph.model';
import { toSvg } from './svg.export';
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

const RELOADING_ATTRIBUTES = ['endpoint', 'entity', 'depth', 'relation-types', 'as-of'];
const DEFAULT_HEIGHT = '480px';

/**
 * `<kizuna-graph>`: the relationship view of one entity. Attributes: endpoint, entity, depth,
 * relation-types (comma-separated), as-of (YYYY-MM-DD), lang (ja|en), height. Fires
 * kizuna-select, kizuna-load and kizuna-error (bubbling, composed). It only sends the generated
 * GraphQL operations to `endpoint`.
 */
export class KizunaGraphElement extends HTMLElement {
  static readonly observedAttributes = [...RELOADING_ATTRIBUTES, 'lang', 'height'];
  /** Set by the bundle's entry from the script's own URL, so one tag needs no endpoint. */
  static defaultEndpoint = '/graphql';

  private readonly model = new SubgraphModel();
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
      tap: (kind, id) => (kind === 'node' ? this.activate(id) : this.showSourcesAt(kind, id)),
      doubleTap: (id) => this.recentre(id),
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
      this.view.relabel(this.model, this.language);
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
    if (!entity) {
      this.model.reset({ nodes: [], edges: [], truncated: false });
      this.renderAll();
      return;
    }
    this.setStatus(text('loading', this.language));
    try {
      const data = await this.neighborhood(entity, this.depth());
      if (generation !== this.generation) return;
      this.model.reset(data);
      this.expanded.add(entity);
      this.renderAll();
      this.announceLoad('load');
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    }
  }

  /** Adds the node's own neighbourhood (one hop, same filters) to the view. */
  async expand(id: string): Promise<void> {
    if (this.expanded.has(id)) return;
    this.expanded.add(id);
    const generation = this.generation;
    try {
      const data = await this.neighborhood(id, 1);
      if (generation !== this.generation) return;
      const added = this.model.merge(data);
      const anchors = new Map(added.nodes.map((node) => [node, id]));
      if (added.nodes.length + added.edges.length > 0) this.renderAll({ anchors });
      this.announceLoad('expand');
    } catch (error) {
      this.expanded.delete(id);
      if (generation === this.generation) this.fail(error);
    }
  }

  /** Makes `id` the centre: the same as setting the entity attribute. */
  recentre(id: string): void {
    this.setAttribute('entity', id);
  }

  /** Draws a path (its nodes and edges in the Subgraph shape) and marks it; empty clears it. */
  showPath(path: Subgraph): void {
    this.model.merge({ ...path, truncated: false });
    this.path = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
    // Each path node hangs off the one before it, so the path reads as a chain.
    const anchors = new Map(path.nodes.slice(1).map((node, i) => [node.id, path.nodes[i].id]));
    this.renderAll({ anchors, focus: [...this.path] });
    this.announceLoad('path');
  }

  exportJson(): string {
    return JSON.stringify(this.model.toSubgraph(), null, 2);
  }

  exportSvg(): string {
    const { nodes, edges } = this.view?.svgParts() ?? { nodes: [], edges: [] };
    return toSvg(nodes, edges, `Kizuna: ${this.centreLabel()}`);
  }

  exportPng(): Promise<Blob> {
    if (!this.view) return Promise.reject(new Error('the widget is not in a page'));
    return this.view.png();
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
      relationTypes: types.length > 0 ? types : null,
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
    if (kind === 'edge') {
      const edge = this.model.edge(id);
      if (!edge) return;
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

  private renderAll(placement?: Parameters<GraphView['render']>[3]): void {
    this.view?.render(this.model, this.centre, this.language, placement);
    this.view?.highlight(
      this.model.nodeList.filter((n) => this.path.has(n.id)).map((n) => n.id),
      this.model.edgeList.filter((e) => this.path.has(e.id)).map((e) => e.id),
    );
    this.keyboardIndex = -1;
    this.renderChrome();
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
    this.parts.empty.textContent = nodes === 0 && !this.centre ? text('empty', lang) : '';
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
    this.setStatus(detail.message, true);
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
