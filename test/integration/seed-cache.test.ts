import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedGraphFromCache } from '../../src/ingest/seed-cache';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { DEFAULT_SEEDS_DIR } from '../../src/ingest/seeds-dir';

/**
 * The start-up cache of the validated seed graph: the same graph as a build, read back while the
 * seed files are unchanged, built and checked again as soon as any of them changes.
 */
jest.setTimeout(240000);

let work: string;
let seeds: string;
let cache: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kizuna-seed-cache-'));
  seeds = join(work, 'seeds');
  cache = join(work, 'cache');
  cpSync(DEFAULT_SEEDS_DIR, seeds, { recursive: true });
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The first seed file that names an entity in English, and that name. */
function firstEnglishName(): { file: string; name: string } {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  for (const file of walk(join(seeds, 'graph')).sort()) {
    const match = /^\s*nameEn: ([A-Za-z][A-Za-z ,.-]{3,}[a-z])$/m.exec(readFileSync(file, 'utf8'));
    if (match) return { file, name: match[1] };
  }
  throw new Error('no seed file with a plain English name');
}

test('a miss builds the graph, a hit reads the same graph back, a changed seed file misses', async () => {
  const built = buildSeedGraph(seeds);
  expect(built.problems).toEqual([]);

  const first = await seedGraphFromCache(seeds, cache);
  expect(first.hit).toBe(false);
  expect(first.graph).toEqual(built);

  const second = await seedGraphFromCache(seeds, cache);
  expect(second.hit).toBe(true);
  expect(second.fingerprint).toBe(first.fingerprint);
  expect(second.graph).toEqual(built);

  // Change one name in one seed file: the cache must not answer with the old graph.
  const { file, name } = firstEnglishName();
  const edited = `${name} (edited)`;
  writeFileSync(file, readFileSync(file, 'utf8').replace(`nameEn: ${name}`, `nameEn: ${edited}`));
  const third = await seedGraphFromCache(seeds, cache);
  expect(third.hit).toBe(false);
  expect(third.fingerprint).not.toBe(first.fingerprint);
  expect(third.graph.entities.some((e) => e.nameEn === edited)).toBe(true);
  expect(third.graph.version?.fingerprint).not.toBe(built.version?.fingerprint);

  // The new graph is what the cache holds now; one file, replaced rather than added to.
  const fourth = await seedGraphFromCache(seeds, cache);
  expect(fourth.hit).toBe(true);
  expect(fourth.graph).toEqual(third.graph);
  expect(readdirSync(cache)).toHaveLength(1);
});

test('a damaged cache file is rebuilt, never trusted or thrown', async () => {
  await seedGraphFromCache(seeds, cache);
  const [file] = readdirSync(cache);
  writeFileSync(join(cache, file), readFileSync(join(cache, file), 'utf8').slice(0, 1000));
  const again = await seedGraphFromCache(seeds, cache);
  expect(again.hit).toBe(false);
  expect(again.graph.problems).toEqual([]);
  expect((await seedGraphFromCache(seeds, cache)).hit).toBe(true);
});

test('a seed graph with problems is not kept: the next start checks it again', async () => {
  const broken = join(work, 'broken');
  cpSync(seeds, broken, { recursive: true });
  const { file, name } = firstEnglishName();
  const target = file.replace(seeds, broken);
  // YAML that does not parse is a problem of the graph.
  writeFileSync(
    target,
    readFileSync(target, 'utf8').replace(`nameEn: ${name}`, `nameEn: ${name}\n    bogus: [`),
  );
  const brokenCache = join(work, 'broken-cache');
  const first = await seedGraphFromCache(broken, brokenCache);
  expect(first.graph.problems.length).toBeGreaterThan(0);
  expect((await seedGraphFromCache(broken, brokenCache)).hit).toBe(false);
});
