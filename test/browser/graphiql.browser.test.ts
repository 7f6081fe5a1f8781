import {
  screenshotPath,
  type Browser,
  type ListeningServer,
  openExplorerSession,
  closeExplorerSession,
} from './browser.harness';

/**
 * The header's "GraphQL" link opens the self-hosted GraphiQL: it runs a query against the
 * service, and loads nothing from another origin nor breaks its page's CSP while doing so.
 */
jest.setTimeout(180000);

let server: ListeningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await openExplorerSession(30000));
  // Every CSP violation of every page, recorded before any of the page's own scripts run.
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    Reflect.set(window, '__cspViolations', seen);
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

afterAll(() => closeExplorerSession({ server, browser }));

const violations = () =>
  browser.page.evaluate(() => Reflect.get(window, '__cspViolations') as string[]);

test('the header link opens GraphiQL, which runs a query and shows the answer, all from this origin', async () => {
  const { page } = browser;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${server.baseUrl}/`);
  await page.getByRole('link', { name: 'GraphQL', exact: true }).click();
  await page.waitForURL(`${server.baseUrl}/graphql`);

  // The page is GraphiQL, under its own policy.
  const answer = await page.request.get(`${server.baseUrl}/graphql`, {
    headers: { accept: 'text/html' },
  });
  expect(answer.headers()['content-security-policy']).toMatch(
    /default-src 'none'; script-src 'self'/,
  );

  // Its editor holds the starting query once the schema has been read.
  const run = page.locator('.graphiql-execute-button');
  await run.waitFor();
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
  await expect(page.locator('.graphiql-query-editor').textContent()).resolves.toMatch(/search\(/);

  // Replace it with a query of our own, pasted as a person would (typed key by key, the
  // editor's bracket closing and completions would rewrite it), and run it.
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('{ entity(id: "country-in") { id name(lang: EN) } }');
  await page.keyboard.press('Escape');
  const typed = () =>
    editor.evaluate((element) =>
      (Reflect.get(element, 'CodeMirror') as { getValue(): string }).getValue(),
    );
  await expect(typed()).resolves.toBe('{ entity(id: "country-in") { id name(lang: EN) } }');
  // Wait for the request the click sends (on a loaded machine the button can still be settling
  // after the schema arrives; a click that sent nothing fails here, by name), then for its answer.
  const sent = page.waitForRequest(
    (request) => request.method() === 'POST' && (request.postData() ?? '').includes('country-in'),
    { timeout: 120000 },
  );
  await run.click();
  // The service's own answer to that request, whatever the page then does with it.
  const served = await (await sent).response();
  expect(served?.status()).toBe(200);
  await expect(served?.text()).resolves.toMatch(/"name":"India"/);
  const result = page.locator('.graphiql-response .CodeMirror');
  const shown = (timeout: number) =>
    page
      .waitForFunction(
        () =>
          /"name": "India"/.test(
            document.querySelector('.graphiql-response .CodeMirror')?.textContent ?? '',
          ),
        undefined,
        { timeout },
      )
      .then(() => true)
      .catch(() => false);
  // In 2 of about 8 runs (2026-12-06, one on a quiet machine) GraphiQL 4.1.2 did not render an
  // answer the service had returned; cause not found. A person would press Run again: so does
  // this, once, and the answer must then be shown.
  if (!(await shown(30000))) {
    await run.click();
    expect(await shown(120000)).toBe(true);
  }
  await expect(result.textContent()).resolves.toMatch(/"id": "country-in"/);

  // Its dialogs add a <style> element at run time, admitted by the page's nonce.
  await page.locator('.graphiql-sidebar button[aria-label="Open settings dialog"]').click();
  await page.locator('.graphiql-dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.graphiql-dialog').waitFor({ state: 'detached' });

  // The documentation explorer works from the introspected schema.
  await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
  await page
    .locator('.graphiql-doc-explorer')
    .getByText('Query', { exact: true })
    .first()
    .waitFor();
  await page.screenshot({ path: screenshotPath('graphiql') });

  const origin = new URL(server.baseUrl).origin;
  const elsewhere = requested.filter((url) => {
    const { protocol } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && new URL(url).origin !== origin;
  });
  expect(elsewhere).toEqual([]);
  expect(browser.offLoopback).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(browser.pageErrors).toEqual([]);
  // What the page loaded: its HTML, script, stylesheet and the POSTs to /graphql.
  const paths = new Set(requested.map((url) => new URL(url).pathname));
  expect(paths).toEqual(
    new Set([
      '/',
      '/widget/kizuna-graph.js',
      '/widget/explorer.js',
      '/graphql',
      '/widget/graphiql.js',
      '/widget/graphiql.css',
    ]),
  );
});
