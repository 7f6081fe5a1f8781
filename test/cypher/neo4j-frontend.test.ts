import { lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { ENTITY_KIND_INFO, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary';
import { adapterStatements, parametersOf } from './statement-catalogue';

/**
 * Neo4j's own Cypher front-end (the semantic analysis of Neo4j 5, compiled to JavaScript in
 * @neo4j-cypher/language-support) over every statement the Neo4j adapter can send. No Neo4j
 * server runs here; this is what the server's parser and semantic checker would say.
 * Any diagnostic fails: errors, deprecations, and warnings on labels or types the vocabulary does
 * not name. Parameters are declared from each text; that the adapter passes every one of them at
 * run time is checked by the contract suite (test/contract/statement-coverage.ts).
 */
jest.setTimeout(600000);

const LABELS = ['Entity', 'KizunaMeta', ...Object.values(ENTITY_KIND_INFO).map((i) => i.label)];

function lint(text: string, parameters: string[]): string[] {
  const schema: DbSchema = {
    defaultLanguage: 'CYPHER 5',
    labels: LABELS,
    relationshipTypes: [...RELATION_TYPE_NAMES],
    parameters: Object.fromEntries(parameters.map((name) => [name, null])),
  };
  return lintCypherQuery(text, schema).diagnostics.map(
    (d) => `${d.severity === 1 ? 'error' : 'warning'}: ${String(d.message)}`,
  );
}

const catalogue = adapterStatements('neo4j');

test('the catalogue finds every statement, with no builder it cannot enumerate', () => {
  expect(catalogue.problems).toEqual([]);
  const names = [...catalogue.statements.keys()];
  // Spot checks that discovery reaches records, builders and the dialect's Neo4j forms.
  expect(names).toEqual(
    expect.arrayContaining([
      'relations.page.OUT',
      'relations.count.BOTH',
      'load.upsertEntities.country',
      'load.upsertRelations.PARTICIPATES_IN',
      'schema.entitySearch',
      'search.fulltext',
      'ping',
    ]),
  );
});

test('Neo4j 5 front-end: 0 errors and 0 deprecations over every statement the adapter sends', () => {
  const findings: string[] = [];
  for (const [name, query] of catalogue.statements) {
    for (const diagnostic of lint(query.text, parametersOf(query.text)))
      findings.push(`${name}: ${diagnostic}`);
  }
  expect(catalogue.statements.size).toBeGreaterThan(50);
  expect(findings).toEqual([]);
});

test('the front-end flags what this test relies on it to flag', () => {
  // The form the relation queries used before: deprecated in Neo4j 5.
  expect(
    lint('UNWIND $ids AS id CALL { WITH id MATCH (n {id: id}) RETURN n } RETURN n', ['ids']),
  ).toEqual([expect.stringMatching(/^warning: CALL subquery without a variable scope clause/)]);
  expect(lint('RETURN $undeclared AS x', [])).toEqual([
    'error: Parameter $undeclared is not defined.',
  ]);
  expect(lint('MATCH (n RETURN n', [])).toEqual([expect.stringMatching(/^error: Invalid input/)]);
  expect(lint('MATCH (n:Entiy) RETURN n', [])).toEqual([
    expect.stringMatching(/^warning: .*Entiy/),
  ]);
});
