import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CypherQuery } from '../../src/store/graph-store';
import {
  NON_PORTABLE_CONSTRUCTS,
  NEO4J_TEXT_SEARCH,
  schemaStatements,
} from '../../src/store/dialect';
import { upsertEntities, upsertRelations } from '../../src/store/cypher/load';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary';

const CYPHER_DIR = join(__dirname, '../../src/store/cypher');

/** Every CypherQuery the query layer exports, including the ones made per kind and type. */
function allQueries(): CypherQuery[] {
  const queries: CypherQuery[] = [];
  const visit = (value: unknown): void => {
    if (value && typeof value === 'object') {
      if ('name' in value && 'text' in value) queries.push(value as CypherQuery);
      else Object.values(value).forEach(visit);
    }
  };
  for (const file of readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.ts'))) {
    visit(require(join(CYPHER_DIR, file)));
  }
  for (const kind of ENTITY_KINDS) queries.push(upsertEntities(kind));
  for (const type of RELATION_TYPE_NAMES) queries.push(upsertRelations(type));
  queries.push(...schemaStatements('neo4j'), ...schemaStatements('embedded'), NEO4J_TEXT_SEARCH);
  return [...new Map(queries.map((q) => [q.name, q])).values()];
}

describe('the Cypher query layer', () => {
  const queries = allQueries();

  test('finds the queries to check', () => {
    expect(queries.length).toBeGreaterThan(40);
  });

  test.each(NON_PORTABLE_CONSTRUCTS.map((c) => [c.why, c.pattern] as const))(
    'uses no construct the engine evaluation found broken: %s',
    (_why, pattern) => {
      const offenders = queries.filter((q) => pattern.test(q.text)).map((q) => q.name);
      const sources = readdirSync(CYPHER_DIR)
        .filter((f) => pattern.test(readFileSync(join(CYPHER_DIR, f), 'utf8')))
        .map((f) => `src/store/cypher/${f}`);
      expect([...offenders, ...sources]).toEqual([]);
    },
  );

  test('the lint catches what it claims to (a broken query is flagged)', () => {
    const broken =
      'MATCH p = shortestPath((a)-[*..4]-(b)) WHERE all(n IN nodes(p) WHERE n.ok) RETURN p';
    expect(NON_PORTABLE_CONSTRUCTS.some((c) => c.pattern.test(broken))).toBe(true);
    expect(NON_PORTABLE_CONSTRUCTS.some((c) => c.pattern.test('MATCH (n:A|B) RETURN n'))).toBe(
      true,
    );
  });

  test('values reach Cypher only as parameters: no quotes built from input, every query is constant text', () => {
    for (const query of queries) {
      expect(query.text).not.toMatch(/\$\{/);
    }
  });

  test('query texts are stable (snapshot: review any change)', () => {
    const texts = Object.fromEntries(
      queries.map((q) => [q.name, q.text]).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    expect(texts).toMatchSnapshot();
  });
});
