import { h } from './dom';
import { kindName, relationName, text, type WidgetLang } from './i18n';
import { KIND_STYLES } from './kind-style';
import type { SubgraphModel } from './subgraph.model';

export interface ListViewEvents {
  activate(id: string): void;
  centre(id: string): void;
  focus(kind: 'node' | 'edge', id: string, anchor: HTMLElement): void;
  blur(): void;
}

/**
 * The same nodes and edges as the drawing, as lists a screen reader reads and a keyboard walks:
 * each node is a button (Enter expands it) with a Centre button; each edge is focusable and its
 * sources show on focus.
 */
export function renderListView(
  model: SubgraphModel,
  lang: WidgetLang,
  path: ReadonlySet<string>,
  events: ListViewEvents,
): HTMLElement[] {
  const name = (id: string): string => {
    const node = model.node(id);
    if (!node) return id;
    return lang === 'en' ? (node.labelEn ?? node.label) : node.label;
  };
  const pathMark = (id: string) =>
    path.has(id) ? h('span', { class: 'on-path' }, ` (${text('onPath', lang)})`) : null;
  const nodes = h(
    'ul',
    { class: 'node-list' },
    model.nodeList.map((node) =>
      h(
        'li',
        { 'data-node-id': node.id, 'data-kind': node.kind },
        h(
          'button',
          {
            type: 'button',
            class: 'node-button',
            onclick: () => events.activate(node.id),
            onfocus: (e: Event) => events.focus('node', node.id, e.currentTarget as HTMLElement),
            onblur: () => events.blur(),
          },
          h('span', { class: 'node-name' }, name(node.id)),
          ' ',
          h('span', { class: 'kind' }, `(${kindName(node.kind, lang)})`),
        ),
        ' ',
        h(
          'button',
          {
            type: 'button',
            class: 'centre-button',
            'aria-label': `${text('centre', lang)}: ${name(node.id)}`,
            onclick: () => events.centre(node.id),
          },
          text('centre', lang),
        ),
        pathMark(node.id),
      ),
    ),
  );
  const edges = h(
    'ul',
    { class: 'edge-list' },
    model.edgeList.map((edge) =>
      h(
        'li',
        {
          tabindex: 0,
          'data-edge-id': edge.id,
          'data-type': edge.type,
          onfocus: (e: Event) => events.focus('edge', edge.id, e.currentTarget as HTMLElement),
          onblur: () => events.blur(),
        },
        `${name(edge.source)} → ${relationName(edge.type, edge.label, lang)} → ${name(edge.target)}`,
        pathMark(edge.id),
      ),
    ),
  );
  return [
    h('h3', {}, `${text('nodes', lang)} (${model.nodeList.length})`),
    nodes,
    h('h3', {}, `${text('relations', lang)} (${model.edgeList.length})`),
    edges,
  ];
}

/** One entry per kind in view: its shape and colour, drawn small in SVG, and its name. */
export function renderLegend(model: SubgraphModel, lang: WidgetLang): HTMLElement[] {
  const kinds = [...new Set(model.nodeList.map((node) => node.kind))];
  return kinds.map((kind) => {
    const swatch = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    swatch.setAttribute('width', '14');
    swatch.setAttribute('height', '14');
    swatch.setAttribute('viewBox', '-8 -8 16 16');
    swatch.setAttribute('aria-hidden', 'true');
    swatch.innerHTML = legendShape(KIND_STYLES[kind].shape, KIND_STYLES[kind].colour);
    return h('li', { 'data-kind': kind }, swatch, kindName(kind, lang));
  });
}

function legendShape(shape: string, colour: string): string {
  const fill = `fill="${colour}"`;
  switch (shape) {
    case 'ellipse':
      return `<circle r="7" ${fill}/>`;
    case 'rectangle':
      return `<rect x="-7" y="-7" width="14" height="14" ${fill}/>`;
    case 'round-rectangle':
      return `<rect x="-7" y="-7" width="14" height="14" rx="3" ${fill}/>`;
    case 'diamond':
      return `<polygon points="0,-7 7,0 0,7 -7,0" ${fill}/>`;
    case 'triangle':
      return `<polygon points="0,-7 7,6 -7,6" ${fill}/>`;
    case 'star':
      return `<polygon points="0,-7 2,-2 7,-2 3,1 4,7 0,3 -4,7 -3,1 -7,-2 -2,-2" ${fill}/>`;
    default:
      return `<polygon points="${polygonPoints(shape)}" ${fill}/>`;
  }
}

function polygonPoints(shape: string): string {
  const sides = { pentagon: 5, hexagon: 6, heptagon: 7, octagon: 8 }[shape] ?? 6;
  const step = (2 * Math.PI) / sides;
  const start = -Math.PI / 2 + (sides % 2 === 0 ? step / 2 : 0);
  return Array.from({ length: sides }, (_, i) => {
    const angle = start + i * step;
    return `${(7 * Math.cos(angle)).toFixed(1)},${(7 * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}
