import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, waitForListening } from '../helpers/service-process';

/**
 * `npm start` runs the compiled JavaScript in dist/, not TypeScript through tsx. This compiles
 * the server with the build's own tsconfig and starts it with plain `node`, as `npm start` and
 * the Docker image do: decorators and reflect-metadata must survive compilation, and the seed
 * files, static pages and widget bundles must be found from dist/.
 */
jest.setTimeout(180000);

const MAIN = join(ROOT, 'dist', 'src', 'server', 'main.js');

test('npm start runs compiled JavaScript, and the build emits the server and the seed script', () => {
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
  expect(scripts.start).toBe('node dist/src/server/main.js');
  expect(scripts.prestart).toMatch(/npm run build$/);
  // The build compiles (build:code), then prepares the seed caches the compiled start reads.
  expect(scripts.build).toMatch(/^npm run build:code && node dist\/src\/server\/prime-caches\.js$/);
  expect(scripts['build:code']).toMatch(/build:widget/);
  expect(scripts['build:code']).toMatch(/tsc -p tsconfig\.build\.json/);
  expect(scripts.start).not.toMatch(/tsx/);
  expect(scripts.dev).toMatch(/tsx src\/server\/main\.ts/);

  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT });
  expect(existsSync(MAIN)).toBe(true);
  expect(existsSync(join(ROOT, 'dist', 'scripts', 'seed.js'))).toBe(true);
  expect(existsSync(join(ROOT, 'dist', 'src', 'server', 'prime-caches.js'))).toBe(true);
});

test('the compiled service loads the seed graph, answers GraphQL and serves the explorer', async () => {
  expect(existsSync(MAIN)).toBe(true); // compiled by the test above
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info' },
  });
  try {
    const base = await waitForListening(child, 60000);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', engine: 'embedded' });
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ entity(id: "framework-ipef") { nameJa sources { document { id } } } }',
      }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.entity.nameJa).toBe('インド太平洋経済枠組み');
    expect(body.data.entity.sources.length).toBeGreaterThan(0);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    // The bundle is built by `npm run build` (and by pretest before jest).
    const bundle = await fetch(`${base}/widget/kizuna-graph.js`);
    expect(bundle.status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(0);
});
