import { ENTITY_FIELDS } from './cypher/entities';
import type { CypherQuery, EngineName } from './graph-store';

/**
 * The few places where Neo4j 5 and the embedded engine (Grafeo 0.6) need different Cypher.
 * Everything else in ./cypher is written in the subset both run identically
 * (../shared/research/embedded-engine.md §5.2). Each difference says why.
 */

const NEO4J_SCHEMA: CypherQuery[] = [
  {
    name: 'schema.entityIdUnique',
    text: 'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  },
  {
    name: 'schema.metaIdUnique',
    text: 'CREATE CONSTRAINT kizuna_meta_id_unique IF NOT EXISTS FOR (n:KizunaMeta) REQUIRE n.id IS UNIQUE',
  },
  {
    name: 'schema.entityKind',
    text: 'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  },
  {
    // The timeline filters and orders by the first day a date can mean.
    name: 'schema.entityDateDay',
    text: 'CREATE INDEX entity_date_day IF NOT EXISTS FOR (n:Entity) ON (n.dateDay)',
  },
  {
    // The timeline asks for kinds by equality and days by range: one composite range index
    // answers both on Neo4j. Grafeo has no composite index; its kind index does the narrowing.
    name: 'schema.entityKindDateDay',
    text: 'CREATE INDEX entity_kind_date_day IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.dateDay)',
  },
  {
    // Neo4j's full-text index takes a Lucene analyzer; `cjk` indexes Japanese as bigrams.
    name: 'schema.entitySearch',
    text:
      'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] ' +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  },
];

const EMBEDDED_SCHEMA: CypherQuery[] = [
  // Grafeo enforces the constraint but builds no index for it, so the id lookup that every
  // query starts from needs an explicit index as well (§1.1 "A constraint creates no index").
  NEO4J_SCHEMA[0],
  NEO4J_SCHEMA[1],
  {
    name: 'schema.entityIdIndex',
    text: 'CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)',
  },
  {
    name: 'schema.metaIdIndex',
    text: 'CREATE INDEX kizuna_meta_id IF NOT EXISTS FOR (n:KizunaMeta) ON (n.id)',
  },
  NEO4J_SCHEMA[2],
  NEO4J_SCHEMA[3],
  // No CREATE FULLTEXT INDEX in Grafeo: the embedded adapter creates its BM25 index with the
  // cjk_bigram tokenizer through the engine's API (EMBEDDED_TEXT_INDEX).
];

/**
 * Neo4j builds indexes in the background: CREATE INDEX returns before the index is online, and
 * until then the full-text procedure fails. The bootstrap waits with this (at most the load's time
 * limit). Grafeo builds its indexes synchronously, so the embedded adapter needs no such step.
 */
export const NEO4J_AWAIT_INDEXES: CypherQuery = {
  name: 'schema.awaitIndexes',
  text: 'CALL db.awaitIndexes($timeoutSeconds)',
};

export function schemaStatements(engine: EngineName): CypherQuery[] {
  return engine === 'neo4j' ? NEO4J_SCHEMA : EMBEDDED_SCHEMA;
}

/**
 * The embedded engine's text index: one label and property per index. No stop words, said
 * rather than left to a tokenizer default: "US" and "IT" are words here (Japan–US, IT sector).
 */
export const EMBEDDED_TEXT_INDEX = {
  label: 'Entity',
  property: 'searchText',
  tokenizer: 'cjk_bigram',
  stopWords: [] as string[],
};

/**
 * Text search with the entities it finds, in one statement. The procedures differ: Neo4j has
 * db.index.fulltext.queryNodes (yields nodes, takes no limit), Grafeo has grafeo.search.text
 * (yields internal node ids, takes the limit) (§5.2 #4).
 */
export const NEO4J_TEXT_SEARCH: CypherQuery = {
  name: 'search.fulltext',
  text:
    "CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score " +
    `WITH node, score ORDER BY score DESC, node.id LIMIT $limit ` +
    `RETURN node.id AS id, score, node {${ENTITY_FIELDS}} AS entity`,
};

export const EMBEDDED_TEXT_SEARCH: CypherQuery = {
  name: 'search.text',
  text:
    "CALL grafeo.search.text('Entity', 'searchText', $query, $limit) YIELD node_id, score " +
    `MATCH (n) WHERE id(n) = node_id RETURN n.id AS id, score, n {${ENTITY_FIELDS}} AS entity ` +
    'ORDER BY score DESC, id',
};

/** Lucene treats these as operators; user text must not. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT)\b/g, '\\$1');
}

/**
 * Constructs the evaluation found failing or silently different on one of the engines. A test
 * scans ./cypher and this file and fails when a query uses one.
 */
export const NON_PORTABLE_CONSTRUCTS: ReadonlyArray<{ pattern: RegExp; why: string }> = [
  {
    pattern: /shortestPath\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\s*WHERE/is,
    why: 'shortestPath … WHERE returns no row on Grafeo',
  },
  { pattern: /CREATE\s*\(\s*\w+:\w+\s*\$/i, why: 'CREATE (n:L $props) fails on Grafeo' },
  { pattern: /\(\s*\w*\s*:\s*\w+\s*\|\s*\w+/, why: 'label expression (n:A|B) fails on Grafeo' },
  { pattern: /IN\s+TRANSACTIONS/i, why: 'CALL … IN TRANSACTIONS fails on Grafeo' },
  {
    pattern: /duration\.(between|inDays)|date\.truncate/i,
    why: 'duration/truncate functions fail on Grafeo',
  },
  { pattern: /LIMIT\s+(?!\$)\w+\(/i, why: 'LIMIT with an expression fails on Grafeo' },
  {
    pattern: /valueType\(|randomUUID\(|round\([^)]*,/i,
    why: 'valueType/randomUUID/round(x,p) fail on Grafeo',
  },
  {
    pattern: /\)\s*-\s*\[[^\]]*\]\s*-\s*\(\s*\)\s*\)\s*\{/,
    why: 'quantified path patterns fail on Grafeo',
  },
  { pattern: /\bSHORTEST\s+\d/i, why: 'GPM SHORTEST k fails on Grafeo' },
  { pattern: /\bdate\([^)]*\)\s*-\s*date\(/i, why: 'date - date differs between engines' },
  { pattern: /\bEXPLAIN\b|\bPROFILE\b/, why: 'EXPLAIN/PROFILE differ; never in the query layer' },
];
