import type { NodeShape } from './kind-style';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  size: number;
  shape: NodeShape;
  colour: string;
  label: string;
  highlighted: boolean;
}

export interface SvgEdge {
  source: string;
  target: string;
  label: string;
  highlighted: boolean;
}

const PADDING = 40;
const FONT = "'Noto Sans JP', 'IPAGothic', 'Hiragino Sans', 'Yu Gothic', sans-serif";

/**
 * The current view as a standalone SVG (vector, so it prints and scales; cytoscape itself only
 * exports bitmaps). Positions are the layout's model coordinates, so the picture matches the view.
 */
export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title: string): string {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const xs = nodes.flatMap((n) => [n.x - n.size, n.x + n.size]);
  const ys = nodes.flatMap((n) => [n.y - n.size, n.y + n.size + 16]);
  const minX = Math.min(0, ...xs) - PADDING;
  const minY = Math.min(0, ...ys) - PADDING;
  const width = Math.max(1, ...xs) - minX + PADDING;
  const height = Math.max(1, ...ys) - minY + PADDING;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(minX)} ${f(minY)} ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" font-family="${FONT}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#8a8f98"/></marker></defs>',
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
  ];
  for (const edge of edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    const endX = to.x - (dx / length) * (to.size / 2 + 2);
    const endY = to.y - (dy / length) * (to.size / 2 + 2);
    const stroke = edge.highlighted ? '#d62728' : '#8a8f98';
    parts.push(
      `<line x1="${f(from.x)}" y1="${f(from.y)}" x2="${f(endX)}" y2="${f(endY)}" stroke="${stroke}" stroke-width="${edge.highlighted ? 3 : 1.2}" marker-end="url(#arrow)"/>`,
      `<text x="${f((from.x + to.x) / 2)}" y="${f((from.y + to.y) / 2)}" font-size="8" text-anchor="middle" fill="#555">${escapeXml(edge.label)}</text>`,
    );
  }
  for (const node of nodes) {
    const stroke = node.highlighted ? ' stroke="#d62728" stroke-width="3"' : ' stroke="#ffffff"';
    parts.push(
      `<g><title>${escapeXml(node.label)}</title>${shapeSvg(node).replace(
        '/>',
        ` fill="${node.colour}"${stroke}/>`,
      )}`,
      `<text x="${f(node.x)}" y="${f(node.y + node.size / 2 + 12)}" font-size="10" text-anchor="middle" fill="#1d2430">${escapeXml(node.label)}</text></g>`,
    );
  }
  parts.push('</svg>');
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
