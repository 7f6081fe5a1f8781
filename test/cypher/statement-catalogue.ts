import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary';
import {
  EMBEDDED_TEXT_SEARCH,
  NEO4J_AWAIT_INDEXES,
  NEO4J_TEXT_SEARCH,
  schemaStatements,
} from '../../src/store/dialect';
import type { CypherQuery, EngineName } from '../../src/store/graph-store';

/**
 * Every statement the adapters can send, found rather than listed, so that a statement someone
 * adds under src/store/cypher is linted and must be covered by the contract without anyone
 * remembering to register it:
 * - every exported CypherQuery of every module in src/store/cypher, also inside exported records
 *   and arrays (RELATIONS_PAGE.OUT …);
 * - every exported builder function, called with each entity kind and each relation type (labels
 *   and types come only from the vocabulary); a builder that yields no statement for any of them
 *   is reported, so it cannot be skipped silently;
 * - the engine-specific forms in dialect.ts.
 */
export const CYPHER_DIR = join(__dirname, '../../src/store/cypher');

const BUILDER_ARGUMENTS: readonly string[] = [...ENTITY_KINDS, ...RELATION_TYPE_NAMES];

function isCypherQuery(value: unknown): value is CypherQuery {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CypherQuery).name === 'string' &&
    typeof (value as CypherQuery).text === 'string'
  );
}

export interface Catalogue {
  /** By name; one name is one statement (a name sent with two texts is a catalogue problem). */
  statements: Map<string, CypherQuery>;
  /** Exports that look like statement sources but yielded nothing, and names with two texts. */
  problems: string[];
  /** Builder functions (one statement per kind or type) → the names they make. */
  families: Map<string, string[]>;
}

/** The shared query layer (src/store/cypher), which both engines run. */
export function cypherLayer(): Catalogue {
  const statements = new Map<string, CypherQuery>();
  const problems: string[] = [];
  const families = new Map<string, string[]>();
  const add = (query: CypherQuery, where: string): void => {
    const known = statements.get(query.name);
    if (known && known.text !== query.text)
      problems.push(`${where}: the name ${query.name} is used for two different texts`);
    statements.set(query.name, query);
  };
  const visit = (value: unknown, where: string): void => {
    if (isCypherQuery(value)) add(value, where);
    else if (Array.isArray(value)) value.forEach((item) => visit(item, where));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) visit(item, `${where}.${key}`);
  };
  for (const file of readdirSync(CYPHER_DIR).filter(
    (f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'),
  )) {
    const moduleExports = require(join(CYPHER_DIR, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(moduleExports)) {
      const where = `src/store/cypher/${file} ${name}`;
      if (typeof value !== 'function') {
        visit(value, where);
        continue;
      }
      let yielded = 0;
      for (const argument of BUILDER_ARGUMENTS) {
        let result: unknown;
        try {
          result = (value as (arg: string) => unknown)(argument);
        } catch {
          continue; // not an argument this builder takes (a kind given to a relation builder)
        }
        if (isCypherQuery(result)) {
          add(result, where);
          families.set(where, [...(families.get(where) ?? []), result.name]);
          yielded++;
        }
      }
      if (yielded === 0)
        problems.push(
          `${where}: an exported function that yields no CypherQuery for any entity kind or relation ` +
            'type; export its statements as constants, or teach test/cypher/statement-catalogue.ts its arguments',
        );
    }
  }
  return { statements, problems, families };
}

/** Statements that only one engine's adapter sends (dialect.ts). */
export function engineSpecific(engine: EngineName): CypherQuery[] {
  return engine === 'neo4j'
    ? [...schemaStatements('neo4j'), NEO4J_AWAIT_INDEXES, NEO4J_TEXT_SEARCH]
    : [...schemaStatements('embedded'), EMBEDDED_TEXT_SEARCH];
}

/** Everything the given engine's adapter can send: the shared layer plus its own forms. */
export function adapterStatements(engine: EngineName): Catalogue {
  const layer = cypherLayer();
  for (const query of engineSpecific(engine)) layer.statements.set(query.name, query);
  return layer;
}

/** The `$parameters` a statement text uses (backquoted names included). */
export function parametersOf(text: string): string[] {
  const names = [...text.matchAll(/\$(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))/g)].map(
    (m) => m[1] ?? m[2],
  );
  return [...new Set(names)];
}
