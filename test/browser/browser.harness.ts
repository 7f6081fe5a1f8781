import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { seededServer, type SeededServer } from '../helpers/seeded-server';

export const ROOT = join(__dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'browser');
const CHROMIUM = '/usr/bin/chromium';
const BUNDLES = ['kizuna-graph.js', 'explorer.js', 'graphiql.js', 'graphiql.css'].map((name) =>
  join(ROOT, 'dist', 'widget', name),
);

/**
 * Chromium from Debian (installed by scripts/ensure-chromium.sh when missing) and bundles
 * no older than its sources (npm test builds it first; a lone `npx jest test/browser`
 * builds it here).
 */
export function ensurePrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    execFileSync('sh', [join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  }
  const newest = newestSource(join(ROOT, 'src'));
  if (BUNDLES.some((bundle) => !existsSync(bundle) || statSync(bundle).mtimeMs < newest)) {
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build-widget.ts')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export interface ListeningServer extends SeededServer {
  baseUrl: string;
}

/** The real server with the seed graph, listening on a loopback port. */
export async function startKizuna(env: Record<string, string> = {}): Promise<ListeningServer> {
  const server = await seededServer(env);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    ...server,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await server.close();
      await new Promise((resolve) => server.httpServer.close(resolve));
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried beyond loopback (they are aborted). */
  offLoopback: string[];
  /** Uncaught errors and console errors of the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Debian's chromium, headless, with a fresh profile; only loopback is reachable. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'kizuna-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  const offLoopback: string[] = [];
  await context.route('**/*', (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    const loopback = hostname === '127.0.0.1' || hostname === 'localhost';
    if (loopback || protocol === 'data:' || protocol === 'blob:') return route.continue();
    offLoopback.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return {
    context,
    page,
    offLoopback,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A test file's explorer session: the real service and one Chromium page. */
export interface ExplorerSession {
  server: ListeningServer;
  browser: Browser;
}

/**
 * The set-up every explorer test file shares, for its beforeAll: prerequisites, the service, a
 * browser whose actions wait up to `actionTimeoutMs` (generous: CI shares two cores).
 */
export async function openExplorerSession(actionTimeoutMs: number): Promise<ExplorerSession> {
  ensurePrerequisites();
  const server = await startKizuna();
  const browser = await launchChromium();
  browser.page.setDefaultTimeout(actionTimeoutMs);
  return { server, browser };
}

/** For afterAll: closes what openExplorerSession opened, whatever got opened before a failure. */
export async function closeExplorerSession(session: Partial<ExplorerSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}

/** For afterEach: what a user would see go wrong on any page: a script error, an outside request. */
export function expectCleanPage(browser: Browser): void {
  expect(browser.pageErrors).toEqual([]);
  expect(browser.offLoopback).toEqual([]);
}

/**
 * Hubs come with their neighbours grouped: once the widget has drawn its first view, opens every
 * group and waits until the item `id` (an entity id or an edge key) is on screen.
 */
export async function openGroupsUntilDrawn(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<any>('kizuna-graph').drawnNodeIds.length > 1,
  );
  await page.locator('kizuna-graph').evaluate((element: any) => {
    for (const group of element.groups) while (element.expandGroup(group.id) > 0);
  });
  await page.waitForFunction(
    (drawn) => document.querySelector<any>('kizuna-graph').clientPosition(drawn) !== null,
    id,
  );
}

/** Node and edge entries of the widget's list view (the accessible twin of the drawing). */
export async function listView(
  page: Page,
  selector = 'kizuna-graph',
): Promise<{
  nodes: Array<{ id: string; text: string }>;
  edges: Array<{ id: string; text: string }>;
}> {
  return page.locator(selector).evaluate((element) => {
    const root = element.shadowRoot!;
    const read = (query: string, attribute: string) =>
      Array.from(root.querySelectorAll<HTMLElement>(query)).map((li) => ({
        id: li.getAttribute(attribute)!,
        text: li.textContent.trim(),
      }));
    return {
      nodes: read('.node-list > li', 'data-node-id'),
      edges: read('.edge-list > li', 'data-edge-id'),
    };
  });
}

export function screenshotPath(name: string): string {
  return join(ARTIFACTS, `${name}.png`);
}

/**
 * Starts listening for the widget's next event of that name and returns once the listener is in
 * place (so the action that follows cannot beat it); the returned function waits for the detail.
 */
export async function armWidgetEvent(
  page: Page,
  name: 'kizuna-load' | 'kizuna-select' | 'kizuna-error',
  selector = 'kizuna-graph',
): Promise<() => Promise<any>> {
  const key = `${name}:${Math.random()}`;
  await page.evaluate(
    ([eventName, query, slot]) => {
      const pending = ((window as any).__kizunaPending ??= {}) as Record<string, Promise<unknown>>;
      pending[slot] = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${eventName} within 20 s`)), 20000);
        document.querySelector(query)!.addEventListener(
          eventName,
          (e) => {
            clearTimeout(timer);
            resolve((e as CustomEvent).detail);
          },
          { once: true },
        );
      });
    },
    [name, selector, key] as const,
  );
  return () => page.evaluate((slot) => (window as any).__kizunaPending[slot], key);
}

/** What the API answers to an operation, for comparing a view with it; fails on any error. */
export async function apiData(
  baseUrl: string,
  query: { toString(): string },
  variables: Record<string, unknown>,
): Promise<any> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}
