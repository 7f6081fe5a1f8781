/**
 * npm run schema:emit — writes the SDL the running service serves to schema/schema.graphql.
 * npm run schema:check (part of npm run check) — fails, writing nothing, when the committed file
 * is not what schema:emit would write: the schema linter and codegen read that file, so it must
 * be fresh for their verdicts to hold. test/unit/schema-drift.test.ts checks the same in jest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printKizunaSchema } from '../src/graphql/print-schema';

const file = join(__dirname, '..', 'schema', 'schema.graphql');
const sdl = printKizunaSchema();

if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== sdl) {
    console.error('schema/schema.graphql is stale: run npm run schema:emit (then npm run codegen)');
    process.exit(1);
  }
  console.log('schema/schema.graphql is fresh');
} else {
  writeFileSync(file, sdl);
  console.log('wrote schema/schema.graphql');
}
