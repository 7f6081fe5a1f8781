import { readFileSync } from 'node:fs';
import {
  EntityDetailsDocument,
  NeighborhoodDocument,
  PathGraphDocument,
} from '../../src/graphql/generated/operations';
import {
  apiData,
  listView,
  armWidgetEvent,
  screenshotPath,
  type Browser,
  type ListeningServer,
  openExplorerSession,
  closeExplorerSession,
  expectCleanPage,
  openGroupsUntilDrawn,
} from './browser.harness';

/** A researcher's session in the explorer at `/`, in Debian's chromium against the real service. */
jest.setTimeout(180000);

let server: ListeningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openExplorerSession(20000));
});

afterAll(() => closeExplorerSession({ server, browser }));

afterEach(() => expectCleanPage(browser));

const api = (query: { toString(): string }, variables: Record<string, unknown>) =>
  apiData(server.baseUrl, query, variables);

function armLoad(): Promise<() => Promise<any>> {
  return armWidgetEvent(browser.page, 'kizuna-load');
}

async function clickNode(id: string): Promise<void> {
  const position = await browser.page
    .locator('kizuna-graph')
    .evaluate((element: any, nodeId) => element.clientPosition(nodeId), id);
  expect(position).not.toBeNull();
  await browser.page.mouse.click(position.x, position.y);
}

test('search for IPEF, see the framework and its participants, export, select, read sources, find a path', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/`);

  // Suggestions as the user types.
  await page
    .getByRole('combobox', { name: '検索 / Search' })
    .pressSequentially('IPEF', { delay: 30 });
  const suggestion = page.getByRole('option', { name: /^インド太平洋経済枠組み 枠組み/ });
  await suggestion.waitFor();
  const suggestions = await page.getByRole('option').allTextContents();
  expect(suggestions.some((s) => s.includes('貿易（IPEFの柱）'))).toBe(true);

  const loaded = await armLoad();
  await suggestion.click();
  expect(await loaded()).toMatchObject({
    entity: 'framework-ipef',
    reason: 'load',
    truncated: false,
  });

  // The framework and its participants are drawn: the list view is the drawing's twin.
  const list = await listView(page);
  const byId = new Map(list.nodes.map((node) => [node.id, node.text]));
  expect(byId.get('framework-ipef')).toContain('インド太平洋経済枠組み');
  expect(byId.get('country-jp')).toContain('日本 (国)');
  expect(byId.get('country-us')).toContain('米国 (国)');
  expect(byId.get('country-in')).toContain('インド (国)');
  expect(list.edges.map((e) => e.id)).toEqual(
    expect.arrayContaining([
      'country-jp--PARTICIPATES_IN--framework-ipef',
      'country-us--PARTICIPATES_IN--framework-ipef',
      'country-in--PARTICIPATES_IN--framework-ipef',
    ]),
  );
  const participation = list.edges.find(
    (e) => e.id === 'country-in--PARTICIPATES_IN--framework-ipef',
  );
  expect(participation!.text).toBe('インド → 参加 → インド太平洋経済枠組み');
  const legend = await page.locator('kizuna-graph .legend li').allTextContents();
  expect(legend).toEqual(expect.arrayContaining(['枠組み', '国', '会合']));
  await page.screenshot({ path: screenshotPath('explorer-ipef') });

  // Export JSON: exactly what `neighborhood` returns for the same arguments.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('kizuna-graph').getByRole('button', { name: 'JSON保存' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kizuna-framework-ipef.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const expected = await api(NeighborhoodDocument, { id: 'framework-ipef', depth: 1 });
  expect(exported).toEqual(expected.neighborhood);
  expect(list.nodes.map((n) => n.id)).toEqual(expected.neighborhood.nodes.map((n: any) => n.id));

  // IPEF is a hub since the relation pass (the targets, results and meetings that name it), so
  // its neighbours may come grouped: open every group, then wait until the item is drawn.
  await openGroupsUntilDrawn(page, 'country-in--PARTICIPATES_IN--framework-ipef');
  // Hovering an edge shows where the link comes from.
  const edgeAt = await page
    .locator('kizuna-graph')
    .evaluate((element: any) =>
      element.clientPosition('country-in--PARTICIPATES_IN--framework-ipef'),
    );
  await page.mouse.move(edgeAt.x, edgeAt.y);
  const tooltip = page.locator('kizuna-graph [role="tooltip"]');
  await tooltip.waitFor({ state: 'visible' });
  const edgeSource = expected.neighborhood.edges.find(
    (e: any) => e.id === 'country-in--PARTICIPATES_IN--framework-ipef',
  ).sources[0];
  await expect(tooltip.textContent()).resolves.toContain(edgeSource.quote);
  await expect(tooltip.textContent()).resolves.toContain(
    `行 ${edgeSource.lineStart}–${edgeSource.lineEnd}`,
  );
  await page.mouse.move(5, 5);

  // Click a country on the canvas: the side panel shows it with a source quote.
  const selected = await armWidgetEvent(page, 'kizuna-select');
  await clickNode('country-in');
  expect(await selected()).toEqual({
    id: 'country-in',
    kind: 'COUNTRY',
    label: 'インド',
    labelEn: 'India',
  });
  await page.locator('#details h2[data-entity-id="country-in"]').waitFor();
  const details = await api(EntityDetailsDocument, { id: 'country-in', first: 20 });
  const firstSource = details.entity.sources[0];
  const quote = page.locator('#details .entity-sources .source-quote').first();
  await expect(quote.textContent()).resolves.toBe(firstSource.quote);
  await page.screenshot({ path: screenshotPath('explorer-country-selected') });

  // The link opens the source lines of the document, the quoted span marked.
  await page.locator('#details .entity-sources .source-link').first().click();
  const documentPanel = page.locator('#document');
  await documentPanel.waitFor({ state: 'visible' });
  const marked = (await documentPanel.locator('mark').allTextContents()).join('');
  // The quote itself is marked inside its lines, not the whole lines.
  expect(marked).toBe(firstSource.quote.replace(/\*\*/g, ''));
  const lineNumbers = await documentPanel
    .locator('li.quoted')
    .evaluateAll((items) => items.map((li) => Number(li.getAttribute('value'))));
  expect(lineNumbers[0]).toBe(firstSource.lineStart);
  expect(lineNumbers[lineNumbers.length - 1]).toBe(firstSource.lineEnd);
  await page.screenshot({ path: screenshotPath('explorer-document-lines'), fullPage: true });

  // A path from Japan to India, drawn on the graph with its explanation.
  await page.locator('#details .path-to').click();
  await expect(page.locator('#path-to').inputValue()).resolves.toBe('インド');
  await page.locator('kizuna-graph').evaluate((element: any) => {
    element.shadowRoot.querySelector('details.list-view').open = true;
  });
  await page.locator('kizuna-graph li[data-node-id="country-jp"] .node-button').press('Enter');
  await page.locator('#details h2[data-entity-id="country-jp"]').waitFor();
  await page.locator('#details .path-from').click();
  await page.evaluate(() => {
    const w = window as any;
    w.pathDrawn = new Promise((resolve) =>
      document.querySelector('kizuna-graph')!.addEventListener('kizuna-load', (e) => {
        if ((e as CustomEvent).detail.reason === 'path') resolve((e as CustomEvent).detail);
      }),
    );
  });
  await page.locator('#path-find').click();
  expect(await page.evaluate(() => (window as any).pathDrawn)).toMatchObject({ reason: 'path' });
  expect(new URL(page.url()).search).toBe('?view=path&from=country-jp&to=country-in');
  const paths = await api(PathGraphDocument, {
    from: 'country-jp',
    to: 'country-in',
    maxHops: 4,
    first: 12,
    lang: 'JA',
  });
  await page.locator('#path-results .explanation').first().waitFor();
  const explanations = await page.locator('#path-results .explanation').allTextContents();
  // At most five first, all of them paths the API found, shortest first.
  expect(explanations.length).toBeGreaterThan(0);
  expect(explanations.length).toBeLessThanOrEqual(5);
  const byExplanation = new Map(paths.paths.map((p: any) => [p.explanation, p]));
  for (const explanation of explanations) expect(byExplanation.has(explanation)).toBe(true);
  const lengths = explanations.map((e) => (byExplanation.get(e) as any).length as number);
  expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
  expect(explanations[0]).toContain('日本');
  expect(explanations[0]).toContain('インド');
  const drawnPath = byExplanation.get(explanations[0]) as any;
  const onPath = await page
    .locator('kizuna-graph .on-path')
    .evaluateAll((marks) =>
      marks.map(
        (m) =>
          m.parentElement!.getAttribute('data-node-id') ??
          m.parentElement!.getAttribute('data-edge-id'),
      ),
    );
  expect(new Set(onPath)).toEqual(
    new Set([
      ...drawnPath.nodes.map((n: any) => n.id),
      ...drawnPath.relations.map((r: any) => r.id),
    ]),
  );
  await page.locator('kizuna-graph').evaluate((element: any) => {
    element.shadowRoot.querySelector('details.list-view').open = false;
  });
  await page.screenshot({ path: screenshotPath('explorer-path'), fullPage: true });
});

test('keyboard and screen reader: the graph is focusable, arrows walk the nodes, English labels', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/?entity=framework-ipef&lang=en`);
  const graph = page.locator('kizuna-graph');
  await page.locator('kizuna-graph li[data-node-id="country-jp"]').waitFor({ state: 'attached' });
  const list = await listView(page);
  expect(list.nodes.find((n) => n.id === 'country-jp')!.text).toContain('Japan (Country)');
  expect(await graph.locator('[role="group"]').getAttribute('aria-label')).toMatch(
    /^Graph of \d+ nodes and \d+ relations around Indo-Pacific Economic Framework for Prosperity/,
  );

  await graph.locator('[role="group"]').focus();
  await page.keyboard.press('ArrowRight');
  const tooltip = graph.locator('[role="tooltip"]');
  await tooltip.waitFor({ state: 'visible' });
  // Node sources come from EntityDetails once loaded.
  await page.waitForFunction(
    () =>
      document
        .querySelector('kizuna-graph')!
        .shadowRoot!.querySelector('[role="tooltip"] .source-quote') !== null,
  );
  const selected = await armWidgetEvent(page, 'kizuna-select');
  await page.keyboard.press('Enter');
  expect(await selected()).toMatchObject({ id: list.nodes[0].id });
  await page.keyboard.press('Escape');
  await tooltip.waitFor({ state: 'hidden' });
  await page.screenshot({ path: screenshotPath('explorer-english') });

  // IPEF is a hub since the relation pass (the targets, results and meetings that name it), so
  // its neighbours may come grouped: open every group, then wait until the item is drawn.
  await openGroupsUntilDrawn(page, 'country-us');
  // Double click re-centres the graph on the node (the first click also selects and expands it).
  const at = await graph.evaluate((element: any) => element.clientPosition('country-us'));
  await page.mouse.dblclick(at.x, at.y);
  await page.waitForFunction(
    () =>
      document
        .querySelector('kizuna-graph')!
        .shadowRoot!.querySelector('.node-list > li')
        ?.getAttribute('data-node-id') === 'country-us',
  );
  expect(await graph.getAttribute('entity')).toBe('country-us');
  const centred = await listView(page);
  expect(centred.nodes[0]).toEqual({
    id: 'country-us',
    text: expect.stringContaining('United States'),
  });
});

test('the example host page embeds the widget with one tag and hears its events', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/examples/embed.html`);
  const node = page.locator('kizuna-graph li[data-node-id="country-us"] .node-button');
  await node.waitFor({ state: 'attached' });
  await expect(node.textContent()).resolves.toBe('United States (Country)');
  await page.locator('kizuna-graph').evaluate((element: any) => {
    element.shadowRoot.querySelector('details.list-view').open = true;
  });
  await node.click();
  await page.locator('#selected', { hasText: 'Selected: United States' }).waitFor();
  await page.screenshot({ path: screenshotPath('example-embed'), fullPage: true });
});
