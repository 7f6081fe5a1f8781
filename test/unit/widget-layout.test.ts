import { nodeLabel } from '../../src/widget/label-text';
import { Placement } from '../../src/widget/placement';

describe('nodeLabel', () => {
  test('short names stay on one line', () => {
    expect(nodeLabel('日本')).toBe('日本');
  });

  test('siblings that differ only in their bracketed tail stay distinguishable', () => {
    const names = [
      'IPEF交渉官会合（令和５年３月、バリ）',
      'IPEF交渉官会合（令和４年12月、ブリスベン）',
      'IPEF交渉官会合（令和５年２月、ニューデリー）',
    ];
    const labels = names.map(nodeLabel);
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(label.split('\n')).toHaveLength(2);
    expect(labels[0]).toBe('IPEF交渉官会合\n（令和５年３月、バリ）');
  });

  test('a very long name keeps its beginning and its date', () => {
    const label = nodeLabel(
      '梶山経済産業大臣とケリー気候問題担当大統領特使の会談（2021年8月31日）',
    );
    expect(label).toBe('梶山経済産業大臣とケリー…\n（2021年8月31日）');
  });

  test('English names break at a space', () => {
    expect(nodeLabel('Indo-Pacific Economic Framework for Prosperity')).toBe(
      'Indo-Pacific Economic\nFramework for Prosperity',
    );
  });
});

describe('Placement', () => {
  const box = { x1: -40, y1: -15, x2: 40, y2: 35 };
  const overlapping = (p: Placement, ids: string[]) => {
    const boxes = ids.map((id) => {
      const at = p.position(id)!;
      return { id, x1: at.x + box.x1, y1: at.y + box.y1, x2: at.x + box.x2, y2: at.y + box.y2 };
    });
    return boxes.filter((a, i) =>
      boxes.some((b, j) => i !== j && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
    );
  };

  test('places many items around a centre without any two boxes overlapping, the same each time', () => {
    const run = () => {
      const p = new Placement();
      p.pin('c', 0, 0, box);
      const items = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, size: box }));
      p.placeAround('c', items, -Math.PI / 2, 2 * Math.PI);
      return p;
    };
    const ids = ['c', ...Array.from({ length: 60 }, (_, i) => `n${i}`)];
    const first = run();
    expect(overlapping(first, ids)).toEqual([]);
    expect(ids.map((id) => first.position(id))).toEqual(ids.map((id) => run().position(id)));
  });

  test('adding items later never moves placed ones', () => {
    const p = new Placement();
    p.pin('c', 0, 0, box);
    p.placeAround(
      'c',
      [1, 2, 3, 4].map((i) => ({ id: `a${i}`, size: box })),
      0,
      2 * Math.PI,
    );
    const before = ['a1', 'a2', 'a3', 'a4'].map((id) => ({ ...p.position(id)! }));
    p.placeAround(
      'a1',
      [1, 2, 3, 4, 5, 6].map((i) => ({ id: `b${i}`, size: box })),
      0,
      Math.PI,
    );
    expect(['a1', 'a2', 'a3', 'a4'].map((id) => p.position(id))).toEqual(before);
    const all = ['c', 'a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
    expect(overlapping(p, all)).toEqual([]);
  });
});
