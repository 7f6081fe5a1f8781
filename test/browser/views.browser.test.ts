import { readFileSync } from 'node:fs';
import {
  CountryPageDocument,
  DocumentCatalogueDocument,
  SharedDocument,
} from '../../src/graphql/generated/operations';
import {
  apiData,
  screenshotPath,
  type Browser,
  type ListeningServer,
  openExplorerSession,
  closeExplorerSession,
  expectCleanPage,
  openGroupsUntilDrawn,
} from './browser.harness';

/**
 * The explorer's views as a planner and a researcher use them: every view has a URL, Back and
 * Forward move between views, the country page and the shared view match the API, a path view
 * reloads from its URL with a source for every hop, and the side panel follows each re-centre.
 */
jest.setTimeout(240000);

let server: ListeningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openExplorerSession(30000));
});

afterAll(() => closeExplorerSession({ server, browser }));

afterEach(() => expectCleanPage(browser));

const api = (query: { toString(): string }, variables: Record<string, unknown>) =>
  apiData(server.baseUrl, query, variables);

/**
 * The "(issuer, date)" beside each citation matched by `selector`: every one present, and each
 * the issuer and date of a document as the API has them.
 */
async function expectIssuerAndDate(selector: string, minimum = 1): Promise<void> {
  const { documents } = await api(DocumentCatalogueDocument, {});
  const expected = new Set(
    documents.map((d: any) => ` (${[d.issuer, d.date].filter(Boolean).join(', ')})`),
  );
  const citations = await browser.page
    .locator(selector)
    .evaluateAll((items) =>
      items.map((item) => item.querySelector(':scope > .source-meta')?.textContent ?? null),
    );
  expect(citations.length).toBeGreaterThanOrEqual(minimum);
  for (const meta of citations) expect(expected).toContain(meta);
}

const centreOf = () =>
  browser.page.locator('kizuna-graph').evaluate((element) => element.getAttribute('entity'));

test('re-centre from the side panel: the panel shows the new centre, the old tooltip is gone', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/?entity=framework-ipef`);
  await page.locator('#details h2[data-entity-id="framework-ipef"]').waitFor();
  // IPEF is a hub since the relation pass (the targets, results and meetings that name it), so
  // its neighbours may come grouped: open every group, then wait until the item is drawn.
  await openGroupsUntilDrawn(page, 'country-in--PARTICIPATES_IN--framework-ipef');
  // A tooltip open on the old view's centre.
  const at = await page
    .locator('kizuna-graph')
    .evaluate((element: any) => element.clientPosition('framework-ipef'));
  await page.mouse.move(at.x, at.y);
  const tooltip = page.locator('kizuna-graph [role="tooltip"]');
  await tooltip.waitFor({ state: 'visible' });

  // Re-centre on India from a relation link in the side panel.
  await page.locator('#details .relations a[href="?entity=country-in"]').first().click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('kizuna-graph')!
        .shadowRoot!.querySelector('.node-list > li')
        ?.getAttribute('data-node-id') === 'country-in',
  );
  await page.locator('#details h2[data-entity-id="country-in"]', { hasText: 'インド' }).waitFor();
  await expect(tooltip.isHidden()).resolves.toBe(true);
  // The panel's relation list cites each relation with its document's issuer and date.
  await page.locator('#details .relations li.source').first().waitFor();
  await expectIssuerAndDate('#details .relations li.source');
  expect(await centreOf()).toBe('country-in');
  expect(new URL(page.url()).search).toBe('?entity=country-in');

  // Hovering a node of the new view shows its own sources, not the old edge's.
  const node = await page
    .locator('kizuna-graph')
    .evaluate((element: any) => element.clientPosition('country-in'));
  await page.mouse.move(node.x, node.y);
  await tooltip.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () =>
      document
        .querySelector('kizuna-graph')!
        .shadowRoot!.querySelector('[role="tooltip"] .sources-heading')?.textContent === 'インド',
  );
  await page.screenshot({ path: screenshotPath('explorer-recentred-from-panel') });
  await page.mouse.move(2, 2);
});

test('Back and Forward move between three views', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/?entity=framework-ipef`);
  await page.locator('#details h2[data-entity-id="framework-ipef"]').waitFor();
  // View 2: a filter chip (only countries).
  await page.locator('#filters .chip[data-kind="COUNTRY"]').click();
  await page.waitForURL(/kinds=COUNTRY/);
  await page.waitForFunction(() =>
    (Reflect.get(document.querySelector('kizuna-graph')!, 'drawnNodeIds') as string[]).every(
      (id: string) => id === 'framework-ipef' || id.startsWith('country-'),
    ),
  );
  // View 3: the country page of India, from its node's side panel.
  await page.locator('#details .relations a[href="?entity=country-in"]').first().click();
  await page.locator('#details h2[data-entity-id="country-in"]').waitFor();
  await page.locator('#details .country-page').click();
  await page.locator('#country-view h2[data-code="IN"]').waitFor();
  expect(new URL(page.url()).search).toBe('?view=country&code=IN');

  await page.goBack();
  await page.waitForURL(/\?entity=country-in$/);
  await page.locator('#graph-view').waitFor({ state: 'visible' });
  await expect(page.locator('#country-view').isHidden()).resolves.toBe(true);
  await page.waitForFunction(
    () => document.querySelector('kizuna-graph')!.getAttribute('entity') === 'country-in',
  );
  await page.goBack();
  await page.waitForURL(/\?entity=framework-ipef&kinds=COUNTRY$/);
  await page.waitForFunction(
    () =>
      document.querySelector('kizuna-graph')!.getAttribute('entity') === 'framework-ipef' &&
      document.querySelector('kizuna-graph')!.getAttribute('kinds') === 'COUNTRY',
  );
  await page.locator('#filters .chip[data-kind="COUNTRY"][aria-pressed="true"]').waitFor();
  await page.goForward();
  await page.waitForURL(/\?entity=country-in$/);
  await page.goForward();
  await page.waitForURL(/\?view=country&code=IN$/);
  await page.locator('#country-view h2[data-code="IN"]').waitFor();
  // Back once more: the entity view of India, as it was before the country page.
  await page.goBack();
  await page.waitForURL(/\?entity=country-in$/);
  await page.locator('#details h2[data-entity-id="country-in"]').waitFor();
  await page.waitForFunction(() =>
    (Reflect.get(document.querySelector('kizuna-graph')!, 'drawnNodeIds') as string[]).includes(
      'country-in',
    ),
  );
  await page.screenshot({ path: screenshotPath('explorer-back-forward') });
});

test('the country page of India: sectors and actions as the API has them, each row cited', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/?view=country&code=IN`);
  await page.locator('#country-view table.strategy').first().waitFor();
  const { country } = await api(CountryPageDocument, { code: 'IN' });
  const rows = await page.locator('#country-view table.strategy tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      kind: tr.getAttribute('data-kind'),
      id: tr.getAttribute('data-entity-id'),
      line: Number(tr.getAttribute('data-line')),
      citations: tr.querySelectorAll('td.citation .source-link').length,
      quote: tr.querySelector('td.citation .source-quote')?.textContent ?? '',
    })),
  );
  const items = country.strategy.flatMap((group: any) => group.items);
  const ids = (list: any[]) => list.map((link: any) => link.entity.id).sort();
  expect(
    rows
      .filter((r) => r.kind === 'sectors')
      .map((r) => r.id)
      .sort(),
  ).toEqual(ids(items.flatMap((item: any) => item.prioritySectors)));
  expect(
    rows
      .filter((r) => r.kind === 'actions')
      .map((r) => r.id)
      .sort(),
  ).toEqual(ids(items.flatMap((item: any) => item.actions)));
  expect(rows.filter((r) => r.kind === 'sectors').length).toBeGreaterThan(3);
  expect(rows.filter((r) => r.kind === 'actions').length).toBeGreaterThan(3);
  // Every row cited, with a quote; rows in the document's order.
  for (const row of rows) {
    expect(row.citations).toBeGreaterThan(0);
    expect(row.quote).not.toBe('');
  }
  const lines = rows.map((r) => r.line);
  expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  // Regions, cited too.
  const regions = await page
    .locator('#country-view table.regions tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity-id')));
  expect(regions).toEqual(country.regions.map((r: any) => r.entity.id));
  // Each row's citation names its document's issuer and date.
  await expectIssuerAndDate('#country-view td.citation li.source', rows.length);
  await page.screenshot({ path: screenshotPath('explorer-country-in'), fullPage: true });
});

test('what do Japan and India share: the entities linked to both, with the sources', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/?entity=country-jp`);
  await page.locator('#details h2[data-entity-id="country-jp"]').waitFor();
  // Pick Japan, then India (found with the search box), then ask what they share.
  await page.locator('#details .share').click();
  await page.getByRole('combobox', { name: '検索 / Search' }).pressSequentially('インド');
  await page.getByRole('option', { name: /^インド 国/ }).click();
  await page.locator('#details h2[data-entity-id="country-in"]').waitFor();
  await page.locator('#details .share').click();
  await page.locator('#share-go').click();
  await page.waitForURL(/\?view=shared&ids=country-jp%2Ccountry-in$/);
  await page.locator('#shared-view .shared-entity').first().waitFor();
  const { shared } = await api(SharedDocument, { ids: ['country-jp', 'country-in'], first: 100 });
  const shown = await page
    .locator('#shared-view .shared-entity')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-entity-id')));
  expect(shown.sort()).toEqual(shared.map((s: any) => s.entity.id).sort());
  expect(shown).toContain('framework-ipef');
  await expect(page.locator('#shared-title').textContent()).resolves.toBe('日本・インド の共通点');
  const ipef = page.locator('#shared-view .shared-entity[data-entity-id="framework-ipef"]');
  expect(await ipef.locator('.source-quote').count()).toBeGreaterThan(1);
  await expectIssuerAndDate('#shared-view li.source', shown.length);
  await page.screenshot({ path: screenshotPath('explorer-shared-jp-in'), fullPage: true });
});

test('a path view loads from its URL, with a source for every hop', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/?view=path&from=country-jp&to=country-in`);
  await page.locator('#path-results .path').first().waitFor();
  await expect(page.locator('#path-from').inputValue()).resolves.toBe('日本');
  await expect(page.locator('#path-to').inputValue()).resolves.toBe('インド');
  const hops = await page.locator('#path-results .path .hop').evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.getAttribute('data-relation-id'),
      sources: li.querySelectorAll('.source-link').length,
    })),
  );
  expect(hops.length).toBeGreaterThan(0);
  for (const hop of hops) expect(hop.sources).toBeGreaterThan(0);
  await expectIssuerAndDate('#path-results .hop li.source', hops.length);
  // The first path is drawn on the graph.
  await page.waitForFunction(
    () =>
      document.querySelector('kizuna-graph')!.shadowRoot!.querySelectorAll('.on-path').length > 0,
  );
  await page.screenshot({ path: screenshotPath('explorer-path-from-url') });
  // More than five on request.
  const before = await page.locator('#path-results .path').count();
  expect(before).toBeLessThanOrEqual(5);
  await page.locator('#path-results .more-paths button').click();
  await page.waitForURL(/more=1/);
  await page.waitForFunction(
    (count) => document.querySelectorAll('#path-results .path').length > count,
    before,
  );
  expect(await centreOf()).toBe('country-jp');
});

test('download the view: each export link gives a non-empty file of its type for the centre shown', async () => {
  const { page } = browser;
  await page.goto(`${server.baseUrl}/?entity=country-in&types=PARTICIPATES_IN`);
  await page.locator('#details h2[data-entity-id="country-in"]').waitFor();
  const links = page.locator('#downloads a.download');
  await expect(links.count()).resolves.toBe(7);
  const cases: Array<[string, RegExp, RegExp, RegExp]> = [
    ['graphml', /^application\/graphml\+xml/, /\.graphml$/, /<graphml[\s\S]*country-in/],
    ['csv-edges', /^text\/csv/, /-edges\.csv$/, /PARTICIPATES_IN/],
    ['turtle', /^text\/turtle/, /\.ttl$/, /@prefix/],
  ];
  for (const [format, type, name, content] of cases) {
    const link = links.and(page.locator(`[data-format="${format}"]`));
    const href = (await link.getAttribute('href'))!;
    // The view's centre, depth and relation filter, as the export route takes them.
    expect(href).toBe(`/export/${format}?centre=country-in&depth=1&relationTypes=PARTICIPATES_IN`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    // What the link answers (a download raises no response event): the format's media type.
    const answer = await page.request.get(`${server.baseUrl}${href}`);
    expect(answer.headers()['content-type']).toMatch(type);
    expect(download.suggestedFilename()).toMatch(name);
    expect(download.suggestedFilename()).toContain('country-in');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.length).toBeGreaterThan(100);
    expect(text).toMatch(content);
  }
  await page.screenshot({ path: screenshotPath('explorer-downloads') });
  // A path view offers the paths' export; the country page has none.
  await page.goto(`${server.baseUrl}/?view=path&from=country-jp&to=country-in`);
  await page.locator('#path-results .path').first().waitFor();
  await expect(
    page.locator('#downloads a[data-format="graphml"]').getAttribute('href'),
  ).resolves.toBe('/export/graphml?from=country-jp&to=country-in&first=5');
  await page.goto(`${server.baseUrl}/?view=country&code=IN`);
  await page.locator('#country-view h2[data-code="IN"]').waitFor();
  await expect(page.locator('#downloads').isHidden()).resolves.toBe(true);
});
