/**
 * Baselines for the benchmark, run as their own process like the service (PORT from the env):
 *
 *   plain               node:http answering a fixed JSON body: the ceiling of this machine.
 *   graphql FIXTURES    graphql-js over the emitted schema, executing each benchmark query over
 *                       an in-memory copy of the service's answer (default resolvers, no store,
 *                       no Apollo or express). Parsed and validated documents are cached, as
 *                       Apollo caches them, so the figure is execution plus HTTP.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  executeSync,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** One captured answer: the query, its variables, and its data with `__typename` everywhere. */
export interface Fixture {
  query: string;
  variables: Record<string, unknown>;
  data: Record<string, unknown>;
}

export function fixtureKey(query: string, variables: Record<string, unknown>): string {
  return `${query}\n${JSON.stringify(variables)}`;
}

const FIXED = Buffer.from(JSON.stringify({ data: { __typename: 'Query' } }));

function plain(): http.Server {
  return http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': FIXED.length });
      res.end(FIXED);
    });
  });
}

function graphqlServer(fixtures: Fixture[]): http.Server {
  const schema: GraphQLSchema = buildSchema(
    readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'),
  );
  const byKey = new Map(fixtures.map((f) => [fixtureKey(f.query, f.variables), f]));
  const documents = new Map<string, DocumentNode>();
  const documentFor = (query: string): DocumentNode => {
    let document = documents.get(query);
    if (!document) {
      document = parse(query);
      const errors = validate(schema, document);
      if (errors.length > 0) throw errors[0];
      documents.set(query, document);
    }
    return document;
  };
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      const variables = body.variables ?? {};
      const fixture = byKey.get(fixtureKey(body.query, variables));
      const result = executeSync({
        schema,
        document: documentFor(body.query),
        rootValue: fixture?.data ?? { __typename: 'Query' },
        variableValues: variables,
      });
      const out = Buffer.from(JSON.stringify(result));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': out.length });
      res.end(out);
    });
  });
}

if (require.main === module) {
  const [mode, fixturesFile] = process.argv.slice(2);
  const server =
    mode === 'plain'
      ? plain()
      : graphqlServer(JSON.parse(readFileSync(fixturesFile, 'utf8')) as Fixture[]);
  server.keepAliveTimeout = 60000;
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const stop = (): void => void server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
}
