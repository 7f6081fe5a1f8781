import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printKizunaSchema } from '../../src/graphql/print-schema';

test('schema/schema.graphql matches the schema the service serves (run npm run schema:emit)', () => {
  const committed = readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8');
  expect(printKizunaSchema()).toBe(committed);
});

test('the fixed contract names and shapes are in the schema', () => {
  // Signatures as one line: descriptions (block strings) removed and argument lists joined.
  const sdl = printKizunaSchema()
    .replace(/\s*"""[\s\S]*?"""/g, '')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\n\s+(?=\w+:)/g, ', ');
  for (const line of [
    'entity(id: ID!): Entity',
    'search(first: Int = 10, kinds: [EntityKind!], text: String!): [SearchHit!]!',
    'neighborhood(asOf: Date, depth: Int = 1, id: ID!, limit: Int = 200, relationTypes: [RelationType!]): Subgraph!',
    'paths(asOf: Date, first: Int = 5, from: ID!, maxHops: Int = 4, relationTypes: [RelationType!], to: ID!): [Path!]!',
    'country(code: String!): Country',
    'document(id: ID!): Document',
    'documents: [Document!]!',
    'stats: GraphStats!',
    'relations(after: String, asOf: Date, direction: Direction = BOTH, first: Int = 20, types: [RelationType!]): RelationConnection!',
    'name(lang: Lang = JA): String!',
  ]) {
    expect(sdl).toContain(line);
  }
});
