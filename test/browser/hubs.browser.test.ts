import { NeighborhoodDocument } from '../../src/graphql/generated/operations';
import {
  screenshotPath,
  type Browser,
  type ListeningServer,
  openExplorerSession,
  closeExplorerSession,
  expectCleanPage,
} from './browser.harness';

/**
 * The entities people open first are hubs: 日本 has 164 neighbours, 米国 135. In Chromium, the
 * first view of each stays readable (a few dozen labels, none overlapping, measured from where
 * the renderer put them), every group opens, and opening them keeps labels apart.
 */
jest.setTimeout(240000);

/** "A few dozen": the most labelled items a first view may show. */
const FIRST_VIEW_MAX_LABELS = 36;

let server: ListeningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openExplorerSession(30000));
});

afterAll(() => closeExplorerSession({ server, browser }));

afterEach(() => expectCleanPage(browser));

interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function overlaps(boxes: readonly LabelBox[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) found.push(`${a.id} × ${b.id}`);
    }),
  );
  return found;
}

async function neighbourCount(id: string): Promise<number> {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: NeighborhoodDocument.toString(), variables: { id, depth: 1 } }),
  });
  const body = (await response.json()) as { data: { neighborhood: { nodes: unknown[] } } };
  return body.data.neighborhood.nodes.length - 1;
}

const graph = () => browser.page.locator('kizuna-graph');
const labelBoxes = (): Promise<LabelBox[]> =>
  graph().evaluate((element: any) => element.labelBoxes() as LabelBox[]);

describe.each([
  ['country-jp', '日本'],
  ['country-us', '米国'],
])('the hub %s (%s) at depth 1', (id, name) => {
  test('first view: a few dozen labels, none overlapping; every group opens; still none overlapping', async () => {
    const { page } = browser;
    const neighbours = await neighbourCount(id);
    expect(neighbours).toBeGreaterThan(100); // a hub indeed

    await page.goto(`${server.baseUrl}/?entity=${id}`);
    await page.waitForFunction(
      () => Reflect.get(document.querySelector('kizuna-graph')!, 'groups').length > 0,
    );
    const first = await labelBoxes();
    expect(first.length).toBeLessThanOrEqual(FIRST_VIEW_MAX_LABELS);
    expect(first.every((box) => box.x2 - box.x1 > 4 && box.y2 - box.y1 > 4)).toBe(true);
    expect(overlaps(first)).toEqual([]);
    await page.locator(`#details h2[data-entity-id="${id}"]`, { hasText: name }).waitFor();
    // Every neighbour is either drawn or counted in a group.
    const groups: Array<{ id: string; total: number; hidden: number; label: string }> =
      await graph().evaluate((element: any) => element.groups);
    const drawn: string[] = await graph().evaluate((element: any) => element.drawnNodeIds);
    expect(drawn[0] === id || drawn.includes(id)).toBe(true);
    expect(drawn.length - 1 + groups.reduce((sum, g) => sum + g.total, 0)).toBe(neighbours);
    // Groups read "relation · count kind", e.g. "参加 · 51 枠組み".
    expect(groups.map((g) => g.label)).toContainEqual(expect.stringMatching(/^参加 · \d+ 枠組み/));
    await page.screenshot({ path: screenshotPath(`hub-${id}-first-view`) });

    // Open every group by clicking it on the canvas: each shows its next page.
    for (const group of groups) {
      const at = await graph().evaluate(
        (element: any, groupId) => element.clientPosition(groupId),
        group.id,
      );
      expect(at).not.toBeNull();
      const before = (await graph().evaluate((element: any) => element.drawnNodeIds)).length;
      // Off the previous group first, so its tooltip is gone (as a reader's pointer would).
      await page.mouse.move(2, 2);
      await graph().locator('[role="tooltip"]').waitFor({ state: 'hidden' });
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction(
        (count: number) =>
          Reflect.get(document.querySelector('kizuna-graph')!, 'drawnNodeIds').length > count,
        before,
      );
      const after: Array<{ id: string; hidden: number }> = await graph().evaluate(
        (element: any) => element.groups,
      );
      expect(after.find((g) => g.id === group.id)!.hidden).toBe(Math.max(0, group.hidden - 8));
    }
    const expanded = await labelBoxes();
    expect(expanded.length).toBeGreaterThan(first.length);
    expect(overlaps(expanded)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`hub-${id}-expanded`) });
  });
});
