import type { EntityKind } from '../graphql/generated/operations';

/** Shapes the widget draws; each has an SVG twin in svg.export.ts. */
export type NodeShape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'diamond'
  | 'triangle'
  | 'pentagon'
  | 'hexagon'
  | 'heptagon'
  | 'octagon'
  | 'star';

export interface KindStyle {
  shape: NodeShape;
  colour: string;
}

/**
 * Colour and shape by kind. Every kind differs from the others in at least one of the two, and
 * the kinds that sit side by side most (framework, meeting, country, person, organization) differ
 * in both, so the legend stays readable for colour-blind readers.
 */
export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  FRAMEWORK: { shape: 'round-rectangle', colour: '#1f6fb4' },
  MEETING: { shape: 'diamond', colour: '#e07b00' },
  COUNTRY: { shape: 'ellipse', colour: '#2a9d3a' },
  PERSON: { shape: 'triangle', colour: '#c2448f' },
  ORGANIZATION: { shape: 'hexagon', colour: '#7e57c2' },
  REGION: { shape: 'octagon', colour: '#138d9c' },
  PLACE: { shape: 'pentagon', colour: '#8c564b' },
  ACTION_PLAN: { shape: 'rectangle', colour: '#8a8a12' },
  ACTION_ITEM: { shape: 'rectangle', colour: '#c4c43c' },
  STRATEGY_ITEM: { shape: 'heptagon', colour: '#b5651d' },
  POLICY_MEASURE: { shape: 'star', colour: '#c0392b' },
  SECTOR: { shape: 'round-rectangle', colour: '#6b7b8c' },
  INDICATOR: { shape: 'triangle', colour: '#4a6fa5' },
  MEASUREMENT: { shape: 'diamond', colour: '#4a9a8a' },
  BUDGET_ITEM: { shape: 'rectangle', colour: '#a0522d' },
  STATEMENT: { shape: 'round-rectangle', colour: '#6c5ce7' },
  DOCUMENT: { shape: 'rectangle', colour: '#34495e' },
};

export const NODE_SIZE = 30;
export const CENTRE_SIZE = 44;
/** A group of neighbours ("参加 · 53 枠組み"). */
export const GROUP_SIZE = 36;
