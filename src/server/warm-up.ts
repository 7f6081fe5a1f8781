import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { Context } from '../graphql/context';
import {
  CountryPageDocument,
  CountryStrategyDocument,
  DocumentCatalogueDocument,
  DocumentLinesDocument,
  EntityDetailsDocument,
  NeighborhoodDocument,
  PathGraphDocument,
  SearchDocument,
  SharedDocument,
  StrategyRowsDocument,
} from '../graphql/generated/operations';

/**
 * The shapes a new user sends first, each run once before the service reports ready: Apollo
 * parses and validates each document once and caches it, the engine plans each statement once,
 * and V8 compiles the resolvers, so that nobody's first request pays for it. Ids of the seed
 * graph; on another graph they are not found, which still warms everything but the rows. Each
 * shape asks about an entity with a small answer: the code and the plans are the same as for a
 * hub, and the warm-up is part of every cold start (country-jp's depth-1 neighbourhood, 143 KB,
 * and the Japan–US shared view, 109 KB, cost 30–50 ms each; framework-ipef and Japan–India a
 * third of that; docs/benchmarks.md, fifth session).
 * test/integration/warm-up.test.ts fails when an operation of src/operations is missing here.
 */
export const WARM_UP_SHAPES: ReadonlyArray<{ query: string; variables: Record<string, unknown> }> =
  [
    { query: EntityDetailsDocument.toString(), variables: { id: 'country-jp', first: 20 } },
    { query: NeighborhoodDocument.toString(), variables: { id: 'framework-ipef', depth: 1 } },
    {
      query: NeighborhoodDocument.toString(),
      variables: { id: 'country-jp', depth: 2, limit: 20 },
    },
    {
      query: PathGraphDocument.toString(),
      variables: { from: 'framework-ipef', to: 'country-in' },
    },
    { query: CountryStrategyDocument.toString(), variables: { code: 'JP' } },
    { query: SearchDocument.toString(), variables: { text: '日米' } },
    { query: SearchDocument.toString(), variables: { text: 'semiconductor' } },
    { query: CountryPageDocument.toString(), variables: { code: 'JP' } },
    { query: SharedDocument.toString(), variables: { ids: ['country-jp', 'country-in'] } },
    { query: StrategyRowsDocument.toString(), variables: { ids: ['country-jp'] } },
    // The explorer's first request on every page.
    { query: DocumentCatalogueDocument.toString(), variables: {} },
    {
      query: DocumentLinesDocument.toString(),
      variables: { id: 'doc-grassroots-action-plan-3', from: 1, to: 20 },
    },
  ];

export async function warmUp(
  apollo: ApolloServer<Context>,
  context: () => Context,
  logger: Logger,
): Promise<void> {
  const started = performance.now();
  for (const shape of WARM_UP_SHAPES) {
    const shapeStarted = performance.now();
    try {
      await apollo.executeOperation(shape, { contextValue: context() });
      logger.debug(
        {
          operation: /(?:query|mutation)\s+(\w+)/.exec(shape.query)?.[1],
          variables: shape.variables,
          ms: Math.round(performance.now() - shapeStarted),
        },
        'query shape warmed',
      );
    } catch (error) {
      // Warming is an optimisation: a failure here must not stop the service.
      logger.warn({ err: error }, 'warm-up request failed');
    }
  }
  logger.info({ ms: Math.round(performance.now() - started) }, 'query shapes warmed');
}
