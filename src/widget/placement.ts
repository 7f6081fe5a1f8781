/**
 * The widget's layout: a deterministic, incremental placement that never moves a placed node.
 *
 * Why not a force layout (fcose, cola): those move every node on each run, so an expand would
 * reshuffle what the reader has already looked at, and they only reduce label overlap rather than
 * exclude it. Here each item is a box (shape plus its label, measured with the same font the
 * canvas uses); new items go on rings around their anchor, starting at the angle they would take
 * in an even spread and stepping outwards along the ring and then to wider rings until the box
 * touches no placed box. Same input, same picture; no overlap by construction.
 */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An item's box (shape and label) relative to its position, as the renderer measures it. */
export type ItemSize = Box;

/** Room left between two boxes. */
const GAP = 8;
const RING_STEP = 28;
const MAX_RINGS = 400;

export class Placement {
  private readonly positions = new Map<string, { x: number; y: number }>();
  private readonly boxes = new Map<string, Box>();

  clear(): void {
    this.positions.clear();
    this.boxes.clear();
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  position(id: string): { x: number; y: number } | undefined {
    return this.positions.get(id);
  }

  remove(id: string): void {
    this.positions.delete(id);
    this.boxes.delete(id);
  }

  /** Keeps `id` where it is, with a box for its current size (labels may change). */
  resize(id: string, item: ItemSize): void {
    const at = this.positions.get(id);
    if (!at) return;
    const box = boxAt(at.x, at.y, item);
    const old = this.boxes.get(id);
    this.boxes.set(id, old ? union(old, box) : box);
  }

  /** Puts `id` at a fixed point (the centre of a fresh view). */
  pin(id: string, x: number, y: number, item: ItemSize): void {
    this.positions.set(id, { x, y });
    this.boxes.set(id, boxAt(x, y, item));
  }

  /**
   * Places items around an anchor: item i of n prefers the angle `start + spread * (i + 0.5) / n`
   * (the whole circle around a centre, a half circle facing away for an expanded node).
   */
  placeAround(
    anchor: string,
    items: ReadonlyArray<{ id: string; size: ItemSize }>,
    start: number,
    spread: number,
  ): void {
    const origin = this.positions.get(anchor) ?? { x: 0, y: 0 };
    const anchorBox = this.boxes.get(anchor);
    const anchorRadius = anchorBox
      ? Math.max(anchorBox.x2 - anchorBox.x1, anchorBox.y2 - anchorBox.y1) / 2
      : 20;
    const n = items.length;
    items.forEach((item, i) => {
      if (this.positions.has(item.id)) return;
      const angle = n === 1 && spread >= 2 * Math.PI ? start : start + (spread * (i + 0.5)) / n;
      // The first ring leaves room for the items between here and the anchor.
      const radius = anchorRadius + (item.size.y2 - item.size.y1) / 2 + 40;
      this.placeNear(item.id, origin, angle, radius, item.size);
    });
  }

  /** The first free spot on rings around `origin`, from `angle` outward both ways. */
  placeNear(
    id: string,
    origin: { x: number; y: number },
    angle: number,
    firstRadius: number,
    item: ItemSize,
  ): void {
    for (let ring = 0; ring < MAX_RINGS; ring++) {
      const radius = firstRadius + ring * RING_STEP;
      const step = Math.min(Math.PI / 6, RING_STEP / radius);
      const tries = Math.ceil(Math.PI / step);
      for (let k = 0; k <= 2 * tries; k++) {
        const offset = (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * step;
        const x = origin.x + radius * Math.cos(angle + offset);
        const y = origin.y + radius * Math.sin(angle + offset);
        const box = boxAt(x, y, item);
        if (!this.collides(box)) {
          this.positions.set(id, { x, y });
          this.boxes.set(id, box);
          return;
        }
      }
    }
    // Unreachable in practice (the rings grow past every placed box); keep the item visible.
    const box = boxAt(origin.x, origin.y + firstRadius, item);
    this.positions.set(id, { x: origin.x, y: origin.y + firstRadius });
    this.boxes.set(id, box);
  }

  /** The angle from the drawing's middle to `id`: expanded nodes open away from the rest. */
  outwardAngle(id: string): number {
    const at = this.positions.get(id);
    if (!at || this.positions.size <= 1) return -Math.PI / 2;
    let sx = 0;
    let sy = 0;
    for (const p of this.positions.values()) {
      sx += p.x;
      sy += p.y;
    }
    const mx = sx / this.positions.size;
    const my = sy / this.positions.size;
    if (Math.hypot(at.x - mx, at.y - my) < 1) return -Math.PI / 2;
    return Math.atan2(at.y - my, at.x - mx);
  }

  private collides(box: Box): boolean {
    for (const other of this.boxes.values()) {
      if (
        box.x1 < other.x2 + GAP &&
        box.x2 + GAP > other.x1 &&
        box.y1 < other.y2 + GAP &&
        box.y2 + GAP > other.y1
      ) {
        return true;
      }
    }
    return false;
  }
}

/** The item's box when it stands at (x, y). */
export function boxAt(x: number, y: number, item: ItemSize): Box {
  return { x1: x + item.x1, y1: y + item.y1, x2: x + item.x2, y2: y + item.y2 };
}

function union(a: Box, b: Box): Box {
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}
