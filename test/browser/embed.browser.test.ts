import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { NeighborhoodDocument } from '../../src/graphql/generated/operations';
import {
  armWidgetEvent,
  ensurePrerequisites,
  launchChromium,
  listView,
  screenshotPath,
  startKizuna,
  type Browser,
  type ListeningServer,
  openGroupsUntilDrawn,
} from './browser.harness';

/**
 * A frontend developer's page on another origin, holding only the script tag and the element:
 * the widget reaches the service over CORS and draws the graph.
 */
jest.setTimeout(180000);

let host: http.Server;
let hostUrl: string;
let server: ListeningServer;
let browser: Browser;
/** Pages the host site serves, by path. */
const pages = new Map<string, string>();

beforeAll(async () => {
  ensurePrerequisites();
  host = http.createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // `localhost` vs 127.0.0.1: a different origin, as an embedding site is.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
  server = await startKizuna({ CORS_ORIGINS: hostUrl });
  browser = await launchChromium();
  browser.page.setDefaultTimeout(20000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => host?.close(resolve));
});

afterEach(() => {
  expect(browser.offLoopback).toEqual([]);
});

function xml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Pairs of boxes that overlap (touching edges do not count). */
function overlappingPairs(
  boxes: ReadonlyArray<{ x1: number; y1: number; x2: number; y2: number }>,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, k) => {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push([i, i + 1 + k]);
    }),
  );
  return pairs;
}

async function neighborhood(variables: Record<string, unknown>) {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: NeighborhoodDocument.toString(), variables }),
  });
  return ((await response.json()) as { data: any }).data.neighborhood;
}

test('a page with only the script tag and the element shows the graph', async () => {
  pages.set(
    '/only-tag.html',
    `<script src="${server.baseUrl}/widget/kizuna-graph.js"></script>` +
      `<kizuna-graph endpoint="${server.baseUrl}/graphql" entity="framework-ipef"></kizuna-graph>`,
  );
  const { page } = browser;
  await page.goto(`${hostUrl}/only-tag.html`);
  await page.locator('kizuna-graph li[data-node-id="country-jp"]').waitFor({ state: 'attached' });

  const list = await listView(page);
  const expected = await neighborhood({ id: 'framework-ipef', depth: 1 });
  expect(list.nodes.map((n) => n.id)).toEqual(expected.nodes.map((n: any) => n.id));
  expect(list.edges.map((e) => e.id)).toEqual(expected.edges.map((e: any) => e.id));
  expect(list.nodes.find((n) => n.id === 'country-us')!.text).toContain('米国');

  // IPEF is a hub since the relation pass (the targets, results and meetings that name it), so
  // its neighbours may come grouped: open every group, then wait until the item is drawn.
  await openGroupsUntilDrawn(page, 'country-jp');
  // The canvas repaints on the next frame: wait for the country green before counting it.
  await page.waitForFunction(() => {
    let count = 0;
    for (const canvas of Array.from(
      document.querySelector('kizuna-graph')!.shadowRoot!.querySelectorAll('canvas'),
    )) {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if (
          data[i] === 0x2a &&
          data[i + 1] === 0x9d &&
          data[i + 2] === 0x3a &&
          data[i + 3] === 255
        ) {
          count++;
        }
      }
    }
    return count > 200;
  });
  // Drawn, not just listed: the canvas holds coloured pixels (the country green of the legend).
  const greenPixels = await page.locator('kizuna-graph').evaluate((element) => {
    let count = 0;
    for (const canvas of Array.from(element.shadowRoot!.querySelectorAll('canvas'))) {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        // #2a9d3a, the country colour, at full opacity.
        if (
          data[i] === 0x2a &&
          data[i + 1] === 0x9d &&
          data[i + 2] === 0x3a &&
          data[i + 3] === 255
        ) {
          count++;
        }
      }
    }
    return count;
  });
  expect(greenPixels).toBeGreaterThan(200);
  await page.screenshot({ path: screenshotPath('embed-only-tag') });
  expect(browser.pageErrors).toEqual([]);
});

test('the endpoint defaults to the script origin; attributes filter; exports; events reach the host', async () => {
  pages.set(
    '/filtered.html',
    `<!doctype html><meta charset="utf-8"><title>host</title>` +
      `<script src="${server.baseUrl}/widget/kizuna-graph.js"></script>` +
      `<kizuna-graph id="g" lang="en" height="400"></kizuna-graph>`,
  );
  const { page } = browser;
  await page.goto(`${hostUrl}/filtered.html`);
  const loaded = await armWidgetEvent(page, 'kizuna-load', '#g');
  await page.locator('#g').evaluate((element) => {
    element.setAttribute('relation-types', 'PARTICIPATES_IN, PART_OF');
    element.setAttribute('depth', '2');
    element.setAttribute('as-of', '2023-01-01');
    element.setAttribute('entity', 'framework-ipef');
  });
  const detail = await loaded();
  const expected = await neighborhood({
    id: 'framework-ipef',
    depth: 2,
    relationTypes: ['PARTICIPATES_IN', 'PART_OF'],
    asOf: '2023-01-01',
  });
  expect(detail).toEqual({
    entity: 'framework-ipef',
    reason: 'load',
    nodes: expected.nodes.length,
    edges: expected.edges.length,
    truncated: expected.truncated,
  });
  const exported = JSON.parse(
    await page.locator('#g').evaluate((element: any) => element.exportJson() as string),
  );
  expect(exported).toEqual(expected);
  expect(new Set(exported.edges.map((e: any) => e.type))).toEqual(
    new Set(['PARTICIPATES_IN', 'PART_OF']),
  );
  const height = await page
    .locator('#g')
    .evaluate((element) => element.shadowRoot!.querySelector<HTMLElement>('.graph')!.offsetHeight);
  expect(height).toBe(400);

  // SVG export: a standalone picture with every drawn node (its full English name as the
  // shape's title), every drawn edge, and the frame: title, legend, source line.
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#g').getByRole('button', { name: 'Save SVG' }).click(),
  ]);
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const drawn: string[] = await page.locator('#g').evaluate((element: any) => element.drawnNodeIds);
  expect(drawn.length).toBeGreaterThan(1);
  for (const id of drawn) {
    const node = expected.nodes.find((n: any) => n.id === id);
    expect(svg).toContain(`<title>${xml(node.labelEn ?? node.label)}</title>`);
  }
  const drawnEdges = expected.edges.filter(
    (e: any) => drawn.includes(e.source) && drawn.includes(e.target),
  );
  const groupCount = (await page.locator('#g').evaluate((element: any) => element.groups)).length;
  expect(svg.match(/<path class="edge" /g)).toHaveLength(drawnEdges.length + groupCount);
  expect(svg).toContain('<text class="title"');
  expect(svg).toContain('Kizuna: Indo-Pacific Economic Framework');
  expect(svg).toMatch(/<g class="legend">.*>Country<\/text>/);
  expect(svg).toMatch(/<text class="source-line"[^>]*>Sources: /);
  // Labels in the picture do not overlap (the boxes are the canvas's own).
  const labelBoxes = [
    ...svg.matchAll(
      /<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#ffffff" fill-opacity/g,
    ),
  ].map((m) => ({ x1: +m[1], y1: +m[2], x2: +m[1] + +m[3], y2: +m[2] + +m[4] }));
  expect(labelBoxes).toHaveLength(drawn.length + groupCount);
  expect(overlappingPairs(labelBoxes)).toEqual([]);
  await page.screenshot({ path: screenshotPath('embed-filtered') });

  // PNG export: a real PNG image.
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#g').getByRole('button', { name: 'Save PNG' }).click(),
  ]);
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.readUInt32BE(16)).toBeGreaterThan(200); // width from the IHDR chunk

  // An unknown entity: the host hears kizuna-error with the API's code.
  const failed = await armWidgetEvent(page, 'kizuna-error', '#g');
  await page.locator('#g').evaluate((element) => element.setAttribute('entity', 'framework-none'));
  expect(await failed()).toMatchObject({ code: 'NOT_FOUND', message: expect.any(String) });
  await expect(page.locator('#g [role="status"]').textContent()).resolves.not.toBe('');
});

test('an unknown entity id: the stage says so in Japanese, with what to do', async () => {
  pages.set(
    '/unknown.html',
    `<!doctype html><meta charset="utf-8"><title>host</title>` +
      `<script src="${server.baseUrl}/widget/kizuna-graph.js"></script>` +
      `<kizuna-graph lang="ja" entity="country-xx"></kizuna-graph>`,
  );
  const { page } = browser;
  await page.goto(`${hostUrl}/unknown.html`);
  const stage = page.locator('kizuna-graph .empty.error');
  await stage.waitFor();
  const message = await stage.textContent();
  expect(message).toContain('「country-xx」というIDの項目はありません。');
  expect(message).toContain('検索で正しいIDを探してください');
  expect((await listView(page)).nodes).toEqual([]);
  await page.screenshot({ path: screenshotPath('widget-error-unknown-id') });
});

test('without CORS_ORIGINS listing the host, the browser keeps the data from the host page', async () => {
  const closed = await startKizuna();
  try {
    pages.set(
      '/not-allowed.html',
      `<script src="${closed.baseUrl}/widget/kizuna-graph.js"></script>` +
        `<kizuna-graph entity="framework-ipef"></kizuna-graph>`,
    );
    const { page } = browser;
    const pageErrors = browser.pageErrors.length;
    // The host page records the widget's events from its first moment.
    await page.addInitScript(() => {
      const w = window as any;
      w.kizunaErrors = [];
      document.addEventListener('kizuna-error', (e) =>
        w.kizunaErrors.push((e as CustomEvent).detail),
      );
    });
    await page.goto(`${hostUrl}/not-allowed.html`);
    await page.waitForFunction(() => (window as any).kizunaErrors.length > 0);
    expect(await page.evaluate(() => (window as any).kizunaErrors[0])).toMatchObject({
      code: 'NETWORK_ERROR',
    });
    // The stage says, in the widget's language (Japanese by default), what the site owner must do.
    const stage = page.locator('kizuna-graph .empty.error');
    await stage.waitFor();
    const message = await stage.textContent();
    expect(message).toContain(`${closed.baseUrl}/graphql に接続できません。`);
    expect(message).toContain(
      `このページのオリジン ${hostUrl} がサービスの CORS_ORIGINS に含まれているか`,
    );
    expect((await listView(page)).nodes).toEqual([]);
    await page.screenshot({ path: screenshotPath('widget-error-refused-origin') });
    browser.pageErrors.splice(pageErrors); // Chromium logs the CORS refusal as a console error.
  } finally {
    await closed.close();
  }
});
