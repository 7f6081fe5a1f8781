/**
 * npm run schema:emit — writes the SDL the running service serves to schema/schema.graphql.
 * The file is committed; test/unit/schema-drift.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printKizunaSchema } from '../src/graphql/print-schema';

writeFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), printKizunaSchema());
console.log('wrote schema/schema.graphql');
