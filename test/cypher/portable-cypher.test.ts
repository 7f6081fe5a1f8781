import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CypherQuery } from '../../src/store/graph-store';
import { NON_PORTABLE_CONSTRUCTS } from '../../src/store/dialect';
import { adapterStatements, CYPHER_DIR } from './statement-catalogue';

/** Every CypherQuery either adapter can send (found by ./statement-catalogue). */
function allQueries(): CypherQuery[] {
  const all = [
    ...adapterStatements('neo4j').statements.values(),
    ...adapterStatements('embedded').statements.values(),
  ];
  return [...new Map(all.map((q) => [q.name, q])).values()];
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
