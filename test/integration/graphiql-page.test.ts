import { listeningServer, request, type ListeningServer } from '../reliability/listening-server';

/**
 * GET /graphql from a browser in production with introspection turned on: the self-hosted
 * GraphiQL, its script and stylesheet served from /widget/, and GraphQL clients still answered
 * by the same URL. (Development and production without introspection: test/reliability/security.)
 * Needs the built bundles (pretest runs npm run build:widget).
 */
let s: ListeningServer;
beforeAll(async () => {
  s = await listeningServer({ NODE_ENV: 'production', KIZUNA_INTROSPECTION: 'true' });
});
afterAll(async () => {
  await s.close();
});

test('a browser gets GraphiQL; a client asking for JSON gets the answer', async () => {
  const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const page = await request(`${s.base}/graphql`, { headers: { accept: browserAccept } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page.text).toContain('<div id="graphiql">');
  expect(page.headers.get('cache-control')).toBe('no-store');
  expect(page.headers.get('vary')).toMatch(/Accept/);

  const query = encodeURIComponent('{ entity(id: "country-in") { name(lang: EN) } }');
  const json = await request(`${s.base}/graphql?query=${query}`, {
    headers: { accept: 'application/json' },
  });
  expect(json.json).toEqual({ data: { entity: { name: 'India' } } });
  const posted = await s.post({ query: '{ entity(id: "country-in") { name(lang: EN) } }' });
  expect(posted.json).toEqual({ data: { entity: { name: 'India' } } });
});

test('its script and stylesheet are served from this origin with their own types', async () => {
  const script = await request(`${s.base}/widget/graphiql.js`);
  expect(script.status).toBe(200);
  expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
  expect(script.text.length).toBeGreaterThan(100000);
  const style = await request(`${s.base}/widget/graphiql.css`);
  expect(style.status).toBe(200);
  expect(style.headers.get('content-type')).toMatch(/^text\/css/);
  expect(style.text).toContain('.graphiql-container');
  // The fonts GraphiQL inlines are left out of the build; nothing points elsewhere.
  expect(style.text).not.toMatch(/@font-face|https?:\/\//);
});
