import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, waitForListening } from '../helpers/service-process';

/**
 * `npm start` runs compiled JavaScript, bundled into one file, not TypeScript through tsx. This
 * compiles the server with the build's own tsconfig, bundles it with the build's own script and
 * starts the bundle with plain `node`, as `npm start` and the Docker image do: decorators and
 * reflect-metadata must survive compilation and bundling, the seed files, static pages and widget
 * bundles must be found from dist/bundle, and the caches the build prepares must be the ones the
 * bundled start opens.
 */
jest.setTimeout(240000);

const MAIN = join(ROOT, 'dist', 'bundle', 'main.js');
let cacheDir: string;
beforeAll(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'kizuna-compiled-'));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

test('npm start runs compiled JavaScript, and the build emits the server and the seed script', () => {
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
  expect(scripts.start).toBe('node dist/bundle/main.js');
  expect(scripts.prestart).toMatch(/npm run build$/);
  // The build compiles (build:code), then prepares the seed caches the compiled start reads.
  expect(scripts.build).toMatch(/^npm run build:code && node dist\/src\/server\/prime-caches\.js$/);
  expect(scripts['build:code']).toMatch(/build:widget/);
  expect(scripts['build:code']).toMatch(
    /tsc -p tsconfig\.build\.json && tsx scripts\/build-server\.ts$/,
  );
  expect(scripts.start).not.toMatch(/tsx/);
  expect(scripts.dev).toMatch(/tsx src\/server\/main\.ts/);

  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT });
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts'], { cwd: ROOT });
  expect(existsSync(MAIN)).toBe(true);
  expect(existsSync(join(ROOT, 'dist', 'scripts', 'seed.js'))).toBe(true);
  expect(existsSync(join(ROOT, 'dist', 'src', 'server', 'prime-caches.js'))).toBe(true);
});

test('the bundled service opens the seed database the build prepared, answers GraphQL and serves the explorer', async () => {
  expect(existsSync(MAIN)).toBe(true); // built by the test above
  const env = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', SEED_CACHE_DIR: cacheDir };
  // The build's last step, from the compiled (unbundled) output, as `npm run build` runs it.
  execFileSync(process.execPath, [join('dist', 'src', 'server', 'prime-caches.js')], {
    cwd: ROOT,
    env,
  });
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: { ...env, PORT: '0' } });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    const base = await waitForListening(child, 60000);
    // Both fingerprint the same code: a mismatch would load the seeds again at every start.
    expect(log).toContain('seed graph opened from the database cache');
    expect(log).not.toContain('seed graph loaded');
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
