import type { NodeShape } from './kind-style';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  size: number;
  shape: NodeShape;
  colour: string;
  /** As drawn: lines separated by \n. */
  label: string;
  /** The full name, kept as the shape's title. */
  name: string;
  /** Where the canvas put the label (model coordinates). */
  labelBox: { x1: number; y1: number; x2: number; y2: number };
  highlighted: boolean;
  group: boolean;
}

type Point = { x: number; y: number };

export interface SvgEdge {
  source: string;
  target: string;
  label: string;
  highlighted: boolean;
  group: boolean;
  /** Endpoints and bezier control point as the canvas drew them (parallel edges bend apart). */
  start: Point;
  end: Point;
  control: Point | null;
  middle: Point;
}

/** What frames the picture: a title on top, the legend and the source line at the bottom. */
export interface SvgFrame {
  title: string;
  legend: ReadonlyArray<{ shape: NodeShape; colour: string; name: string }>;
  sourceLine: string;
}

const PADDING = 30;
const HEADER = 34;
const LEGEND_ROW = 18;
const FONT = "'Noto Sans JP', 'IPAGothic', 'Hiragino Sans', 'Yu Gothic', system-ui, sans-serif";
const NODE_FONT_SIZE = 11;

/**
 * The current view as a standalone SVG (vector, so it prints and scales; cytoscape itself only
 * exports bitmaps). Node positions, label boxes and edge curves are the canvas's own, so the
 * picture matches the view: labels where the canvas put them (which the layout keeps apart),
 * parallel edges bent apart as on screen. Edge labels are drawn as the canvas shows them when
 * zoomed in, small and along the curve's middle.
 */
export function toSvg(
  nodes: readonly SvgNode[],
  edges: readonly SvgEdge[],
  frame: SvgFrame,
): string {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const xs = nodes.flatMap((n) => [
    n.x - n.size / 2,
    n.x + n.size / 2,
    n.labelBox.x1,
    n.labelBox.x2,
  ]);
  const ys = nodes.flatMap((n) => [
    n.y - n.size / 2,
    n.y + n.size / 2,
    n.labelBox.y1,
    n.labelBox.y2,
  ]);
  const minX = (xs.length ? Math.min(...xs) : 0) - PADDING;
  const maxX = (xs.length ? Math.max(...xs) : 400) + PADDING;
  const minY = (ys.length ? Math.min(...ys) : 0) - PADDING - HEADER;
  const legendRows = Math.ceil(frame.legend.length / 4);
  const graphBottom = (ys.length ? Math.max(...ys) : 200) + PADDING;
  const width = Math.max(420, maxX - minX);
  const height = graphBottom - minY + legendRows * LEGEND_ROW + 28;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(minX)} ${f(minY)} ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" font-family="${FONT}">`,
    `<title>${escapeXml(frame.title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#8a8f98"/></marker></defs>',
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
    `<text class="title" x="${f(minX + 12)}" y="${f(minY + 22)}" font-size="16" font-weight="700" fill="#1d2430">${escapeXml(frame.title)}</text>`,
  ];
  for (const edge of edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    const stroke = edge.highlighted ? '#d62728' : '#8a8f98';
    const d = edge.control
      ? `M${f(edge.start.x)},${f(edge.start.y)} Q${f(edge.control.x)},${f(edge.control.y)} ${f(edge.end.x)},${f(edge.end.y)}`
      : `M${f(edge.start.x)},${f(edge.start.y)} L${f(edge.end.x)},${f(edge.end.y)}`;
    parts.push(
      `<path class="edge" d="${d}" fill="none" stroke="${stroke}" stroke-width="${edge.highlighted ? 3 : 1.2}"${edge.group ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#arrow)"/>`,
    );
    if (edge.label) {
      parts.push(
        `<text class="edge-label" x="${f(edge.middle.x)}" y="${f(edge.middle.y)}" font-size="7" text-anchor="middle" fill="#555" paint-order="stroke" stroke="#ffffff" stroke-width="2">${escapeXml(edge.label)}</text>`,
      );
    }
  }
  for (const node of nodes) {
    const stroke = node.highlighted
      ? ' stroke="#d62728" stroke-width="3"'
      : node.group
        ? ` stroke="${node.colour}" stroke-width="2" stroke-dasharray="4 3" fill-opacity="0.25"`
        : ' stroke="#ffffff"';
    const lines = node.label.split('\n');
    const lineHeight = (node.labelBox.y2 - node.labelBox.y1) / Math.max(1, lines.length);
    const tspans = lines
      .map(
        (line, i) =>
          `<tspan x="${f(node.x)}" y="${f(node.labelBox.y1 + lineHeight * (i + 0.8))}">${escapeXml(line)}</tspan>`,
      )
      .join('');
    parts.push(
      `<g class="node"><title>${escapeXml(node.name)}</title>${shapeSvg(node).replace(
        '/>',
        ` fill="${node.colour}"${stroke}/>`,
      )}`,
      `<rect x="${f(node.labelBox.x1)}" y="${f(node.labelBox.y1)}" width="${f(node.labelBox.x2 - node.labelBox.x1)}" height="${f(node.labelBox.y2 - node.labelBox.y1)}" fill="#ffffff" fill-opacity="0.85"/>`,
      `<text class="label" font-size="${NODE_FONT_SIZE}"${node.group ? ' font-weight="700"' : ''} text-anchor="middle" fill="#1d2430">${tspans}</text></g>`,
    );
  }
  // Legend: four entries a row, under the drawing.
  frame.legend.forEach((entry, i) => {
    const x = minX + 12 + (i % 4) * ((width - 24) / 4);
    const y = graphBottom + Math.floor(i / 4) * LEGEND_ROW + 8;
    const swatch: SvgNode = {
      id: '',
      x: x + 6,
      y: y + 6,
      size: 12,
      shape: entry.shape,
      colour: entry.colour,
      label: '',
      name: '',
      labelBox: { x1: 0, y1: 0, x2: 0, y2: 0 },
      highlighted: false,
      group: false,
    };
    parts.push(
      `<g class="legend">${shapeSvg(swatch).replace('/>', ` fill="${entry.colour}"/>`)}<text x="${f(x + 16)}" y="${f(y + 10)}" font-size="11" fill="#1d2430">${escapeXml(entry.name)}</text></g>`,
    );
  });
  parts.push(
    `<text class="source-line" x="${f(minX + 12)}" y="${f(minY + height - 10)}" font-size="10" fill="#4a5260">${escapeXml(frame.sourceLine)}</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

function shapeSvg(node: SvgNode): string {
  const r = node.size / 2;
  switch (node.shape) {
    case 'ellipse':
      return `<ellipse cx="${f(node.x)}" cy="${f(node.y)}" rx="${f(r)}" ry="${f(r)}"/>`;
    case 'rectangle':
      return `<rect x="${f(node.x - r)}" y="${f(node.y - r)}" width="${f(2 * r)}" height="${f(2 * r)}"/>`;
    case 'round-rectangle':
      return `<rect x="${f(node.x - r)}" y="${f(node.y - r)}" width="${f(2 * r)}" height="${f(2 * r)}" rx="${f(r / 3)}"/>`;
    case 'diamond':
      return polygon(node, [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'star':
      return polygon(node, starPoints());
    case 'triangle':
      return polygon(node, ngonPoints(3));
    case 'pentagon':
      return polygon(node, ngonPoints(5));
    case 'hexagon':
      return polygon(node, ngonPoints(6));
    case 'heptagon':
      return polygon(node, ngonPoints(7));
    case 'octagon':
      return polygon(node, ngonPoints(8));
    default: {
      const unreachable: never = node.shape;
      throw new Error(`no SVG for shape ${String(unreachable)}`);
    }
  }
}

/** A regular polygon in the unit square, a point up when odd, a flat top when even (as cytoscape). */
function ngonPoints(sides: number): Array<[number, number]> {
  const step = (2 * Math.PI) / sides;
  const start = -Math.PI / 2 + (sides % 2 === 0 ? step / 2 : 0);
  return Array.from({ length: sides }, (_, i) => [
    Math.cos(start + i * step),
    Math.sin(start + i * step),
  ]);
}

function starPoints(): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 1 : 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

function polygon(node: SvgNode, unit: Array<[number, number]>): string {
  const r = node.size / 2;
  const points = unit.map(([x, y]) => `${f(node.x + x * r)},${f(node.y + y * r)}`).join(' ');
  return `<polygon points="${points}"/>`;
}

function f(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
