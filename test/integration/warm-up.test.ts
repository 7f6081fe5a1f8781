import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARM_UP_SHAPES } from '../../src/server/warm-up';
import { seededServer, type SeededServer } from '../helpers/seeded-server';

/**
 * The warm-up is what makes a new user's first request of a shape as fast as the second; an
 * operation added to src/operations and not to the warm-up list (as DocumentCatalogue once
 * was) pays its parsing, planning and compilation on someone's first request.
 */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

const operationName = (query: string): string | undefined => /\bquery\s+(\w+)/.exec(query)?.[1];

test('every operation in src/operations is in the warm-up list (main.ts runs it before listening)', () => {
  const dir = join(__dirname, '../../src/operations');
  const declared = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^query\s+(\w+)/gm)])
    .map((m) => m[1])
    .sort();
  const warmed = new Set(WARM_UP_SHAPES.map((s) => operationName(s.query)));
  expect(declared.filter((name) => !warmed.has(name))).toEqual([]);
  expect(declared.length).toBeGreaterThanOrEqual(10);
});

test.each(WARM_UP_SHAPES.map((s) => [operationName(s.query), s] as const))(
  'warm-up shape %s answers on the seed graph without errors (a failing shape warms nothing)',
  async (_name, shape) => {
    const result = await server.run(shape.query, shape.variables);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
  },
);
